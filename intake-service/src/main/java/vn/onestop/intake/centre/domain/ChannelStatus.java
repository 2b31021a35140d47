package vn.onestop.intake.centre.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.OffsetDateTime;

/** Whether a service centre accepts dossiers through a channel; open unless a row says otherwise. */
@Entity
@Table(name = "channel_status")
public class ChannelStatus extends PanacheEntityBase {

    @EmbeddedId
    public Key key;
    public boolean open;
    public String reason;
    @Column(name = "changed_at")
    public OffsetDateTime changedAt;

    @Embeddable
    public record Key(@Column(name = "service_centre") String serviceCentre, String channel) implements Serializable {
    }
}
