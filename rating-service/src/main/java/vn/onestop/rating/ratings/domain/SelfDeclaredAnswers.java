package vn.onestop.rating.ratings.domain;

/**
 * The five criteria of the Circular 01/2018 evaluation only the applicant can tell: received,
 * processed and returned at the one-stop section; the procedure was published; the officials'
 * attitude; the handling of feedback; the progress and quality of the online service.
 */
public record SelfDeclaredAnswers(Answer oneStop, Answer procedurePublished, Answer officialsAttitude,
                                  Answer feedbackHandling, Answer onlineService) {
}
