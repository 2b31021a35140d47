package vn.onestop.rating.indices;

import vn.onestop.rating.indices.domain.IndexFigures;

import java.util.Map;

/** Builds IndexFigures with only the values a formula reads. */
final class Figures {

    private Figures() {
    }

    static IndexFigures of(long finished, long early, long onTime, long inProcess, long inProcessOnTime, Double onlineRate,
                           Double digitizedRate, Double reuseRate, Double resultsRate, Double syncCompleteness,
                           Double publishedShare, Double satisfiedShare, Double feedbackOnTime, Double feedbackSatisfaction) {
        return new IndexFigures(0, Map.of(), onlineRate, finished, early, onTime, finished - early - onTime,
                null, 0, 0, inProcess, inProcessOnTime, inProcess - inProcessOnTime,
                new IndexFigures.Digitization(0, Map.of(), digitizedRate, reuseRate, 0, 0, resultsRate, 0, 0, null, 0,
                        null, 0, null),
                new IndexFigures.Satisfaction(0, 0, satisfiedShare, null, Map.of(), null, Map.of(), publishedShare),
                feedbackOnTime,
                new IndexFigures.FeedbackFigures(0, 0, 0, 0, 0, 0, feedbackOnTime, feedbackSatisfaction),
                new IndexFigures.PortalSync(0, 0, syncCompleteness), new IndexFigures.OnlineService(0, 0, null),
                new IndexFigures.Payment(0, null, null), new IndexFigures.Handling(0, 0, 0, 0, 0, null),
                new IndexFigures.Acceptance(0, 0, 0, 0, 0, 0));
    }
}
