package vn.onestop.intake.dossier.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import vn.onestop.contracts.EventType;
import vn.onestop.intake.dossier.domain.Dossier;
import vn.onestop.intake.dossier.domain.DossierStatus;
import vn.onestop.intake.dossier.domain.TimelineEntry;
import vn.onestop.intake.dossier.messaging.DossierSubmittedData;
import vn.onestop.intake.dossier.rest.DossierView;
import vn.onestop.intake.dossier.rest.SubmissionRequest;
import vn.onestop.platform.messaging.Outbox;
import vn.onestop.platform.rest.ProblemException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class DossierService {

    private final EntityManager entityManager;
    private final DossierCodeAllocator codes;
    private final Outbox outbox;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final ZoneId zone;

    DossierService(EntityManager entityManager, DossierCodeAllocator codes, Outbox outbox, ObjectMapper mapper,
                   Clock clock, IntakeConfig config) {
        this.entityManager = entityManager;
        this.codes = codes;
        this.outbox = outbox;
        this.mapper = mapper;
        this.clock = clock;
        this.zone = config.zone();
    }

    /**
     * Receives a dossier: code, state, timeline, idempotency record and the DossierSubmitted event
     * are written in one transaction, or nothing is.
     */
    @Transactional
    public SubmissionOutcome submit(String idempotencyKey, SubmissionRequest request) {
        String requestHash = sha256(request);
        int claimed = entityManager.createNativeQuery(
                        "insert into idempotency_key (key, request_sha256) values (?1, ?2) on conflict do nothing")
                .setParameter(1, idempotencyKey)
                .setParameter(2, requestHash)
                .executeUpdate();
        if (claimed == 0) {
            return replay(idempotencyKey, requestHash);
        }

        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        Dossier dossier = new Dossier();
        dossier.id = UUID.randomUUID();
        dossier.code = codes.next(request.receivingAgency(), now.atZoneSameInstant(zone).toLocalDate());
        dossier.procedureId = request.procedureId();
        dossier.channel = request.channel();
        dossier.receivingAgency = request.receivingAgency();
        // Boundary-free intake: any centre may receive; until the catalog resolves the competent
        // agency from the procedure (issue #3), the receiving agency handles it.
        dossier.competentAgency = request.receivingAgency();
        dossier.applicantType = request.applicant().type();
        dossier.applicantName = request.applicant().fullName();
        dossier.applicantIdNumber = request.applicant().idNumber();
        dossier.applicantEmail = request.applicant().email();
        dossier.applicantPhone = request.applicant().phone();
        dossier.status = DossierStatus.RECEIVED;
        dossier.nationalStatusCode = DossierStatus.RECEIVED.nationalCode();
        dossier.receivedAt = now;
        dossier.persist();
        TimelineEntry.of(dossier.id, now, "RECEIVED",
                "Received through " + dossier.channel + " at " + dossier.receivingAgency + ", code " + dossier.code,
                "intake-service", null).persist();

        outbox.publish(EventType.DOSSIER_SUBMITTED, dossier.id, DossierSubmittedData.of(dossier));

        DossierView view = toView(dossier, TimelineEntry.forDossier(dossier.id));
        entityManager.createNativeQuery(
                        "update idempotency_key set dossier_id = ?1, response = cast(?2 as jsonb) where key = ?3")
                .setParameter(1, dossier.id)
                .setParameter(2, json(view))
                .setParameter(3, idempotencyKey)
                .executeUpdate();
        Log.infof("dossier %s received as %s", dossier.id, dossier.code);
        return new SubmissionOutcome(view, false);
    }

    private SubmissionOutcome replay(String idempotencyKey, String requestHash) {
        Object[] row = (Object[]) entityManager.createNativeQuery(
                        "select request_sha256, cast(response as text) from idempotency_key where key = ?1")
                .setParameter(1, idempotencyKey)
                .getSingleResult();
        if (!requestHash.equals(row[0])) {
            throw new ProblemException(422, "idempotency-key-reused", "Idempotency-Key reused",
                    "the Idempotency-Key " + idempotencyKey + " was already used for a different request");
        }
        try {
            return new SubmissionOutcome(mapper.readValue((String) row[1], DossierView.class), true);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored answer of idempotency key " + idempotencyKey + " is unreadable", e);
        }
    }

    @Transactional
    public Optional<DossierView> find(String code) {
        return Dossier.findByCode(code).map(d -> toView(d, TimelineEntry.forDossier(d.id)));
    }

    static DossierView toView(Dossier d, List<TimelineEntry> timeline) {
        return new DossierView(d.id, d.code, d.procedureId, d.channel.name(), d.status.name(), d.nationalStatusCode,
                d.receivedAt, d.receivingAgency, d.competentAgency,
                new DossierView.Applicant(d.applicantType.name(), d.applicantName, d.applicantIdNumber),
                d.decision, d.decidedAt,
                d.resultId == null ? null : new DossierView.ResultRef(d.resultId, d.resultNumber, d.resultIssuedAt),
                timeline.stream()
                        .map(t -> new DossierView.TimelineItem(t.at, t.kind, t.description, t.source))
                        .toList());
    }

    private String sha256(Object value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json(value).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
