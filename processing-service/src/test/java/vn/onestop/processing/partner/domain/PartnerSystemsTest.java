package vn.onestop.processing.partner.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PartnerSystemsTest {

    private static final PartnerSystems PARTNERS = new PartnerSystems(Map.of(
            "police", List.of("000.00.02.H22", "001.01.20.H22"),
            "social-security", List.of("000.00.03.H22"),
            "tax", List.of(" 000.00.04.H22 ")));

    @ParameterizedTest(name = "{0} answering a task of {1}: {2}")
    @CsvSource({
        "police,          001.01.20.H22, ''",
        "police,          000.00.02.H22, ''",
        "tax,             000.00.04.H22, ''",
        "social-security, 000.00.03.H22, ''",
        "police,          000.00.04.H22, partner police does not act for agency 000.00.04.H22 (its tasks are partner tax's)",
        "tax,             001.01.20.H22, partner tax does not act for agency 001.01.20.H22 (its tasks are partner police's)",
        "police,          000.01.20.H22, the task of agency 000.01.20.H22 is an officer's task",
        "tax,             000.00.05.H22, the task of agency 000.00.05.H22 is an officer's task",
    })
    void aPartnerAnswersOnlyTheTasksOfTheAgenciesItActsFor(String sender, String agency, String refusal) {
        if (refusal.isEmpty()) {
            assertThat(PARTNERS.refusal(sender, agency)).isEmpty();
        } else {
            assertThat(PARTNERS.refusal(sender, agency)).hasValueSatisfying(r -> assertThat(r).startsWith(refusal));
        }
    }

    @Test
    void agenciesAreLookedUpByTheirCode() {
        assertThat(PARTNERS.partnerOf("000.00.04.H22")).hasValue("tax");
        assertThat(PARTNERS.partnerOf("000.01.20.H22")).isEmpty();
        assertThat(PARTNERS.partnerOf(null)).isEmpty();
        assertThat(PARTNERS.partners()).containsOnlyKeys("police", "social-security", "tax");
    }

    @Test
    void anAgencyHasAtMostOnePartnerSystem() {
        assertThatThrownBy(() -> new PartnerSystems(Map.of("police", List.of("000.00.02.H22"),
                "police-2", List.of("000.00.02.H22"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("000.00.02.H22 has two partner systems");
    }

    @ParameterizedTest
    @CsvSource({"Police", "police.tax", "-police", "police_2"})
    void aPartnerIsNamedSoThatItCanNameTopicsAndUsers(String name) {
        assertThatThrownBy(() -> new PartnerSystems(Map.of(name, List.of("000.00.02.H22"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("partner name");
    }

    @Test
    void aPartnerActsForSomeAgency() {
        assertThatThrownBy(() -> new PartnerSystems(Map.of("tax", List.of())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("acts for no agency");
    }
}
