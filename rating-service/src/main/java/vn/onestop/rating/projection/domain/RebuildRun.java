package vn.onestop.rating.projection.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/** One rebuild of the projection from the topics: RUNNING, then DONE or FAILED. */
@Entity
@Table(name = "projection_rebuild")
public class RebuildRun extends PanacheEntityBase {

    @Id
    public UUID id;
    public String status;
    @Column(name = "requested_at")
    public OffsetDateTime requestedAt;
    @Column(name = "heartbeat_at")
    public OffsetDateTime heartbeatAt;
    @Column(name = "finished_at")
    public OffsetDateTime finishedAt;
    /** topic-partition → the end offset read up to, captured at start (the swap reads on to the end then). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "end_offsets")
    public Map<String, Long> endOffsets;
    @Column(name = "events_read")
    public long eventsRead;
    @Column(name = "events_applied")
    public long eventsApplied;
    @Column(name = "events_skipped")
    public long eventsSkipped;
    public Long dossiers;
    /** Dossiers some of whose events the topics no longer hold (retention): kept as the live projection had them. */
    @Column(name = "dossiers_carried_over")
    public Long dossiersCarriedOver;
    public String error;
}
