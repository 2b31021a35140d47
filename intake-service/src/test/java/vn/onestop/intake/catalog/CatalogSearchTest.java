package vn.onestop.intake.catalog;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.onestop.intake.catalog.domain.Catalog;
import vn.onestop.intake.catalog.domain.CatalogEntry;
import vn.onestop.intake.catalog.domain.CatalogQuery;
import vn.onestop.intake.catalog.domain.EntryKind;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Search over the seeded catalog (P1–P13 and the four bundles). */
class CatalogSearchTest {

    private static final Catalog CATALOG = SeedCatalogTest.SEED;
    private static final LocalDate DAY = LocalDate.of(2026, 5, 1);

    @ParameterizedTest(name = "keyword={0} agencyType={1} level={2} kind={3}")
    @CsvSource(nullValues = "-", delimiter = '|', value = {
            "khai sinh          | -                 | -        | -         | P1 BIRTH_BUNDLE",
            "Khai Sinh          | -                 | -        | -         | P1 BIRTH_BUNDLE",
            "dang ky khai sinh  | -                 | -        | -         | P1 BIRTH_BUNDLE",
            "ĐĂNG KÝ KHAI TỬ    | -                 | -        | -         | P4 DEATH_BUNDLE",
            "tu                 | -                 | -        | PROCEDURE | P3 P4 P7 P13",
            "birth              | -                 | -        | -         | P1 BIRTH_BUNDLE",
            "1.001193           | -                 | -        | -         | P1",
            "p13                | -                 | -        | -         | P13",
            "2.000986           | -                 | -        | -         | BIRTH_BUNDLE",
            "thuong tru         | -                 | -        | PROCEDURE | P2 P5",
            "-                  | POLICE            | -        | -         | P2 P5 BIRTH_BUNDLE DEATH_BUNDLE",
            "-                  | POLICE            | -        | BUNDLE    | BIRTH_BUNDLE DEATH_BUNDLE",
            "-                  | SOCIAL_SECURITY   | PROVINCE | PROCEDURE | P3 P6 P7",
            "-                  | PEOPLES_COMMITTEE | COMMUNE  | PROCEDURE | P1 P4 P12 P13",
            "-                  | TAX               | COMMUNE  | -         | ''",
            "xay dung           | -                 | COMMUNE  | -         | P12 LAND_TAX_PERMIT",
            "no such procedure  | -                 | -        | -         | ''",
    })
    void finds(String keyword, String agencyType, String level, EntryKind kind, String expected) {
        List<String> ids = CATALOG.search(new CatalogQuery(keyword, agencyType, level, kind), DAY).stream()
                .map(CatalogEntry::id).toList();
        List<String> want = expected.isBlank() ? List.of() : Arrays.asList(expected.split(" "));
        assertThat(ids).containsExactlyElementsOf(want);
    }
}
