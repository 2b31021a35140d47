package vn.onestop.portal.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.onestop.workingtime.SnapReason;
import vn.onestop.workingtime.StepKind;

import java.util.Locale;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every code a page shows through {@link Labels} has words in both languages, not the raw code. */
class LabelsTest {

    static Stream<String> codes() {
        return Stream.of(Stream.of(SnapReason.values()).map(Enum::name), Stream.of(StepKind.values()).map(Enum::name),
                        // intake's channels, a bundle's decision, the dossier statuses the pages show
                        Stream.of("ONLINE", "COUNTER", "POSTAL", "ALL_APPROVED", "PARTIALLY_APPROVED", "NONE_APPROVED",
                                "SUBMITTED_ONLINE", "RECEIVED", "REFUSED", "IN_PROCESS", "SUPPLEMENT_REQUESTED",
                                "AWAITING_PAYMENT", "WITHDRAWN", "STOPPED", "DECIDED", "RETURNED"),
                        // the kinds of timeline entry intake writes (DossierTracking and the submission)
                        Stream.of("SUBMITTED", "FILED", "STEP_ASSIGNED", "STEP_COMPLETED", "STEP_CANCELLED",
                                "INPUT_RECEIVED", "PAYMENT_REQUESTED", "FEE_PAID", "RESUMED", "SUPPLEMENTED",
                                "SUPPLEMENT_EXPIRED", "AT_RISK", "OVERDUE", "APOLOGY", "RESULT_ISSUED", "RESULT_BLOCKED",
                                "RESULT_DATA_CORRECTED", "RESULT_RETURNED", "BUNDLE_FINISHED"))
                .flatMap(s -> s);
    }

    @ParameterizedTest
    @MethodSource("codes")
    void a_code_is_shown_in_words_in_vietnamese_and_in_english(String code) {
        String vietnamese = Labels.of(code, Locale.forLanguageTag("vi"));
        String english = Labels.of(code, Locale.ENGLISH);
        assertThat(vietnamese).isNotEqualTo(code).isNotBlank();
        assertThat(english).isNotEqualTo(code).isNotBlank().isNotEqualTo(vietnamese);
    }
}
