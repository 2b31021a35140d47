package vn.onestop.intake.catalog.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import vn.onestop.intake.catalog.domain.Bundle;
import vn.onestop.intake.catalog.domain.CatalogEntry;
import vn.onestop.intake.catalog.domain.Procedure;
import vn.onestop.intake.catalog.rest.EntryView.CompetentAgencyView;
import vn.onestop.intake.catalog.rest.EntryView.TimeLimitView;

import java.time.LocalDate;
import java.util.List;

/** An item of the catalog list; {@code GET /api/v1/procedures/{id}} has the rest. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EntrySummary(String id, String kind,
                           @JsonInclude(JsonInclude.Include.ALWAYS) String nationalCode,
                           boolean verify, String name, String nameEn, int version, LocalDate effectiveFrom,
                           @JsonInclude(JsonInclude.Include.ALWAYS) LocalDate effectiveTo,
                           TimeLimitView timeLimit, CompetentAgencyView competentAgency, String resultKind,
                           List<String> channels, boolean instant, List<String> members,
                           TimeLimitView endToEndLimit) {

    static EntrySummary of(CatalogEntry entry) {
        if (entry instanceof Procedure p) {
            return new EntrySummary(p.id(), p.kind().name(), p.nationalCode(), p.verify(), p.name(), p.nameEn(),
                    p.version(), p.effectiveFrom(), p.effectiveTo(), TimeLimitView.of(p.timeLimit()),
                    CompetentAgencyView.of(p.competentAgency()),
                    p.resultKind().name(), p.channels(), p.instant(), null, null);
        }
        Bundle b = (Bundle) entry;
        return new EntrySummary(b.id(), b.kind().name(), b.nationalCode(), b.verify(), b.name(), b.nameEn(),
                b.version(), b.effectiveFrom(), b.effectiveTo(), null, null, null, b.channels(), false, b.members(),
                TimeLimitView.of(b.endToEndLimit()));
    }
}
