package vn.onestop.results.result.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.onestop.results.handover.domain.ResultHandover;
import vn.onestop.results.result.domain.Result;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads issued results. */
@ApplicationScoped
public class ResultQueries {

    private final ResultLinks links;

    ResultQueries(ResultLinks links) {
        this.links = links;
    }

    @Transactional
    public Optional<ResultView> find(UUID id) {
        return Result.<Result>findByIdOptional(id).map(this::view);
    }

    @Transactional
    public List<ResultView> forDossier(String dossierCode) {
        return Result.forDossierCode(dossierCode).stream().map(this::view).toList();
    }

    ResultView view(Result result) {
        return ResultView.of(result, ResultHandover.ofResult(result.id).orElse(null), links);
    }
}
