package vn.onestop.intake.dossier.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

@Entity
@Table(name = "dossier")
public class Dossier extends PanacheEntityBase {

    @Id
    public UUID id;
    public String code;
    @Column(name = "procedure_id")
    public String procedureId;
    @Enumerated(EnumType.STRING)
    public Channel channel;
    @Column(name = "receiving_agency")
    public String receivingAgency;
    @Column(name = "competent_agency")
    public String competentAgency;
    @Enumerated(EnumType.STRING)
    @Column(name = "applicant_type")
    public ApplicantType applicantType;
    @Column(name = "applicant_name")
    public String applicantName;
    @Column(name = "applicant_id_number")
    public String applicantIdNumber;
    @Column(name = "applicant_email")
    public String applicantEmail;
    @Column(name = "applicant_phone")
    public String applicantPhone;
    @Enumerated(EnumType.STRING)
    public DossierStatus status;
    @Column(name = "national_status_code")
    public int nationalStatusCode;
    @Column(name = "received_at")
    public OffsetDateTime receivedAt;
    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;
    public String decision;
    @Column(name = "result_id")
    public UUID resultId;
    @Column(name = "result_number")
    public String resultNumber;
    @Column(name = "result_issued_at")
    public OffsetDateTime resultIssuedAt;
    @Version
    public long version;

    public static Optional<Dossier> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    /** Moves to {@code next} if that is progress; returns whether the status changed. */
    public boolean advanceTo(DossierStatus next) {
        if (!status.mayAdvanceTo(next)) {
            return false;
        }
        status = next;
        nationalStatusCode = next.nationalCode();
        return true;
    }
}
