package vn.onestop.results.handover.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/** The handover of a result to the applicant, with its proof; at most one per result. */
@Entity
@Table(name = "result_handover")
public class ResultHandover extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "result_id")
    public UUID resultId;
    @Enumerated(EnumType.STRING)
    public HandoverChannel channel;
    @Column(name = "received_by")
    public String receivedBy;
    @Column(name = "receiver_id_number")
    public String receiverIdNumber;
    public String proof;
    /** Who recorded it (the counter staff member, from the token); null on handovers recorded before V4. */
    @Column(name = "handed_over_by")
    public String handedOverBy;
    @Column(name = "handed_over_at")
    public OffsetDateTime handedOverAt;
    @Column(name = "recorded_at")
    public OffsetDateTime recordedAt;

    public static Optional<ResultHandover> ofResult(UUID resultId) {
        return find("resultId", resultId).firstResultOptional();
    }
}
