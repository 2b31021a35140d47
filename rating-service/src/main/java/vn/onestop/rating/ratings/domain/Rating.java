package vn.onestop.rating.ratings.domain;

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
import java.util.UUID;

/** The applicant's rating of a dossier's service; one per dossier. */
@Entity
@Table(name = "rating")
public class Rating extends PanacheEntityBase {

    @Id
    @Column(name = "dossier_id")
    public UUID dossierId;
    @Column(name = "dossier_code")
    public String dossierCode;
    @Enumerated(EnumType.STRING)
    public SatisfactionLevel overall;
    @Enumerated(EnumType.STRING)
    @Column(name = "factor_access")
    public SatisfactionLevel factorAccess;
    @Enumerated(EnumType.STRING)
    @Column(name = "factor_procedure")
    public SatisfactionLevel factorProcedure;
    @Enumerated(EnumType.STRING)
    @Column(name = "factor_officials")
    public SatisfactionLevel factorOfficials;
    @Enumerated(EnumType.STRING)
    @Column(name = "factor_result")
    public SatisfactionLevel factorResult;
    @Enumerated(EnumType.STRING)
    @Column(name = "factor_feedback_handling")
    public SatisfactionLevel factorFeedbackHandling;
    @Enumerated(EnumType.STRING)
    @Column(name = "answer_one_stop")
    public Answer answerOneStop;
    @Enumerated(EnumType.STRING)
    @Column(name = "answer_procedure_published")
    public Answer answerProcedurePublished;
    @Enumerated(EnumType.STRING)
    @Column(name = "answer_officials_attitude")
    public Answer answerOfficialsAttitude;
    @Enumerated(EnumType.STRING)
    @Column(name = "answer_feedback_handling")
    public Answer answerFeedbackHandling;
    @Enumerated(EnumType.STRING)
    @Column(name = "answer_online_service")
    public Answer answerOnlineService;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<CriterionScore> criteria;
    @Column(name = "total_points")
    public int totalPoints;
    @Enumerated(EnumType.STRING)
    public EvaluationGrade grade;
    public String comment;
    @Column(name = "submitted_at")
    public OffsetDateTime submittedAt;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
    public int revision;

    public SipasFactors factors() {
        return new SipasFactors(factorAccess, factorProcedure, factorOfficials, factorResult, factorFeedbackHandling);
    }

    public SelfDeclaredAnswers answers() {
        return new SelfDeclaredAnswers(answerOneStop, answerProcedurePublished, answerOfficialsAttitude,
                answerFeedbackHandling, answerOnlineService);
    }
}
