package vn.onestop.processing.calendar.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

@Entity
@Table(name = "agency_calendar")
public class AgencyCalendar extends PanacheEntityBase {

    public static final String DEFAULT = "default";

    @Id
    public String agency;
    public int version;
    /** The calendar in the working-time data format (see working-time/README.md). */
    public String data;
    @Column(name = "changed_at")
    public OffsetDateTime changedAt;
}
