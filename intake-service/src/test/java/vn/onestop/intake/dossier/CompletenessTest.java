package vn.onestop.intake.dossier;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.onestop.intake.catalog.domain.ComponentSpec;
import vn.onestop.intake.dossier.domain.Completeness;
import vn.onestop.intake.dossier.domain.Completeness.Way;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class CompletenessTest {

    static final List<ComponentSpec> PUBLISHED = List.of(
            new ComponentSpec("FORM", "Tờ khai", "Form", true, List.of("application/pdf"), 100),
            new ComponentSpec("ID", "Giấy tờ tùy thân", "ID", true, List.of("application/pdf", "image/png"), 100),
            new ComponentSpec("EXTRA", "Giấy tờ khác", "Other", false, List.of("image/jpeg"), 100));

    static final byte[] PDF = "%PDF-1.4".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x00};

    static Completeness.Provided upload(String code, String mediaType, byte[] content) {
        return Completeness.Provided.upload(code, mediaType, content);
    }

    static Completeness.Provided ref(String code, String problem) {
        return new Completeness.Provided(code, EnumSet.of(Way.DOCUMENT_STORE), null, null, problem);
    }

    static Completeness.Provided paper(String code, String problem) {
        return new Completeness.Provided(code, EnumSet.of(Way.PAPER), null, null, problem);
    }

    /** A component of an earlier dossier: its stored file is checked like an upload. */
    static Completeness.Provided reused(String code, String mediaType, byte[] content, String problem) {
        return new Completeness.Provided(code, EnumSet.of(Way.EARLIER_DOSSIER), mediaType, content, problem);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("complete", List.of(upload("FORM", "application/pdf", PDF), upload("ID", "image/png", PNG)),
                        List.of()),
                Arguments.of("complete with optional", List.of(upload("FORM", "application/pdf", PDF),
                        upload("ID", "application/pdf", PDF), upload("EXTRA", "image/jpeg", JPEG)), List.of()),
                Arguments.of("media type with parameters", List.of(upload("FORM", "application/pdf; charset=binary", PDF),
                        upload("ID", "image/png", PNG)), List.of()),
                Arguments.of("nothing given", List.of(), List.of("components.FORM", "components.ID")),
                Arguments.of("one missing", List.of(upload("FORM", "application/pdf", PDF)), List.of("components.ID")),
                Arguments.of("unpublished component", List.of(upload("FORM", "application/pdf", PDF),
                        upload("ID", "image/png", PNG), upload("LAND", "application/pdf", PDF)), List.of("components.LAND")),
                Arguments.of("duplicate", List.of(upload("FORM", "application/pdf", PDF), upload("FORM", "application/pdf", PDF),
                        upload("ID", "image/png", PNG)), List.of("components.FORM")),
                Arguments.of("format not accepted", List.of(upload("FORM", "image/png", PNG), upload("ID", "image/png", PNG)),
                        List.of("components.FORM")),
                Arguments.of("content lies about its type", List.of(upload("FORM", "application/pdf", PDF),
                        upload("ID", "image/png", PDF)), List.of("components.ID")),
                Arguments.of("not a PDF at all", List.of(upload("FORM", "application/pdf", "hello".getBytes()),
                        upload("ID", "image/png", PNG)), List.of("components.FORM")),
                Arguments.of("too big", List.of(upload("FORM", "application/pdf", padded(PDF, 101)),
                        upload("ID", "image/png", PNG)), List.of("components.FORM")),
                Arguments.of("empty", List.of(upload("FORM", "application/pdf", new byte[0]), upload("ID", "image/png", PNG)),
                        List.of("components.FORM")),
                Arguments.of("both content and reference", List.of(new Completeness.Provided("FORM",
                        EnumSet.of(Way.CONTENT, Way.DOCUMENT_STORE), "application/pdf", PDF, null),
                        upload("ID", "image/png", PNG)), List.of("components.FORM")),
                Arguments.of("paper and an earlier dossier", List.of(new Completeness.Provided("FORM",
                        EnumSet.of(Way.PAPER, Way.EARLIER_DOSSIER), "application/pdf", PDF, null),
                        upload("ID", "image/png", PNG)), List.of("components.FORM")),
                Arguments.of("neither content nor reference", List.of(new Completeness.Provided("FORM",
                        EnumSet.noneOf(Way.class), "application/pdf", null, null), upload("ID", "image/png", PNG)),
                        List.of("components.FORM")),
                Arguments.of("paper at a counter", List.of(paper("FORM", null), upload("ID", "image/png", PNG)), List.of()),
                Arguments.of("paper refused (online)", List.of(paper("FORM", "paper is handed in at a counter"),
                        upload("ID", "image/png", PNG)), List.of("components.FORM")),
                Arguments.of("reused from an earlier dossier", List.of(reused("FORM", "application/pdf", PDF, null),
                        upload("ID", "image/png", PNG)), List.of()),
                Arguments.of("reused file of a format this component does not accept", List.of(
                        reused("FORM", "image/png", PNG, null), upload("ID", "image/png", PNG)), List.of("components.FORM")),
                Arguments.of("reused from a dossier that is not the applicant's", List.of(
                        reused("FORM", null, null, "has no digitized component"), upload("ID", "image/png", PNG)),
                        List.of("components.FORM")),
                Arguments.of("usable reference", List.of(ref("FORM", null), upload("ID", "image/png", PNG)), List.of()),
                Arguments.of("unusable reference", List.of(ref("FORM", "belongs to another person"),
                        upload("ID", "image/png", PNG)), List.of("components.FORM")),
                Arguments.of("everything wrong at once", List.of(upload("LAND", "application/pdf", PDF),
                        upload("EXTRA", "image/png", PNG)), List.of("components.LAND", "components.EXTRA",
                        "components.FORM", "components.ID")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reports_every_problem_at_once(String name, List<Completeness.Provided> provided, List<String> fields) {
        assertThat(Completeness.check(PUBLISHED, provided)).extracting(Completeness.Finding::field)
                .containsExactlyElementsOf(fields);
    }

    private static byte[] padded(byte[] start, int size) {
        byte[] bytes = new byte[size];
        System.arraycopy(start, 0, bytes, 0, start.length);
        return bytes;
    }
}
