package vn.onestop.rating.indices.domain;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A stored score of a unit for a period, by one formula version. */
@Entity
@Table(name = "score_snapshot")
public class ScoreSnapshot extends PanacheEntityBase {

    @Id
    public UUID id;
    public String unit;
    @Column(name = "scope_kind")
    public String scopeKind;
    /** '' when the scope was not narrowed to a level. */
    public String level;
    @Column(name = "period_from")
    public LocalDate periodFrom;
    @Column(name = "period_to")
    public LocalDate periodTo;
    @Column(name = "formula_version")
    public String formulaVersion;
    @Column(name = "computed_at")
    public OffsetDateTime computedAt;
    public BigDecimal total;
    @Enumerated(EnumType.STRING)
    public ScoreBand band;
    @JdbcTypeCode(SqlTypes.JSON)
    public JsonNode score;
    @JdbcTypeCode(SqlTypes.JSON)
    public JsonNode figures;
}
