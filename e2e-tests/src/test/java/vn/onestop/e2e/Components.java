package vn.onestop.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;

/** Dossier components as the portal sends them in the end-to-end tests. */
final class Components {

    private static final String PDF = Base64.getEncoder().encodeToString("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII));

    private Components() {
    }

    /**
     * The components (inline PDFs, comma-separated) the applicant must give for a procedure or bundle
     * and its chosen options, as intake's public catalog says for those options.
     */
    static String required(String procedure, Collection<String> options) {
        // with the options named, a component several options share is listed under one of those chosen
        var request = given().baseUri(PackagedPlatform.url("intake-service"));
        if (!options.isEmpty()) {
            request.queryParam("options", String.join(",", options));
        }
        List<Map<String, Object>> asked = Officers.expect(request.get("/api/v1/procedures/{id}", procedure), 200)
                .jsonPath().getList("applicantComponents");
        return asked.stream()
                .filter(c -> Boolean.TRUE.equals(c.get("required")))
                .filter(c -> c.get("option") == null || options.contains((String) c.get("option")))
                .map(c -> (String) c.get("code")).distinct().map(Components::pdf)
                .collect(Collectors.joining(", "));
    }

    /** A small PDF file named after the component, as a scanner would give it (for the portal's file fields). */
    static Path file(String code) throws IOException {
        Path file = Files.createTempDirectory("upload").resolve(code + ".pdf");
        Files.writeString(file, "%PDF-1.4\n%" + code + "\n", StandardCharsets.US_ASCII);
        return file;
    }

    /** A small inline PDF for the component with this code. */
    static String pdf(String code) {
        return "{\"code\": \"" + code + "\", \"mediaType\": \"application/pdf\", \"contentBase64\": \"" + PDF + "\"}";
    }
}
