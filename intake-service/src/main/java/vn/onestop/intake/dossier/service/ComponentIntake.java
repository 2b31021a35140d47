package vn.onestop.intake.dossier.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import vn.onestop.intake.catalog.domain.ComponentSpec;
import vn.onestop.intake.dossier.domain.Completeness;
import vn.onestop.intake.dossier.domain.Dossier;
import vn.onestop.intake.dossier.domain.DossierComponent;
import vn.onestop.intake.dossier.domain.StoredContent;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Components as handed in, at submission or with a supplement: content (decoded while the request
 * was read, {@link UploadedContent}) stored once
 * with its SHA-256, or a reference checked against intake's event-fed view of the applicant's
 * e-document store (digitization state 3).
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

        Uploads(List<SubmissionRequest.Component> given) {
            this.given = given;
            for (SubmissionRequest.Component component : given) {
                if (component.contentBase64() != null) {
                    contents.put(component.code(), component.contentBase64().bytes());
                }
            }
        }
    }

    public Uploads read(List<SubmissionRequest.Component> components) {
        return new Uploads(components);
    }

    /** The completeness findings of these components against a published list. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Completeness.Finding> check(List<ComponentSpec> published, Uploads uploads, String ownerIdNumber) {
        List<Completeness.Provided> provided = uploads.given.stream().map(c -> new Completeness.Provided(c.code(),
                c.mediaType(), uploads.contents.get(c.code()), c.documentRef(),
                c.documentRef() == null ? null : referenceProblem(c.documentRef(), ownerIdNumber))).toList();
        return Completeness.check(published, provided);
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
            if (given.documentRef() != null) {
                component.source = "DOCUMENT_STORE";
                component.digitizationState = 3;
                component.documentRef = given.documentRef();
            } else {
                StoredContent file = uploads.stored.computeIfAbsent(given.code(), code -> {
                    byte[] content = uploads.contents.get(code);
                    StoredContent created = new StoredContent();
                    created.id = UUID.randomUUID();
                    created.sha256 = sha256(content);
                    created.mediaType = given.mediaType();
                    created.sizeBytes = content.length;
                    created.content = content;
                    created.createdAt = now;
                    created.persist();
                    return created;
                });
                component.source = "UPLOAD";
                component.digitizationState = 1;
                component.fileName = given.fileName();
                component.mediaType = given.mediaType();
                component.sizeBytes = file.sizeBytes;
                component.sha256 = file.sha256;
                component.contentId = file.id;
            }
            component.persist();
            stored.add(component);
        }
        return stored;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
