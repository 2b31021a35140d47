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
    public String signer;
    @Column(name = "valid_until")
    public OffsetDateTime validUntil;
    /** SHA-256 of the canonical form, lowercase hex; null on results issued before signing. */
    public String sha256;
    /** Ed25519 signature of the canonical form, base64. */
    public String signature;
    @Column(name = "key_id")
    public String keyId;
    @Column(name = "revoked_at")
    public OffsetDateTime revokedAt;
    @Column(name = "revoked_by")
    public String revokedBy;
    @Column(name = "revocation_reason")
    public String revocationReason;
    /** A revocation one administrator asked for, waiting for a second one's approval. */
    @Column(name = "revocation_requested_at")
    public OffsetDateTime revocationRequestedAt;
    @Column(name = "revocation_requested_by")
    public String revocationRequestedBy;
    @Column(name = "revocation_request_reason")
    public String revocationRequestReason;

    /** What the signature covers, from the fields as they are now (docs/results.md). */
    public CanonicalForm canonicalForm() {
        return new CanonicalForm(id, number, kind, procedureId, dossierCode, issuer, signer,
                issuedAt == null ? null : issuedAt.toInstant(), validUntil == null ? null : validUntil.toInstant(),
                ownerIdNumber, ownerName, data);
    }

    public boolean signed() {
        return sha256 != null;
    }

    public boolean revoked() {
        return revokedAt != null;
    }

    public boolean revocationRequested() {
        return revocationRequestedAt != null;
    }

    public static List<Result> forDossierCode(String dossierCode) {
        return list("dossierCode = ?1 order by issuedAt", dossierCode);
    }

    public static List<Result> forDossierCode(String dossierCode, String ownerIdNumber) {
        return list("dossierCode = ?1 and ownerIdNumber = ?2 order by issuedAt", dossierCode, ownerIdNumber);
    }
}
