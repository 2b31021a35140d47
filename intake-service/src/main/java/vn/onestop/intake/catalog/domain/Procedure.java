package vn.onestop.intake.catalog.domain;

import vn.onestop.contracts.resultdata.ResultFieldRule;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One version of an administrative procedure (thủ tục hành chính): its published components, time
 * limit, competent agency, fees, channels and what its result carries. {@code instant} marks the
 * "4 on the spot" fast lane: received, appraised, approved and returned at the counter;
 * {@code onlineService} how much of it can be done online. {@code filedAlone} false: an applicant does
 * not file it on its own, only as a member of a bundle whose upstream procedure hands it over (the tax
 * notice of a land transfer).
 */
public record Procedure(String id, String nationalCode, boolean verify, String note, String name, String nameEn,
                        int version, LocalDate effectiveFrom, LocalDate effectiveTo, TimeLimit timeLimit,
                        CompetentAgency competentAgency, List<ComponentSpec> components,
                        List<ResultFieldRule> resultFields, ResultKind resultKind, List<Fee> fees,
                        List<String> channels, boolean instant, OnlineService onlineService,
                        OnlineAcceptance onlineAcceptance, boolean filedAlone) implements CatalogEntry {

    public Procedure {
        components = List.copyOf(components);
        resultFields = List.copyOf(resultFields);
        fees = List.copyOf(fees);
        channels = List.copyOf(channels);
        onlineAcceptance = onlineAcceptance == null ? OnlineAcceptance.BY_STAFF : onlineAcceptance;
    }

    @Override
    public EntryKind kind() {
        return EntryKind.PROCEDURE;
    }

    /** Whether a dossier received through {@code channel} owes a fee (BRIEF §8: "fee-bearing" for the online-payment rate). */
    public boolean feeBearing(String channel) {
        return fees.stream().anyMatch(f -> f.amountVnd() > 0 && f.appliesTo(channel));
    }

    public Optional<ComponentSpec> component(String code) {
        return components.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    public List<ComponentSpec> requiredComponents() {
        return components.stream().filter(ComponentSpec::required).toList();
    }

    /** Names of the result fields an approval must provide. */
    public List<String> requiredResultFields() {
        return resultFields.stream().filter(ResultFieldRule::required).map(ResultFieldRule::name).toList();
    }
}
