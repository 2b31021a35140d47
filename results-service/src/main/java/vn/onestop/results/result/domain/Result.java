package vn.onestop.results.result.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Entity
@Table(name = "result")
public class Result extends PanacheEntityBase {

    @Id
    public UUID id;
    public String number;
    @Enumerated(EnumType.STRING)
    public ResultKind kind;
    @Column(name = "dossier_id")
    public UUID dossierId;
    @Column(name = "dossier_code")
    public String dossierCode;
    @Column(name = "procedure_id")
    public String procedureId;
    public String issuer;
    @Column(name = "owner_name")
    public String ownerName;
    @Column(name = "owner_id_number")
    public String ownerIdNumber;
    @Column(name = "issued_at")
    public OffsetDateTime issuedAt;
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> data;

    public static List<Result> forDossierCode(String dossierCode) {
        return list("dossierCode = ?1 order by issuedAt", dossierCode);
    }
}
