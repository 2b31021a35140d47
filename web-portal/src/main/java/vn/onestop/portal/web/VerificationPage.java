package vn.onestop.portal.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import vn.onestop.portal.api.ApiProblem;
import vn.onestop.portal.api.ResultsApi;
import vn.onestop.portal.api.Verification;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * The page a result's QR code opens. results-service prints {@code <public base>/api/v1/results/verify
 * ?id=...&sha256=...}; with the public base set to the portal, the same link (already printed on
 * results) opens this page. It says authentic, revoked or not verified, names the result, and checks a
 * PDF copy the reader uploads: its SHA-256 is compared by results-service with the result's document.
 */
@Path("/api/v1/results/verify")
@Blocking
@Produces(MediaType.TEXT_HTML)
public class VerificationPage {

    /**
     * What the page shows: AUTHENTIC (and in force), EXPIRED (authentic, not revoked, but its validity
     * ended), REVOKED or UNKNOWN (not verified, whatever the reason).
     */
    public enum Outcome { AUTHENTIC, EXPIRED, REVOKED, UNKNOWN }

    /** The result checked; {@code errors}: the API's violations by field (id, sha256, document). */
    public record Check(String id, String sha256, Verification verification, Outcome outcome,
                        Map<String, String> errors, boolean documentChecked) {

        public boolean hasErrors() {
            return !errors.isEmpty();
        }

        public boolean authentic() {
            return outcome == Outcome.AUTHENTIC;
        }

        public boolean expired() {
            return outcome == Outcome.EXPIRED;
        }

        public boolean revoked() {
            return outcome == Outcome.REVOKED;
        }

        public boolean unknown() {
            return outcome == Outcome.UNKNOWN;
        }

        /** The result is known to the reader (its right SHA-256 was given): a copy can be checked. */
        public boolean named() {
            return verification != null && verification.number() != null;
        }

        public boolean documentMatches() {
            return verification != null && Boolean.TRUE.equals(verification.documentMatches());
        }

        /** The violation of a field, "" when none. */
        public String error(String field) {
            return errors.getOrDefault(field, "");
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance verify(Check check);
    }

    @Inject
    @RestClient
    ResultsApi results;

    @Inject
    View view;

    @GET
    public TemplateInstance verify(@QueryParam("id") String id, @QueryParam("sha256") String sha256) {
        return Templates.verify(check(id, sha256, null)).setLocale(view.locale());
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public TemplateInstance checkDocument(@RestForm("id") String id, @RestForm("sha256") String sha256,
                                          @RestForm("document") FileUpload document) {
        if (document == null || document.size() == 0) {
            Check check = check(id, sha256, null);
            Map<String, String> errors = new java.util.LinkedHashMap<>(check.errors());
            errors.put("document", "missing");
            return Templates.verify(new Check(check.id(), check.sha256(), check.verification(), check.outcome(),
                    errors, false)).setLocale(view.locale());
        }
        return Templates.verify(check(id, sha256, sha256Of(document))).setLocale(view.locale());
    }

    private Check check(String id, String sha256, String documentSha256) {
        String givenId = id == null ? "" : id.strip();
        String givenSha = sha256 == null ? "" : sha256.strip();
        try {
            Verification v = Apis.call("verification", () -> {
                try {
                    return results.verify(givenId, givenSha, documentSha256);
                } catch (WebApplicationException e) {
                    if (e.getResponse() != null && e.getResponse().getStatus() == 400) {
                        throw new Invalid(ApiProblem.of(e).map(ApiProblem::byField).orElse(Map.of()));
                    }
                    throw e;
                }
            });
            return new Check(givenId, givenSha, v, outcome(v), Map.of(), documentSha256 != null);
        } catch (Invalid invalid) {
            return new Check(givenId, givenSha, null, null, invalid.errors, false);
        }
    }

    /** The verdict shown for results' answer. */
    static Outcome outcome(Verification v) {
        if (v.valid()) {
            return Outcome.AUTHENTIC;
        }
        if (v.revoked()) {
            return Outcome.REVOKED;
        }
        return Boolean.TRUE.equals(v.expired()) ? Outcome.EXPIRED : Outcome.UNKNOWN;
    }

    private static String sha256Of(FileUpload upload) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(upload.uploadedFile()),
                MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JDK has no SHA-256", e);
        }
    }

    /** The API refused the parameters: the page shows each violation next to its field. */
    private static final class Invalid extends RuntimeException {
        private final Map<String, String> errors;

        Invalid(Map<String, String> errors) {
            super(null, null, false, false);
            this.errors = errors;
        }
    }
}
