package vn.onestop.intake.catalog.loading;

import vn.onestop.contracts.resultdata.DecisionBound;
import vn.onestop.contracts.resultdata.ResultFieldRule;
import vn.onestop.contracts.resultdata.ResultFieldType;
import vn.onestop.intake.catalog.domain.Administration;
import vn.onestop.intake.catalog.domain.AgencyType;
import vn.onestop.intake.catalog.domain.CompetentAgency;
import vn.onestop.intake.catalog.domain.ComponentSpec;
import vn.onestop.intake.catalog.domain.Fee;
import vn.onestop.intake.catalog.domain.OnlineAcceptance;
import vn.onestop.intake.catalog.domain.OnlineService;
import vn.onestop.intake.catalog.domain.PlaceBasis;
import vn.onestop.intake.catalog.domain.Procedure;
import vn.onestop.intake.catalog.domain.ResultKind;
import vn.onestop.intake.catalog.domain.TimeLimit;
import vn.onestop.workingtime.TimeLimitUnit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static vn.onestop.intake.catalog.loading.Problems.quote;

/**
 * The part of an entry of kind {@code PROCEDURE} that the schema cannot check: its time limit's unit
 * rules, a competent agency that the administration has, component codes and result field names once
 * each, result field rules, the "4 on the spot" lane (same day, at the counter), and an online-service
 * level that agrees with the ONLINE channel.
 */
final class ProcedureValidator {

    private final Problems problems;
    private final Administration administration;

    ProcedureValidator(Problems problems, Administration administration) {
        this.problems = problems;
        this.administration = administration;
    }

    /** The procedure, or null when any part of it is wrong (reported). */
    Procedure procedure(At at, CatalogFile.Entry raw, LocalDate from, LocalDate to, List<String> channels,
                        List<Fee> fees, boolean verify) {
        int before = problems.count();
        TimeLimit timeLimit = EntryValidator.timeLimit(at, "timeLimit", raw.timeLimit());
        CompetentAgency competent = competentAgency(at, raw.competentAgency());
        List<ComponentSpec> components = components(at, raw.components());
        List<ResultFieldRule> resultFields = resultFields(at, raw.resultFields());
        ResultKind resultKind = at.ok("resultKind") && raw.resultKind() != null ? ResultKind.valueOf(raw.resultKind()) : null;
        boolean instant = Boolean.TRUE.equals(raw.instant());
        if (instant && timeLimit != null && timeLimit.unit() != TimeLimitUnit.SAME_DAY) {
            at.problem(ProblemCode.INSTANT_NOT_SAME_DAY, "is instant (\"4 on the spot\") but its time limit is not SAME_DAY");
        }
        if (instant && !channels.contains("COUNTER")) {
            at.problem(ProblemCode.INSTANT_WITHOUT_COUNTER, "is instant (\"4 on the spot\") but does not allow the COUNTER channel");
        }
        OnlineService online = at.ok("onlineService") && raw.onlineService() != null
                ? OnlineService.valueOf(raw.onlineService()) : null;
        if (online != null && !online.matchesOnlineChannel(channels.contains("ONLINE"))) {
            at.problem(ProblemCode.ONLINE_SERVICE_CHANNEL_MISMATCH, online == OnlineService.NONE
                    ? "has onlineService NONE but allows the ONLINE channel"
                    : "has onlineService " + online + " but does not allow the ONLINE channel");
        }
        OnlineAcceptance acceptance = at.ok("onlineAcceptance") && raw.onlineAcceptance() != null
                ? OnlineAcceptance.valueOf(raw.onlineAcceptance()) : null;
        if (acceptance == OnlineAcceptance.AUTOMATIC && !channels.contains("ONLINE")) {
            at.problem(ProblemCode.ONLINE_ACCEPTANCE_WITHOUT_ONLINE, "accepts online submissions AUTOMATICALLY but does "
                    + "not allow the ONLINE channel");
        }
        if (problems.count() > before || !at.ok()) {
            return null;
        }
        return new Procedure(raw.id(), raw.nationalCode(), verify, raw.note(), raw.name(), raw.nameEn(), raw.version(),
                from, to, timeLimit, competent, components, resultFields, resultKind, fees, channels, instant, online,
                acceptance, raw.filedAlone() == null || raw.filedAlone());
    }

    private CompetentAgency competentAgency(At at, CatalogFile.CompetentAgency raw) {
        if (raw == null || !at.ok("competentAgency")) {
            return null;
        }
        boolean ok = true;
        if (administration.agencyType(raw.type()).isEmpty()) {
            at.problem(ProblemCode.UNKNOWN_AGENCY_TYPE, "competentAgency.type " + quote(raw.type())
                    + " is not one of the agency types "
                    + administration.agencyTypes().stream().map(AgencyType::code).sorted().toList());
            ok = false;
        }
        if (administration.level(raw.level()).isEmpty()) {
            at.problem(ProblemCode.UNKNOWN_LEVEL, "competentAgency.level " + quote(raw.level()) + " is not one of the levels "
                    + AdministrationValidator.codes(administration.levels()));
            ok = false;
        }
        if (ok && !administration.anyAgency(raw.type(), raw.level())) {
            at.problem(ProblemCode.NO_COMPETENT_AGENCY, "no " + raw.type() + " agency at " + raw.level()
                    + " level is declared, so no dossier of this procedure could be routed");
            ok = false;
        }
        return ok ? new CompetentAgency(raw.type(), raw.level(), raw.by() == null ? null : PlaceBasis.valueOf(raw.by())) : null;
    }

    private List<ComponentSpec> components(At at, List<CatalogFile.Component> raws) {
        List<ComponentSpec> components = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        List<CatalogFile.Component> all = raws == null ? List.of() : raws;
        for (int i = 0; i < all.size(); i++) {
            CatalogFile.Component raw = all.get(i);
            String path = "components/" + i;
            if (raw == null) {
                continue;
            }
            if (at.ok(path + "/code") && !codes.add(raw.code())) {
                at.problem(ProblemCode.DUPLICATE_CODE, "component " + raw.code() + " is listed twice");
                continue;
            }
            if (at.ok(path)) {
                components.add(new ComponentSpec(raw.code(), raw.name(), raw.nameEn(), raw.required(), raw.formats(),
                        raw.maxSizeBytes()));
            }
        }
        return components;
    }

    private List<ResultFieldRule> resultFields(At at, List<CatalogFile.ResultField> raws) {
        List<ResultFieldRule> fields = new ArrayList<>();
        Set<String> names = new HashSet<>();
        List<CatalogFile.ResultField> all = raws == null ? List.of() : raws;
        for (int i = 0; i < all.size(); i++) {
            CatalogFile.ResultField raw = all.get(i);
            String path = "resultFields/" + i;
            if (raw == null || !at.ok(path + "/name")) {
                continue;
            }
            if (!names.add(raw.name())) {
                at.problem(ProblemCode.DUPLICATE_CODE, "result field " + raw.name() + " is listed twice");
                continue;
            }
            if (!at.ok(path)) {
                continue;
            }
            ResultFieldType type = raw.type() == null ? null : ResultFieldType.valueOf(raw.type());
            DecisionBound bound = raw.bound() == null ? null : DecisionBound.valueOf(raw.bound());
            try {
                fields.add(new ResultFieldRule(raw.name(), raw.required(), type, bound));
            } catch (IllegalArgumentException e) {
                at.problem(ProblemCode.INVALID_RESULT_FIELD, e.getMessage());
            }
        }
        return fields;
    }
}
