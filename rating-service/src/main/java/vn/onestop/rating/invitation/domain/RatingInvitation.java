package vn.onestop.rating.invitation.domain;

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

/** The applicant of this dossier may rate the service. */
@Entity
@Table(name = "rating_invitation")
public class RatingInvitation extends PanacheEntityBase {

    @Id
    @Column(name = "dossier_id")
    public UUID dossierId;
    @Column(name = "dossier_code")
    public String dossierCode;
    @Column(name = "result_id")
    public UUID resultId;
    @Column(name = "invited_at")
    public OffsetDateTime invitedAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "reason")
    public InvitationReason reason;

    public static Optional<RatingInvitation> findByDossierCode(String code) {
        return find("dossierCode", code).firstResultOptional();
    }
}
