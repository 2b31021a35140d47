package vn.onestop.processing.chain.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A result issued for a dossier, as far as the chains need to know. */
@Entity
@Table(name = "issued_result")
public class IssuedResult extends PanacheEntityBase {

    @Id
    @Column(name = "dossier_id")
    public UUID dossierId;
    @Column(name = "result_id")
    public UUID resultId;
    @Column(name = "procedure_id")
    public String procedureId;
    public String kind;
    @Column(name = "issued_at")
    public OffsetDateTime issuedAt;
}
