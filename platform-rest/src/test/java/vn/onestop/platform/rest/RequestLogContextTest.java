package vn.onestop.platform.rest;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RequestLogContextTest {

    @ParameterizedTest(name = "{0} names {1}={2}")
    @CsvSource({
            // intake, results and rating name a dossier by its code
            "/api/v1/dossiers/H22-261126-0001, dossierCode, H22-261126-0001",
            "/api/v1/dossiers/000.00.65.H22-261126-0001/receipt, dossierCode, 000.00.65.H22-261126-0001",
            "/api/v1/dossiers/H22-261126-0001/components/cccd/scan, dossierCode, H22-261126-0001",
            "/api/v1/dossiers/H22-261126-0001/ratings, dossierCode, H22-261126-0001",
            // processing by its id
            "/api/v1/dossiers/5b0a9c0e-2f55-4d43-9d2f-3d1f8f5f0c11/deadline, dossierId, 5b0a9c0e-2f55-4d43-9d2f-3d1f8f5f0c11",
            "/api/v1/cases/5b0a9c0e-2f55-4d43-9d2f-3d1f8f5f0c11, dossierId, 5b0a9c0e-2f55-4d43-9d2f-3d1f8f5f0c11"})
    void a_path_about_a_dossier_names_it(String path, String key, String value) {
        assertThat(RequestLogContext.dossierOf(path)).isEqualTo(Map.of(key, value));
    }

    @ParameterizedTest(name = "{0} names no dossier")
    @CsvSource({
            "/api/v1/dossiers",
            "/api/v1/dossiers/",
            // the tracking secret is a credential: never logged
            "/api/v1/tracking/Zm9vYmFyYmF6cXV4",
            "/api/v1/tasks/5b0a9c0e-2f55-4d43-9d2f-3d1f8f5f0c11/complete",
            "/api/v1/citizens/079088001234/documents",
            // a case is named by its dossier's id only
            "/api/v1/cases/not-an-id",
            "/api/v1/agencies/H22"})
    void other_paths_name_none(String path) {
        assertThat(RequestLogContext.dossierOf(path)).isEmpty();
    }
}
