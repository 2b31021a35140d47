package vn.onestop.rating.indices.service;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import vn.onestop.rating.indices.domain.IndexFigures;
import vn.onestop.rating.indices.domain.Score766;
import vn.onestop.rating.reference.domain.Scope;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * The indices of a scope and period: the scope, the period, the instant in-process dossiers were
 * judged at ({@code asOf}), the figures, and the Decision 766 score.
 */
public record IndexReport(ScopeView unit, LocalDate from, LocalDate to, OffsetDateTime asOf,
                          @JsonUnwrapped IndexFigures figures, Score766 score766) {

    /** {@code kind} AGENCY, UNIT or PROVINCE; {@code level} the level the agencies were narrowed to, if any. */
    public record ScopeView(String kind, String code, String name, String level) {
        static ScopeView of(Scope scope) {
            return new ScopeView(scope.kind().name(), scope.code(), scope.name(), scope.level());
        }
    }
}
