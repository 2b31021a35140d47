package vn.onestop.results.result.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The result of an approved dossier that could not be issued with the data given: open until a
 * correction issues it ({@link #resolvedAt} and {@link #resultId} set together).
 */
@Entity
@Table(name = "blocked_result")
public class BlockedResult extends PanacheEntityBase {

    /** A result data field at fault and what is wrong with it. */
    public record Violation(String field, String message) {
    }

    @Id
    @Column(name = "dossier_id")
    public UUID dossierId;
    @Column(name = "dossier_code")
    public String dossierCode;
    @Column(name = "procedure_id")
    public String procedureId;
    /** The deciding agency, which must correct the data. */
    public String issuer;
    /** The decision as received (DossierDecided data), from which the result is issued once corrected. */
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> decision;
    /** The data last tried. */
    @Column(name = "result_data")
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> resultData;
    public String reason;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<Violation> violations;
    /** 1 for the decision, one more for each correction that still could not be issued. */
    public int attempts;
    @Column(name = "blocked_at")
    public OffsetDateTime blockedAt;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
    @Column(name = "resolved_at")
    public OffsetDateTime resolvedAt;
    @Column(name = "result_id")
    public UUID resultId;

    public boolean open() {
        return resolvedAt == null;
    }

    public static long countOpen() {
        return count("resolvedAt is null");
    }

    public static List<BlockedResult> openOldestFirst(int limit) {
        return find("resolvedAt is null order by blockedAt, dossierId").page(0, limit).list();
    }
}
