package vn.onestop.portal.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import vn.onestop.portal.api.SubmissionForm;
import vn.onestop.portal.api.SubmissionForm.CompetentAgency;
import vn.onestop.portal.api.SubmissionForm.Entry;
import vn.onestop.portal.api.SubmissionForm.Part;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The form-to-request mapping of the submission forms: which of the form's fields go where in intake's
 * request, paper only at the counter, the subject unit only for a procedure decided where its subject is,
 * and the citizen who files for someone else named as the representative.
 */
class SubmissionDetailsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> P12_CODES = List.of("PERMIT_APPLICATION", "LAND_RIGHT_CERT", "DESIGN_DRAWINGS");

    private static Entry procedure(String id, String by) {
        return new Entry(id, "PROCEDURE", id, id, List.of("ONLINE", "COUNTER"), List.of(), List.of(), List.of(),
                new CompetentAgency("PEOPLES_COMMITTEE", "COMMUNE", by), null);
    }

    private static final Map<String, Entry> CATALOG = Map.of(
            "P1", procedure("P1", "APPLICANT"),
            "P4", procedure("P4", "DECEASED_LAST_RESIDENCE"),
            "P6", procedure("P6", "APPLICANT"),
            "P12", procedure("P12", "PARCEL"),
            "P8", procedure("P8", null));

    private static Entry bundle(String id, String... members) {
        return new Entry(id, "BUNDLE", id, id, List.of("ONLINE", "COUNTER"), null, List.of(), List.of(), null,
                Arrays.asList(members));
    }

    static Stream<Arguments> bases() {
        return Stream.of(
                Arguments.of(CATALOG.get("P1"), null),
                Arguments.of(CATALOG.get("P8"), null),
                Arguments.of(CATALOG.get("P4"), "DECEASED_LAST_RESIDENCE"),
                Arguments.of(CATALOG.get("P12"), "PARCEL"),
                // a bundle is decided where its first member decided by its subject's place is
                Arguments.of(bundle("DEATH_BUNDLE", "P6", "P4"), "DECEASED_LAST_RESIDENCE"),
                Arguments.of(bundle("BIRTH_BUNDLE", "P1", "P6"), null));
    }

    @ParameterizedTest
    @MethodSource("bases")
    void the_subject_unit_is_asked_only_for_a_procedure_decided_where_its_subject_is(Entry entry, String basis) {
        assertThat(SubmissionDetails.subjectBasis(entry, CATALOG::get)).isEqualTo(basis);
    }

    /** channel, basis, applicantType, representative (name, id, relation), subjectUnit, paper → the request's parts. */
    static Stream<Arguments> counterForms() {
        return Stream.of(
                // a person for themselves, files only: as before
                Arguments.of("COUNTER", null, null, "", "", "", "", List.of(),
                        "CITIZEN", null, null, List.of()),
                // an organisation with a representative, a parcel's place, one component on paper
                Arguments.of("COUNTER", "PARCEL", "ORGANISATION", " Lê Văn Tâm ", "096085000111", "Giám đốc", "96002",
                        List.of("DESIGN_DRAWINGS"), "ORGANISATION",
                        new SubmissionForm.Representative("Lê Văn Tâm", "096085000111", "Giám đốc"), "96002",
                        List.of("DESIGN_DRAWINGS")),
                // a subject unit sent for a procedure decided where the applicant lives is dropped
                Arguments.of("COUNTER", null, "BUSINESS", "", "", "", "96002", List.of(),
                        "BUSINESS", null, null, List.of()),
                // an unknown type is a person; a paper of a component the form has not is dropped; no relation
                Arguments.of("COUNTER", "DECEASED_LAST_RESIDENCE", "KING", "Trần B", "0960", "", "96001",
                        List.of("FORGED", "LAND_RIGHT_CERT"), "CITIZEN",
                        new SubmissionForm.Representative("Trần B", "0960", null), "96001", List.of("LAND_RIGHT_CERT")),
                // online: never paper, never an organisation
                Arguments.of("ONLINE", "PARCEL", "ORGANISATION", "", "", "", "96003", List.of("DESIGN_DRAWINGS"),
                        "CITIZEN", null, "96003", List.of()),
                // a blank subject unit is none (intake's violation then comes back next to the field)
                Arguments.of("COUNTER", "PARCEL", "CITIZEN", "", "", "", "  ", List.of(), "CITIZEN", null, null, List.of()));
    }

    @ParameterizedTest
    @MethodSource("counterForms")
    void the_forms_fields_go_where_intake_takes_them(String channel, String basis, String applicantType, String repName,
                                                    String repId, String relation, String subjectUnit,
                                                    List<String> paper, String type,
                                                    SubmissionForm.Representative representative, String unit,
                                                    List<String> onPaper) {
        SubmissionDetails details = SubmissionDetails.read(channel, basis, P12_CODES, applicantType, repName, repId,
                relation, subjectUnit, paper);
        SubmissionForm.Request request = details.request(CATALOG.get("P12"), channel, "002.01.20.H22",
                details.counter("Công ty TNHH Xây dựng Mũi Cà Mau", "2001234567", null, null, null),
                List.of(new Part("PERMIT_APPLICATION", "don.pdf", "application/pdf", "JVBERg==", null)), Set.of());

        assertThat(request.applicant().type()).isEqualTo(type);
        assertThat(request.representative()).isEqualTo(representative);
        assertThat(request.subjectUnit()).isEqualTo(unit);
        assertThat(request.components()).first().extracting(Part::code, Part::paper)
                .containsExactly("PERMIT_APPLICATION", null);
        assertThat(request.components().stream().filter(p -> Boolean.TRUE.equals(p.paper())).map(Part::code))
                .containsExactlyElementsOf(onPaper);
        assertThat(request.components().stream().filter(p -> Boolean.TRUE.equals(p.paper())))
                .allMatch(p -> p.contentBase64() == null && p.documentRef() == null && p.fileName() == null);
    }

    @Test
    void a_file_given_for_a_component_wins_over_its_paper_checkbox() {
        SubmissionDetails details = SubmissionDetails.read("COUNTER", null, P12_CODES, null, "", "", "", "",
                List.of("PERMIT_APPLICATION", "LAND_RIGHT_CERT"));
        List<Part> parts = details.parts(List.of(new Part("PERMIT_APPLICATION", "don.pdf", "application/pdf",
                "JVBERg==", null)));
        assertThat(parts).extracting(Part::code, Part::paper).containsExactly(
                org.assertj.core.groups.Tuple.tuple("PERMIT_APPLICATION", null),
                org.assertj.core.groups.Tuple.tuple("LAND_RIGHT_CERT", true));
        // a paper is given: the guidance does not ask for it again
        assertThat(SubmissionForm.guidance(List.of(new SubmissionForm.Field("LAND_RIGHT_CERT", "", "", true, List.of(), 10)),
                details.given(Map.of()))).isEmpty();
    }

    @Test
    void a_citizen_who_files_for_someone_else_is_their_representative_and_they_the_applicant() {
        SubmissionDetails self = SubmissionDetails.read("ONLINE", null, P12_CODES, null, "", "", "", null, null);
        SubmissionDetails.Parties own = self.online("Nguyễn Văn An", "001203004567", "an@example.vn", null);
        assertThat(own.applicant().idNumber()).isEqualTo("001203004567");
        assertThat(own.representative()).isNull();

        SubmissionDetails other = SubmissionDetails.read("ONLINE", null, P12_CODES, null, "Nguyễn Thị Hoa",
                "096150000222", "con", null, null);
        SubmissionDetails.Parties parties = other.online("Nguyễn Văn An", "001203004567", "an@example.vn", null);
        assertThat(parties.applicant()).isEqualTo(new SubmissionForm.Applicant("CITIZEN", "Nguyễn Thị Hoa",
                "096150000222", "an@example.vn", null));
        assertThat(parties.representative()).isEqualTo(new SubmissionForm.Representative("Nguyễn Văn An",
                "001203004567", "con"));
    }

    @Test
    void the_request_is_sent_as_intake_names_its_fields() throws Exception {
        SubmissionDetails details = SubmissionDetails.read("COUNTER", "PARCEL", P12_CODES, "ORGANISATION", "Lê Văn Tâm",
                "096085000111", "", "96002", List.of("LAND_RIGHT_CERT"));
        String json = JSON.writeValueAsString(details.request(CATALOG.get("P12"), "COUNTER", "002.01.20.H22",
                details.counter("Công ty A", "2001234567", null, null, null), List.of(), Set.of()));
        var tree = JSON.readTree(json);
        assertThat(tree.at("/applicant/type").asText()).isEqualTo("ORGANISATION");
        assertThat(tree.at("/representative/idNumber").asText()).isEqualTo("096085000111");
        assertThat(tree.at("/representative").has("relation")).isFalse();
        assertThat(tree.at("/subjectUnit").asText()).isEqualTo("96002");
        assertThat(tree.at("/components/0/code").asText()).isEqualTo("LAND_RIGHT_CERT");
        assertThat(tree.at("/components/0/paper").asBoolean()).isTrue();
        assertThat(tree.at("/components/0").has("contentBase64")).isFalse();
        assertThat(tree.has("options")).isFalse();
    }
}
