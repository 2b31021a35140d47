package vn.onestop.intake.catalog.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import vn.onestop.contracts.resultdata.ResultFieldRule;
import vn.onestop.intake.catalog.domain.Bundle;
import vn.onestop.intake.catalog.domain.BundlePlan;
import vn.onestop.intake.catalog.domain.CatalogEntry;
import vn.onestop.intake.catalog.domain.ChainEdge;
import vn.onestop.intake.catalog.domain.ComponentSpec;
import vn.onestop.intake.catalog.domain.Fee;
import vn.onestop.intake.catalog.domain.Procedure;
import vn.onestop.intake.catalog.domain.TimeLimit;

import java.time.LocalDate;
import java.util.List;

/**
 * A catalog entry (one version) as the API serves it: a procedure, or a bundle with its chain and
 * the components the applicant still provides after chain elimination. Fields of the other kind
 * are left out.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EntryView(String id, String kind,
                        @JsonInclude(JsonInclude.Include.ALWAYS) String nationalCode,
                        boolean verify, String note, String name, String nameEn, int version,
                        LocalDate effectiveFrom,
                        @JsonInclude(JsonInclude.Include.ALWAYS) LocalDate effectiveTo,
                        TimeLimitView timeLimit, CompetentAgencyView competentAgency,
                        List<ComponentView> components, List<ResultFieldView> resultFields, String resultKind,
                        List<FeeView> fees, List<String> channels, boolean instant, String onlineService,
                        Boolean filedAlone, List<String> members, List<OptionView> options, List<EdgeView> chain,
                        TimeLimitView endToEndLimit, List<MemberPlanView> memberPlan,
                        List<ApplicantComponentView> applicantComponents) {

    public record TimeLimitView(int value, String unit, String cutoff) {
        static TimeLimitView of(TimeLimit limit) {
            return limit == null ? null : new TimeLimitView(limit.value(), limit.unit().name(),
                    limit.cutoff() == null ? null : limit.cutoff().toString());
        }
    }

    public record CompetentAgencyView(String type, String level, String by) {
        static CompetentAgencyView of(vn.onestop.intake.catalog.domain.CompetentAgency agency) {
            return new CompetentAgencyView(agency.type(), agency.level(), agency.by().name());
        }
    }

    public record ComponentView(String code, String name, String nameEn, boolean required, List<String> formats,
                                long maxSizeBytes) {
        static ComponentView of(ComponentSpec c) {
            return new ComponentView(c.code(), c.name(), c.nameEn(), c.required(), c.formats(), c.maxSizeBytes());
        }
    }

    /** {@code type} and {@code bound}: the format the approval must give it (ResultDataRules). */
    public record ResultFieldView(String name, boolean required, String type, String bound) {
        static ResultFieldView of(ResultFieldRule f) {
            return new ResultFieldView(f.name(), f.required(), f.type().name(), f.bound().name());
        }
    }

    /** {@code channels} empty: the amount applies to every channel of the entry. */
    public record FeeView(String code, String name, String nameEn, long amountVnd, List<String> channels) {
        static FeeView of(Fee f) {
            return new FeeView(f.code(), f.name(), f.nameEn(), f.amountVnd(), f.channels());
        }
    }

    public record OptionView(String id, List<String> members, String name, String nameEn) {
    }

    /** {@code type}: RESULT (from's result starts to), HANDOFF (from pauses for payment), RESUME (from's result resumes to). */
    public record EdgeView(String from, String to, String component, String type) {
        static EdgeView of(ChainEdge e) {
            return new EdgeView(e.from(), e.to(), e.component(), e.type().name());
        }
    }

    /** A member of the bundle on that day, in an order the members can start in. */
    public record MemberPlanView(String id, int version, String name, String nameEn, String option,
                                 List<String> startsAfter, List<String> resumedBy) {
    }

    /** A component the applicant provides once, for {@code member} and any {@code alsoFor} members. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ApplicantComponentView(String member, String option, List<String> alsoFor, String code, String name,
                                         String nameEn, boolean required, List<String> formats, long maxSizeBytes) {
    }

    static EntryView of(CatalogEntry entry, BundlePlan plan) {
        if (entry instanceof Procedure p) {
            return new EntryView(p.id(), p.kind().name(), p.nationalCode(), p.verify(), p.note(), p.name(), p.nameEn(),
                    p.version(), p.effectiveFrom(), p.effectiveTo(), TimeLimitView.of(p.timeLimit()),
                    CompetentAgencyView.of(p.competentAgency()),
                    p.components().stream().map(ComponentView::of).toList(),
                    p.resultFields().stream().map(ResultFieldView::of).toList(), p.resultKind().name(),
                    p.fees().stream().map(FeeView::of).toList(), p.channels(), p.instant(), p.onlineService().name(),
                    p.filedAlone(), null, null, null, null, null, null);
        }
        Bundle b = (Bundle) entry;
        return new EntryView(b.id(), b.kind().name(), b.nationalCode(), b.verify(), b.note(), b.name(), b.nameEn(),
                b.version(), b.effectiveFrom(), b.effectiveTo(), null, null, null, null, null,
                b.fees().stream().map(FeeView::of).toList(), b.channels(), false, null, null,
                b.members(),
                b.options().stream().map(o -> new OptionView(o.id(), o.members(), o.name(), o.nameEn())).toList(),
                b.chain().stream().map(EdgeView::of).toList(), TimeLimitView.of(b.endToEndLimit()),
                plan.members().stream().map(m -> new MemberPlanView(m.id(), m.procedure().version(),
                        m.procedure().name(), m.procedure().nameEn(), m.option(), m.startsAfter(), m.resumedBy())).toList(),
                plan.applicantComponents().stream().map(a -> new ApplicantComponentView(a.member(), a.option(),
                        a.alsoFor(), a.component().code(), a.component().name(), a.component().nameEn(),
                        a.required(), a.component().formats(), a.component().maxSizeBytes())).toList());
    }
}
