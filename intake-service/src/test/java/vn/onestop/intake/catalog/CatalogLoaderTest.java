package vn.onestop.intake.catalog;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.onestop.intake.catalog.domain.Catalog;
import vn.onestop.intake.catalog.loading.CatalogLoader;
import vn.onestop.intake.catalog.loading.CatalogProblem;
import vn.onestop.intake.catalog.loading.CatalogSource;
import vn.onestop.intake.catalog.loading.InvalidCatalogException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The loader refuses a bad catalog with a message that names the file and the entry. */
class CatalogLoaderTest {

    private static final String FIXTURE = "catalog/fixture/catalog.json";

    @Test
    void loads_class_path_resources_with_or_without_the_prefix() {
        Catalog plain = CatalogLoader.load(List.of(FIXTURE));
        Catalog prefixed = CatalogLoader.load(List.of("classpath:" + FIXTURE));
        assertThat(plain.versions("T1")).hasSize(3);
        assertThat(prefixed.versions("T1")).hasSize(3);
    }

    @Test
    void loads_files_from_the_file_system(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("catalog.json");
        Files.writeString(file, CatalogFixture.tree().toPrettyString());
        assertThat(CatalogLoader.load(List.of("file:" + file)).contains("TL")).isTrue();
    }

    @Test
    void an_unknown_field_names_the_file_the_entry_and_the_field() {
        assertThatThrownBy(() -> CatalogLoader.load(List.of(FIXTURE, "catalog/invalid/unknown-field.json")))
                .isInstanceOf(InvalidCatalogException.class)
                .hasMessageContaining("catalog/invalid/unknown-field.json: entry X1 (entries[0]): unknown field \"fomats\" in components[0]");
    }

    @Test
    void malformed_json_names_the_file_and_the_line() {
        assertThatThrownBy(() -> CatalogLoader.load(List.of(FIXTURE, "catalog/invalid/malformed.json")))
                .isInstanceOf(InvalidCatalogException.class)
                .hasMessageContaining("catalog/invalid/malformed.json: file: is not valid JSON (line 3,");
    }

    @Test
    void a_duplicate_across_files_names_the_second_file_and_the_first() {
        assertThatThrownBy(() -> CatalogLoader.load(List.of(FIXTURE, "catalog/invalid/duplicate-agency.json")))
                .isInstanceOfSatisfying(InvalidCatalogException.class, e -> assertThat(e.problems()).containsExactly(
                        new CatalogProblem("catalog/invalid/duplicate-agency.json", "agency 001.01.20.T01",
                                "is declared twice (also in " + FIXTURE + ")")));
    }

    @Test
    void a_missing_file_is_named() {
        assertThatThrownBy(() -> CatalogLoader.load(List.of(FIXTURE, "catalog/nowhere.json")))
                .isInstanceOf(InvalidCatalogException.class)
                .hasMessageContaining("catalog/nowhere.json: file: cannot be read: no class-path resource catalog/nowhere.json");
    }

    @Test
    void no_file_at_all_is_refused() {
        assertThatThrownBy(() -> CatalogLoader.load(List.of()))
                .isInstanceOf(InvalidCatalogException.class)
                .hasMessageContaining("onestop.catalog.files: lists no file");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a key twice               | {"entries": [], "entries": []}                     | Duplicate field 'entries'
            an unknown section        | {"levels": [], "procedures": []}                   | unknown section "procedures"
            a section that is no list | {"agencies": {"code": "x"}}                        | agencies: must be a list
            a number where text goes  | {"entries": [{"id": "X", "version": "one"}]}       | entry X (entries[0]): version: has the wrong type
            not an object             | [1, 2]                                             | must hold a JSON object
            """)
    void refuses_files_it_cannot_read(String what, String json, String message) {
        assertThatThrownBy(() -> CatalogLoader.fromSources(List.of(
                new CatalogSource("fixture.json", CatalogFixture.tree().toString()), new CatalogSource("bad.json", json))))
                .as(what)
                .isInstanceOf(InvalidCatalogException.class)
                .hasMessageContaining("bad.json: ")
                .hasMessageContaining(message);
    }
}
