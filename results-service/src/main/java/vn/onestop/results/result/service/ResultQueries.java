package vn.onestop.results.result.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.onestop.platform.rest.Actor;
import vn.onestop.platform.rest.ProblemException;
import vn.onestop.results.handover.domain.ResultHandover;
import vn.onestop.results.result.domain.Result;
import vn.onestop.results.result.domain.ResultAccess;

import java.util.List;
import java.util.UUID;

/** Reads issued results, as far as the caller may see them (ResultAccess). */
@ApplicationScoped
public class ResultQueries {

    private final ResultLinks links;

    ResultQueries(ResultLinks links) {
        this.links = links;
    }

    /** The result, or 404 when there is none or the caller may not see it: a stranger cannot tell which. */
    @Transactional
    public ResultView find(UUID id, Actor actor) {
        return view(readable(id, actor), actor);
    }

    /** The result the caller may see, or 404 as for an unknown id. */
    public static Result readable(UUID id, Actor actor) {
        Result result = Result.findById(id);
        if (result == null || !ResultAccess.mayRead(actor, result)) {
            throw ProblemException.notFound("Result", id.toString());
        }
        return result;
    }

    /**
     * The dossier's results the caller may see. Counter staff and administrators get the list, empty
     * while nothing is issued. A citizen gets their own, or 404 when they may see none of the dossier's
     * results: the same answer whether the code is unknown, nothing is issued yet, or the results are
     * someone else's, so dossier codes (which are guessable) cannot be probed. An empty page for a
     * stranger would hide as well, but 404 says "nothing here for you" the way a single result does.
     */
    @Transactional
    public List<ResultView> forDossier(String dossierCode, Actor actor) {
        ResultAccess.Scope scope = ResultAccess.listScope(actor);
        if (scope.none()) {
            throw ProblemException.notFound("Result", "of dossier " + dossierCode);
        }
        List<Result> rows = scope.every() ? Result.forDossierCode(dossierCode)
                : Result.forDossierCode(dossierCode, scope.ownerIdNumber());
        if (rows.isEmpty() && !scope.every()) {
            throw ProblemException.notFound("Result", "of dossier " + dossierCode);
        }
        return rows.stream().map(r -> view(r, actor)).toList();
    }

    /** A revocation that waits for its second administrator is the administrators' business only. */
    ResultView view(Result result, Actor actor) {
        return ResultView.of(result, ResultHandover.ofResult(result.id).orElse(null), links,
                ResultAccess.mayRevoke(actor));
    }
}
