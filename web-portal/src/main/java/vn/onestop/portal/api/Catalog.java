package vn.onestop.portal.api;

import java.util.List;

/** The catalog as intake serves it (GET /api/v1/procedures...), the fields the pages show. */
public final class Catalog {

    private Catalog() {
    }

    public record Page(List<Summary> items, String nextCursor) {
    }

    public record Summary(String id, String kind, String nationalCode, String name, String nameEn,
                          TimeLimit timeLimit, List<String> channels, List<String> members, TimeLimit endToEndLimit) {
    }

    public record Entry(String id, String kind, String nationalCode, String note, String name, String nameEn,
                        TimeLimit timeLimit, CompetentAgency competentAgency, List<Component> components,
                        List<Fee> fees, List<String> channels, String onlineService, List<String> members,
                        TimeLimit endToEndLimit, List<MemberPlan> memberPlan,
                        List<ApplicantComponent> applicantComponents) {

        public boolean bundle() {
            return "BUNDLE".equals(kind);
        }
    }

    public record TimeLimit(int value, String unit, String cutoff) {
    }

    public record CompetentAgency(String type, String level, String by) {
    }

    public record Component(String code, String name, String nameEn, boolean required, List<String> formats,
                            long maxSizeBytes) {
    }

    /** {@code channels} empty: the amount applies to every channel. */
    public record Fee(String code, String name, String nameEn, long amountVnd, List<String> channels) {
    }

    public record MemberPlan(String id, String name, String nameEn, String option) {
    }

    public record ApplicantComponent(String member, String code, String name, String nameEn, boolean required,
                                     List<String> formats) {
    }
}
