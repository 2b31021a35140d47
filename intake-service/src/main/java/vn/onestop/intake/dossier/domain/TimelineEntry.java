package vn.onestop.intake.dossier.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Entity
@Table(name = "dossier_timeline")
public class TimelineEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "dossier_id")
    public UUID dossierId;
    public OffsetDateTime at;
    public String kind;
    public String description;
    public String source;
    @Column(name = "event_id")
    public String eventId;

    public static TimelineEntry of(UUID dossierId, OffsetDateTime at, String kind, String description,
                                   String source, String eventId) {
        TimelineEntry entry = new TimelineEntry();
        entry.dossierId = dossierId;
        entry.at = at;
        entry.kind = kind;
        entry.description = description;
        entry.source = source;
        entry.eventId = eventId;
        return entry;
    }

    public static List<TimelineEntry> forDossier(UUID dossierId) {
        return list("dossierId = ?1 order by at, id", dossierId);
    }
}
