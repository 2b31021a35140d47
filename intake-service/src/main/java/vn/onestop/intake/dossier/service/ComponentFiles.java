package vn.onestop.intake.dossier.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.onestop.intake.dossier.domain.Dossier;
import vn.onestop.intake.dossier.domain.DossierAccess;
import vn.onestop.intake.dossier.domain.DossierComponent;
import vn.onestop.intake.dossier.domain.StoredContent;
import vn.onestop.platform.rest.Actor;

import java.util.Comparator;
import java.util.Optional;

/**
 * The file of a dossier's component, for whoever may read the dossier (the officer who appraises it
 * opens each uploaded file). Only what intake stores: an upload, a scan or a reused upload; a paper
 * not scanned yet or a document of the e-document store or of a chain has no file here.
 */
@ApplicationScoped
public class ComponentFiles {

    public record File(String mediaType, byte[] content) {
    }

    /**
     * {@code round}: the reception (0) or a supplement round; null for the latest round that has the
     * component. Empty when the dossier is unknown or not the actor's to read, or there is no file.
     */
    @Transactional
    public Optional<File> file(String code, String component, Integer round, Actor actor) {
        return Dossier.findByCode(code).filter(d -> DossierAccess.mayRead(actor, d))
                .flatMap(d -> DossierComponent.of(d.id).stream()
                        .filter(c -> c.key.code().equals(component) && c.contentId != null)
                        .filter(c -> round == null || c.key.round() == round)
                        .max(Comparator.comparingInt(c -> c.key.round())))
                .map(c -> StoredContent.<StoredContent>findById(c.contentId))
                .map(stored -> new File(stored.mediaType, stored.content));
    }
}
