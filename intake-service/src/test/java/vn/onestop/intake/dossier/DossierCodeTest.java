package vn.onestop.intake.dossier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.onestop.intake.dossier.domain.DossierCode;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DossierCodeTest {

    @ParameterizedTest
    @CsvSource({
            "000.00.01.H22, 2026-11-26, 1, 000.00.01.H22-261126-0001",
            "000.00.01.H22, 2026-01-05, 42, 000.00.01.H22-260105-0042",
            "H22, 2027-12-31, 9999, H22-271231-9999",
            "H22, 2027-12-31, 10000, H22-271231-10000",
    })
    void formats_agency_date_and_sequence(String agency, LocalDate day, int sequence, String expected) {
        assertThat(DossierCode.format(agency, day, sequence)).isEqualTo(expected);
    }

    @Test
    void refuses_what_would_make_an_ambiguous_code() {
        assertThatThrownBy(() -> DossierCode.format("H22-X", LocalDate.of(2026, 1, 1), 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DossierCode.format("H22", LocalDate.of(2026, 1, 1), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
