package vn.onestop.intake.calendar;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

@Entity
@Table(name = "calendar_copy")
public class CalendarCopy extends PanacheEntityBase {

    public static final String DEFAULT = "default";

    @Id
    public String agency;
    public int version;
    public String data;
    @Column(name = "received_at")
    public OffsetDateTime receivedAt;
}
