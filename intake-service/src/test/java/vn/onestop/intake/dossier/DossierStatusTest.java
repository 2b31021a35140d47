package vn.onestop.intake.dossier;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.onestop.intake.dossier.domain.DossierStatus;

import static org.assertj.core.api.Assertions.assertThat;

class DossierStatusTest {

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource({
            "SUBMITTED_ONLINE, RECEIVED, true",
            "SUBMITTED_ONLINE, REFUSED, true",
            "RECEIVED, IN_PROCESS, true",
            "RECEIVED, DECIDED, true",
            "RECEIVED, WITHDRAWN, true",
            "IN_PROCESS, SUPPLEMENT_REQUESTED, true",
            "IN_PROCESS, AWAITING_PAYMENT, true",
            "SUPPLEMENT_REQUESTED, IN_PROCESS, true",
            "AWAITING_PAYMENT, IN_PROCESS, true",
            "IN_PROCESS, DECIDED, true",
            "IN_PROCESS, STOPPED, true",
            "DECIDED, RETURNED, true",
            "DECIDED, IN_PROCESS, false",
            "DECIDED, RECEIVED, false",
            "DECIDED, DECIDED, false",
            "IN_PROCESS, RECEIVED, false",
            "RETURNED, DECIDED, false",
            "RETURNED, WITHDRAWN, false",
            "WITHDRAWN, IN_PROCESS, false",
            "WITHDRAWN, DECIDED, false",
            "REFUSED, RECEIVED, false",
            "STOPPED, DECIDED, false",
            "DECIDED, WITHDRAWN, false",
    })
    void moves_only_forward_and_never_out_of_a_final_state(DossierStatus from, DossierStatus to, boolean allowed) {
        assertThat(from.mayAdvanceTo(to)).isEqualTo(allowed);
    }

    @ParameterizedTest(name = "{0} is national status {1}")
    @CsvSource({
            "SUBMITTED_ONLINE, 1", "RECEIVED, 2", "REFUSED, 3", "IN_PROCESS, 4", "SUPPLEMENT_REQUESTED, 5",
            "AWAITING_PAYMENT, 6", "WITHDRAWN, 7", "STOPPED, 8", "DECIDED, 9", "RETURNED, 10"})
    void maps_to_the_national_portal_codes(DossierStatus status, int code) {
        assertThat(status.nationalCode()).isEqualTo(code);
    }
}
