package vn.onestop.rating.indices.service;

import vn.onestop.rating.indices.domain.FeedbackRow;
import vn.onestop.rating.indices.domain.Period;
import vn.onestop.rating.indices.domain.RatingRow;
import vn.onestop.rating.portal.domain.SyncState;
import vn.onestop.rating.projection.domain.DossierFact;
import vn.onestop.rating.reference.domain.Scope;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Everything the indices of a time span need, read once (a ranking computes many scopes and two
 * periods from one read): the dossiers relevant to the span, the ratings and feedback of the span
 * with the agencies they belong to, the portal sync state of the dossiers received in it.
 */
record IndexData(List<DossierFact> dossiers, List<ScopedRating> ratings, List<FeedbackRow> feedback,
                 Map<UUID, SyncState> syncStates) {

    /** A rating with the agencies of its dossier. */
    record ScopedRating(RatingRow row, String competentAgency, String receivingAgency) {
    }

    List<DossierFact> dossiers(Scope scope) {
        return dossiers.stream().filter(d -> scope.containsDossier(d.competentAgency, d.receivingAgency)).toList();
    }

    List<RatingRow> ratings(Scope scope, Period period) {
        return ratings.stream()
                .filter(r -> period.contains(r.row().submittedAt()))
                .filter(r -> scope.containsDossier(r.competentAgency(), r.receivingAgency()))
                .map(ScopedRating::row).toList();
    }

    List<FeedbackRow> feedback(Scope scope, Period period) {
        return feedback.stream()
                .filter(f -> period.contains(f.receivedAt()))
                .filter(f -> scope.containsAgency(f.agency()))
                .toList();
    }
}
