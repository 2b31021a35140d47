package vn.onestop.portal;

import org.junit.jupiter.api.Test;
import vn.onestop.portal.api.SubmissionForm;
import vn.onestop.portal.api.SubmissionForm.ApplicantComponent;
import vn.onestop.portal.api.SubmissionForm.Component;
import vn.onestop.portal.api.SubmissionForm.Entry;
import vn.onestop.portal.api.SubmissionForm.Field;
import vn.onestop.portal.api.SubmissionForm.Given;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The submission form built from the catalog, and the guidance shown before anything is sent. */
class SubmissionFormTest {

    private static final long MB = 1024 * 1024;

    private static final Entry P1 = new Entry("P1", "PROCEDURE", "Đăng ký khai sinh", "Birth registration",
            List.of("ONLINE", "COUNTER"), List.of(
            new Component("BIRTH_REGISTRATION_FORM", "Tờ khai", "Form", true, List.of("PDF"), 10 * MB),
            new Component("BIRTH_NOTICE", "Giấy chứng sinh", "Birth notice", true, List.of("PDF"), 10 * MB),
            new Component("MARRIAGE_CERT", "Giấy chứng nhận kết hôn", "Marriage certificate", false, List.of("PDF"), 10 * MB)),
            null, null);

    /** A bundle of two members that share the requester's id, with an optional allowance. */
    private static final Entry DEATH = new Entry("DEATH_BUNDLE", "BUNDLE", "Liên thông khai tử", "Death bundle",
            List.of("ONLINE"), null, List.of(new SubmissionForm.Option("FUNERAL_ALLOWANCE", "Mai táng phí", "Funeral")),
            List.of(new ApplicantComponent("P4", null, "DEATH_FORM", "Tờ khai khai tử", "Death form", true, List.of("PDF"), MB),
                    new ApplicantComponent("P4", null, "REQUESTER_ID", "Giấy tờ tùy thân", "ID", false, List.of("PDF"), MB),
                    new ApplicantComponent("P5", null, "REQUESTER_ID", "Giấy tờ tùy thân", "ID", true, List.of("PDF"), MB),
                    new ApplicantComponent("P6", "FUNERAL_ALLOWANCE", "FUNERAL_FORM", "Tờ khai mai táng phí", "Funeral form",
                            true, List.of("PDF"), MB)));

    @Test
    void a_procedures_form_asks_for_every_published_component_in_the_catalogs_order() {
        assertThat(SubmissionForm.fields(P1, Set.of())).extracting(Field::code, Field::required).containsExactly(
                org.assertj.core.groups.Tuple.tuple("BIRTH_REGISTRATION_FORM", true),
                org.assertj.core.groups.Tuple.tuple("BIRTH_NOTICE", true),
                org.assertj.core.groups.Tuple.tuple("MARRIAGE_CERT", false));
    }

    @Test
    void a_bundles_form_asks_once_for_a_shared_component_and_for_an_options_only_when_chosen() {
        // REQUESTER_ID is optional for one member and required for the other: asked once, required
        assertThat(SubmissionForm.fields(DEATH, Set.of())).extracting(Field::code, Field::required).containsExactly(
                org.assertj.core.groups.Tuple.tuple("DEATH_FORM", true),
                org.assertj.core.groups.Tuple.tuple("REQUESTER_ID", true));
        assertThat(SubmissionForm.fields(DEATH, Set.of("FUNERAL_ALLOWANCE"))).extracting(Field::code)
                .containsExactly("DEATH_FORM", "REQUESTER_ID", "FUNERAL_FORM");
    }

    @Test
    void the_guidance_lists_every_required_component_not_given_and_every_file_too_large() {
        List<Field> fields = SubmissionForm.fields(P1, Set.of());
        assertThat(SubmissionForm.guidance(fields, Map.of())).extracting(SubmissionForm.Finding::code,
                SubmissionForm.Finding::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple("BIRTH_REGISTRATION_FORM", "MISSING"),
                org.assertj.core.groups.Tuple.tuple("BIRTH_NOTICE", "MISSING"));
        // a file at the limit passes, one byte more does not; an optional component is never missing
        assertThat(SubmissionForm.guidance(fields, Map.of("BIRTH_REGISTRATION_FORM", Given.file(10 * MB),
                "BIRTH_NOTICE", Given.file(10 * MB + 1)))).extracting(SubmissionForm.Finding::code,
                SubmissionForm.Finding::kind).containsExactly(org.assertj.core.groups.Tuple.tuple("BIRTH_NOTICE", "TOO_LARGE"));
        // a document reused from the e-document store counts as given, whatever its size
        assertThat(SubmissionForm.guidance(fields, Map.of("BIRTH_REGISTRATION_FORM", Given.file(100),
                "BIRTH_NOTICE", Given.reuse("7b1e2c9a-0000-4000-8000-000000000001")))).isEmpty();
    }
}
