package vn.onestop.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import vn.onestop.platform.testing.LocalIdentity.Person;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Issue 12, scenario 1: single-procedure submissions with small uploads. A birth registration (P1)
 * with its three required components (PDFs of {@code uploadBytes} each), filed online by the run's
 * citizen at one service centre (the worst case for the centre's daily dossier counter) or, with
 * {@code spread}, in turn at every centre of the province (the intake's public catalog lists them).
 * Each submission carries its own Idempotency-Key.
 */
final class IntakeScenario implements Scenario {

    static final String PROCEDURE = "P1";
    static final String ONE_CENTRE = "002.01.20.H22";
    static final List<String> COMPONENTS = List.of("BIRTH_REGISTRATION_FORM", "BIRTH_NOTICE", "REQUESTER_ID");

    private final Settings settings;
    private final AccessTokens tokens;
    private final Http http;
    private final String runId;
    private final Person applicant;
    private final List<String> centres = new ArrayList<>();
    private final List<String> bodies = new ArrayList<>();
    private final AtomicLong accepted = new AtomicLong();

    IntakeScenario(Settings settings, AccessTokens tokens, Http http, String runId) {
        this.settings = settings;
        this.tokens = tokens;
        this.http = http;
        this.runId = runId;
        this.applicant = Person.citizen(settings.applicantIdNumber());
    }

    @Override
    public String unit() {
        return "dossier";
    }

    @Override
    public Map<String, Object> parameters() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("procedure", PROCEDURE);
        parameters.put("channel", "ONLINE");
        parameters.put("centres", centres);
        parameters.put("components", COMPONENTS.size());
        parameters.put("uploadBytesEach", settings.uploadBytes());
        parameters.put("applicantIdNumber", settings.applicantIdNumber());
        return parameters;
    }

    @Override
    public void prepare() {
        tokens.of(applicant);
        Map<String, String> unitOfCentre = new LinkedHashMap<>();
        List<String> communes = new ArrayList<>();
        for (JsonNode agency : http.getOk(settings.api("intake-service") + "/api/v1/agencies?receivesDossiers=true&limit=200", null)
                .path("items")) {
            unitOfCentre.put(agency.path("code").asText(), agency.path("unit").asText());
            if ("COMMUNE".equals(agency.path("level").asText())) {
                communes.add(agency.path("unit").asText());
            }
        }
        if (!unitOfCentre.containsKey(ONE_CENTRE) || communes.isEmpty()) {
            throw new IllegalStateException("intake's catalog lists no centre " + ONE_CENTRE + " or no commune centre: "
                    + unitOfCentre);
        }
        centres.addAll(settings.spread() ? unitOfCentre.keySet() : List.of(ONE_CENTRE));
        String pdf = Base64.getEncoder().encodeToString(pdf(settings.uploadBytes()));
        for (int i = 0; i < centres.size(); i++) {
            String centre = centres.get(i);
            // a commune procedure received at the province's centre is routed by the applicant's commune
            String unit = communes.contains(unitOfCentre.get(centre)) ? unitOfCentre.get(centre)
                    : communes.get(i % communes.size());
            bodies.add(body(centre, unit, pdf));
        }
    }

    private String body(String centre, String unit, String pdf) {
        ObjectNode body = Http.JSON.createObjectNode().put("procedureId", PROCEDURE).put("channel", "ONLINE")
                .put("receivingAgency", centre);
        body.putObject("applicant").put("type", "CITIZEN").put("fullName", "Phạm Thị Dung")
                .put("idNumber", settings.applicantIdNumber()).put("administrativeUnit", unit);
        ArrayNode components = body.putArray("components");
        for (String code : COMPONENTS) {
            components.addObject().put("code", code).put("fileName", code.toLowerCase() + ".pdf")
                    .put("mediaType", "application/pdf").put("contentBase64", pdf);
        }
        return body.toString();
    }

    /** A file that intake recognises as a PDF (it checks the first bytes), padded to {@code size} bytes. */
    static byte[] pdf(int size) {
        byte[] file = new byte[size];
        byte[] head = "%PDF-1.4\n%".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, file, 0, Math.min(head.length, size));
        for (int i = head.length; i < size; i++) {
            file[i] = (byte) ('a' + i % 26);
        }
        return file;
    }

    @Override
    public CompletableFuture<OpenLoop.Outcome> send(long index, long intendedNanos) {
        String body = bodies.get((int) (index % bodies.size()));
        return http.post(settings.api("intake-service") + "/api/v1/dossiers", tokens.of(applicant),
                runId + "-" + index, body).thenApply(answer -> {
                    if (answer.is(201)) {
                        accepted.incrementAndGet();
                        return OpenLoop.Outcome.ok();
                    }
                    return OpenLoop.Outcome.error(answer.errorKind());
                });
    }

    @Override
    public void awaitOwnEnd(Duration timeout) {
        // a submission's answer is the end of this scenario's own measure; downstream work is the drain's
    }

    @Override
    public Map<String, Object> results() {
        return Map.of("dossiersAccepted", accepted.get());
    }

    @Override
    public void close() {
        // nothing of its own
    }
}
