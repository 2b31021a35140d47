package vn.onestop.intake.dossier.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A component received with a dossier (round 0) or a supplement (round 1, 2, ...). Its
 * digitization state follows BRIEF §8: 0 paper not scanned yet, 1 digitized (uploaded, or a paper
 * scanned later), 2 reused from another dossier's component, 3 reused from another dossier's result
 * (provided by the chain or the e-document store).
 */
@Entity
@Table(name = "dossier_component")
public class DossierComponent extends PanacheEntityBase {

    @EmbeddedId
    public Key key;
    public String name;
    /** UPLOAD, PAPER (state 0), SCAN (a paper scanned later), DOSSIER (reused, state 2), DOCUMENT_STORE or CHAIN. */
    public String source;
    @Column(name = "digitization_state")
    public int digitizationState;
    @Column(name = "document_ref")
    public String documentRef;
    @Column(name = "file_name")
    public String fileName;
    @Column(name = "media_type")
    public String mediaType;
    @Column(name = "size_bytes")
    public Long sizeBytes;
    public String sha256;
    @Column(name = "content_id")
    public UUID contentId;
    /** For a component the chain provides: the upstream procedure whose result it is. */
    @Column(name = "provided_by")
    public String providedBy;
    @Column(name = "received_at")
    public OffsetDateTime receivedAt;
    /** source DOSSIER: the earlier dossier's code and component, "CODE#COMPONENT". */
    @Column(name = "reused_from")
    public String reusedFrom;
    /** A paper scanned after reception: when, and by whom (the staff member's name). */
    @Column(name = "digitized_at")
    public OffsetDateTime digitizedAt;
    @Column(name = "digitized_by")
    public String digitizedBy;

    @Embeddable
    public record Key(@Column(name = "dossier_id") UUID dossierId, String code, int round) implements Serializable {
    }

    public static List<DossierComponent> of(UUID dossierId) {
        return list("key.dossierId = ?1 order by key.round, key.code", dossierId);
    }
}
