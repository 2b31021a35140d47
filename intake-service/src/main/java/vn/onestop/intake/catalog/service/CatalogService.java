package vn.onestop.intake.catalog.service;

import vn.onestop.intake.config.CatalogConfig;
import io.quarkus.logging.Log;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import vn.onestop.intake.catalog.domain.Administration;
import vn.onestop.intake.catalog.domain.Bundle;
import vn.onestop.intake.catalog.domain.BundlePlan;
import vn.onestop.intake.catalog.domain.Catalog;
import vn.onestop.intake.catalog.domain.CatalogEntry;
import vn.onestop.intake.catalog.domain.CatalogIds;
import vn.onestop.intake.catalog.domain.CatalogQuery;
import vn.onestop.intake.catalog.domain.CompetentAgencyResolver;
import vn.onestop.intake.catalog.domain.EntryKind;
import vn.onestop.intake.catalog.domain.Procedure;
import vn.onestop.intake.catalog.loading.CatalogLoader;
import vn.onestop.platform.rest.KeysetCursor;
import vn.onestop.platform.rest.Page;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The procedure catalog, loaded and validated at start: an invalid catalog stops the service with a
 * message naming each file and entry in trouble. Lookups take the day the dossier is received
 * under, so a dossier keeps the version of its reception day.
 */
@Startup
@Singleton
public class CatalogService {

    /** The first key of a catalog cursor: a cursor of another format (or another list) is refused. */
    private static final String CURSOR_FORMAT = "c1";

    private final Catalog catalog;
    private final Clock clock;
    private final ZoneId zone;

    CatalogService(CatalogConfig config, Clock clock) {
        this.catalog = CatalogLoader.load(config.files());
        this.clock = clock;
        this.zone = config.zone();
        Administration administration = catalog.administration();
        Log.infof("catalog loaded from %s: %d entries in force today, %d agencies in %d administrative units",
                config.files(), catalog.inForceOn(today()).size(), administration.agencies().size(),
                administration.units().size());
    }

    /** The resolver the submission code injects to route a dossier. */
    @Produces
    @Singleton
    CompetentAgencyResolver competentAgencyResolver() {
        return catalog.competentAgencies();
    }

    public Catalog catalog() {
        return catalog;
    }

    public Administration administration() {
        return catalog.administration();
    }

    /** Today in the province. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    /** The version of a procedure or bundle in force on the day. */
    public Optional<CatalogEntry> entry(String id, LocalDate day) {
        return catalog.inForce(id, day);
    }

    public Optional<Procedure> procedure(String id, LocalDate day) {
        return catalog.procedure(id, day);
    }

    public Optional<Bundle> bundle(String id, LocalDate day) {
        return catalog.bundle(id, day);
    }

    /**
     * Members, chain inputs and the components the applicant must provide for the chosen options.
     *
     * @throws IllegalArgumentException for an option the bundle does not have
     */
    public BundlePlan plan(Bundle bundle, LocalDate day, Set<String> chosenOptions) {
        return catalog.plan(bundle, day, chosenOptions);
    }

    /**
     * One page of the entries in force on the day that match, in catalog order (kind, then natural
     * id order); the cursor is the last entry of the previous page.
     */
    public Page<CatalogEntry> search(CatalogQuery query, LocalDate day, String cursor, int limit) {
        List<CatalogEntry> matching = catalog.search(query, day);
        List<CatalogEntry> rest = cursor == null ? matching : matching.stream().filter(after(cursor)).toList();
        return Page.ofOneMore(rest.stream().limit(limit + 1L).toList(), limit, entry -> entry,
                last -> KeysetCursor.encode(CURSOR_FORMAT, last.kind(), last.id()));
    }

    /** The entries after the cursor's position. */
    private static Predicate<CatalogEntry> after(String cursor) {
        KeysetCursor position = KeysetCursor.decode(cursor, 3);
        if (!CURSOR_FORMAT.equals(position.string(0))) {
            throw KeysetCursor.malformed();
        }
        EntryKind kind = position.enumValue(1, EntryKind.class);
        String id = position.string(2);
        return entry -> {
            int byKind = entry.kind().compareTo(kind);
            return byKind > 0 || (byKind == 0 && CatalogIds.NATURAL.compare(entry.id(), id) > 0);
        };
    }
}
