package vn.onestop.intake.dossier.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import vn.onestop.intake.catalog.domain.ComponentSpec;
import vn.onestop.intake.dossier.domain.Channel;
import vn.onestop.intake.dossier.domain.Completeness;
import vn.onestop.intake.dossier.domain.DossierAccess;
import vn.onestop.platform.rest.Actor;
import vn.onestop.intake.dossier.domain.Dossier;
import vn.onestop.intake.dossier.domain.DossierComponent;
import vn.onestop.intake.dossier.domain.StoredContent;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Set;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Components as handed in, at submission or with a supplement, and their digitization state
 * (BRIEF §8, the national data specification): content (decoded while the request was read,
 * {@link UploadedContent}) stored once with its SHA-256 (state 1); a reference checked against
 * intake's event-fed view of the applicant's e-document store (state 3); a digitized component of an
 * earlier dossier of the same applicant, whose stored file is shared (state 2); or a paper handed in
 * at a counter or by post and not scanned yet (state 0).
 */
@ApplicationScoped
public class ComponentIntake {

    private final EntityManager entityManager;

    ComponentIntake(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The uploads of one request, each stored once even when several dossiers of a bundle use it. */
    public static final class Uploads {
        private final List<SubmissionRequest.Component> given;
        private final Map<String, byte[]> contents = new LinkedHashMap<>();
        private final Map<String, StoredContent> stored = new LinkedHashMap<>();
        /** The earlier dossiers' components reused, by the code they fill here (found by {@link #check}). */
        private final Map<String, DossierComponent> reused = new LinkedHashMap<>();
        /** Who hands the components in: a reused component must come from a dossier they may read. */
        private final Actor actor;

        Uploads(List<SubmissionRequest.Component> given, Actor actor) {
            this.given = given;
            this.actor = actor;
            for (SubmissionRequest.Component component : given) {
                if (component.contentBase64() != null) {
                    contents.put(component.code(), component.contentBase64().bytes());
                }
            }
        }
    }

    public Uploads read(List<SubmissionRequest.Component> components, Actor actor) {
        return new Uploads(components, actor);
    }

    /**
     * The completeness findings of these components against a published list, for a dossier of
     * {@code ownerIdNumber} received through {@code channel} (paper exists only at a counter or by post).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Completeness.Finding> check(List<ComponentSpec> published, Uploads uploads, String ownerIdNumber,
                                            Channel channel) {
        List<Completeness.Provided> provided = new ArrayList<>();
        for (SubmissionRequest.Component c : uploads.given) {
            Set<Completeness.Way> ways = EnumSet.noneOf(Completeness.Way.class);
            if (c.contentBase64() != null) {
                ways.add(Completeness.Way.CONTENT);
            }
            if (c.documentRef() != null) {
                ways.add(Completeness.Way.DOCUMENT_STORE);
            }
            if (c.fromDossier() != null) {
                ways.add(Completeness.Way.EARLIER_DOSSIER);
            }
            if (c.onPaper()) {
                ways.add(Completeness.Way.PAPER);
            }
            String problem = null;
            byte[] content = uploads.contents.get(c.code());
            String mediaType = c.mediaType();
            if (ways.size() == 1 && ways.contains(Completeness.Way.DOCUMENT_STORE)) {
                problem = referenceProblem(c.documentRef(), ownerIdNumber);
            } else if (ways.size() == 1 && ways.contains(Completeness.Way.PAPER) && channel == Channel.ONLINE) {
                problem = "paper is handed in at a counter or by post; an ONLINE dossier uploads the file or reuses one";
            } else if (ways.size() == 1 && ways.contains(Completeness.Way.EARLIER_DOSSIER)) {
                String component = c.fromComponent() == null ? c.code() : c.fromComponent();
                Optional<DossierComponent> earlier = earlierComponent(c.fromDossier(), component, ownerIdNumber,
                        uploads.actor);
                if (earlier.isEmpty()) {
                    problem = "fromDossier " + c.fromDossier() + " has no digitized component " + component
                            + " of this applicant (not their dossier, no such component, or still on paper)";
                } else {
                    uploads.reused.put(c.code(), earlier.get());
                    StoredContent file = StoredContent.findById(earlier.get().contentId);
                    content = file.content;
                    mediaType = file.mediaType;
                }
            }
            provided.add(new Completeness.Provided(c.code(), ways, mediaType, content, problem));
        }
        return Completeness.check(published, provided);
    }

    /**
     * The latest digitized file of {@code component} in the dossier {@code code}, if that dossier is
     * the applicant's and the caller may read it (a representative names the applicant, so naming an
     * id number is not enough); a stranger's dossier and a missing one look the same.
     */
    private Optional<DossierComponent> earlierComponent(String code, String component, String ownerIdNumber,
                                                        Actor actor) {
        Optional<Dossier> earlier = Dossier.findByCode(code).filter(d -> DossierAccess.mayRead(actor, d));
        if (earlier.isEmpty()) {
            return Optional.empty();
        }
        return entityManager.createQuery("""
                        select c from DossierComponent c, Dossier d
                        where d.id = c.key.dossierId and d.code = :code and d.applicantIdNumber = :owner
                          and c.key.code = :component and c.contentId is not null
                        order by c.key.round desc""", DossierComponent.class)
                .setParameter("code", code).setParameter("owner", ownerIdNumber).setParameter("component", component)
                .setMaxResults(1).getResultStream().findFirst();
    }

    /** A reference must name a document of the applicant's e-document store. */
    private String referenceProblem(String documentRef, String ownerIdNumber) {
        UUID id;
        try {
            id = UUID.fromString(documentRef);
        } catch (IllegalArgumentException e) {
            return "documentRef " + documentRef + " is not a document id";
        }
        List<?> owner = entityManager.createNativeQuery("select owner_id_number from citizen_document where id = ?1")
                .setParameter(1, id).getResultList();
        if (owner.isEmpty()) {
            return "documentRef " + documentRef + " is not in the e-document store";
        }
        return ownerIdNumber.equals(owner.get(0)) ? null : "documentRef " + documentRef + " belongs to another person";
    }

    /** Stores the given components of a dossier that are in {@code specs}, as round {@code round}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<DossierComponent> store(Dossier dossier, List<ComponentSpec> specs, Uploads uploads, int round,
                                        OffsetDateTime now) {
        List<DossierComponent> stored = prepare(dossier, specs, uploads, round, now);
        stored.forEach(component -> component.persist());
        return stored;
    }

    /**
     * Like {@link #store}, but persists only the uploaded files (which do not refer to the dossier):
     * the components themselves are returned for the caller to persist once the dossier row is
     * written. A submission stores its files before it takes the day's dossier code, so that the
     * counter's lock does not wait for them.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<DossierComponent> prepare(Dossier dossier, List<ComponentSpec> specs, Uploads uploads, int round,
                                          OffsetDateTime now) {
        List<DossierComponent> stored = new ArrayList<>();
        for (SubmissionRequest.Component given : uploads.given) {
            Optional<ComponentSpec> spec = specs.stream().filter(s -> s.code().equals(given.code())).findFirst();
            if (spec.isEmpty()) {
                continue;
            }
            DossierComponent component = new DossierComponent();
            component.key = new DossierComponent.Key(dossier.id, given.code(), round);
            component.name = spec.get().name();
            component.receivedAt = now;
            DossierComponent earlier = uploads.reused.get(given.code());
            if (given.documentRef() != null) {
                component.source = "DOCUMENT_STORE";
                component.digitizationState = 3;
                component.documentRef = given.documentRef();
            } else if (given.onPaper()) {
                component.source = "PAPER";
                component.digitizationState = 0;
            } else if (earlier != null) {
                Dossier from = Dossier.findById(earlier.key.dossierId());
                component.source = "DOSSIER";
                component.digitizationState = 2;
                component.reusedFrom = from.code + "#" + earlier.key.code();
                component.fileName = earlier.fileName;
                component.mediaType = earlier.mediaType;
                component.sizeBytes = earlier.sizeBytes;
                component.sha256 = earlier.sha256;
                component.contentId = earlier.contentId;
            } else {
                StoredContent file = uploads.stored.computeIfAbsent(given.code(),
                        code -> storeContent(uploads.contents.get(code), given.mediaType(), now));
                component.source = "UPLOAD";
                component.digitizationState = 1;
                component.fileName = given.fileName();
                component.mediaType = given.mediaType();
                component.sizeBytes = file.sizeBytes;
                component.sha256 = file.sha256;
                component.contentId = file.id;
            }
            stored.add(component);
        }
        return stored;
    }

    /** Stores a file once, with its SHA-256. */
    @Transactional(Transactional.TxType.MANDATORY)
    public StoredContent storeContent(byte[] content, String mediaType, OffsetDateTime now) {
        StoredContent created = new StoredContent();
        created.id = UUID.randomUUID();
        created.sha256 = sha256(content);
        created.mediaType = mediaType;
        created.sizeBytes = content.length;
        created.content = content;
        created.createdAt = now;
        created.persist();
        return created;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
