package vn.onestop.intake.catalog.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The loaded, validated catalog: every version of every procedure and bundle, and the
 * administration they refer to. Immutable; built by the loader after validation.
 */
public final class Catalog {

    private final Map<String, List<CatalogEntry>> versions = new LinkedHashMap<>();
    private final Administration administration;
    private final BundlePlanner planner;
    private final CompetentAgencyResolver resolver;

    public Catalog(Collection<? extends CatalogEntry> entries, Administration administration) {
        for (CatalogEntry entry : entries) {
            versions.computeIfAbsent(entry.id(), id -> new ArrayList<>()).add(entry);
        }
        versions.replaceAll((id, list) -> list.stream()
                .sorted(Comparator.comparing(CatalogEntry::effectiveFrom)).toList());
        this.administration = administration;
        this.planner = new BundlePlanner(this::procedure);
        this.resolver = new CompetentAgencyResolver(administration);
    }

    public Administration administration() {
        return administration;
    }

    public CompetentAgencyResolver competentAgencies() {
        return resolver;
    }

    public boolean contains(String id) {
        return versions.containsKey(id);
    }

    /** All versions of an id, oldest first; empty for an unknown id. */
    public List<CatalogEntry> versions(String id) {
        return versions.getOrDefault(id, List.of());
    }

    /** The version of an id in force on a day. */
    public Optional<CatalogEntry> inForce(String id, LocalDate day) {
        return versions(id).stream().filter(e -> e.inForceOn(day)).findFirst();
    }

    /** The version of a procedure in force on a day; empty for a bundle id. */
    public Optional<Procedure> procedure(String id, LocalDate day) {
        return inForce(id, day).filter(Procedure.class::isInstance).map(Procedure.class::cast);
    }

    public Optional<Bundle> bundle(String id, LocalDate day) {
        return inForce(id, day).filter(Bundle.class::isInstance).map(Bundle.class::cast);
    }

    /** One version per id: those in force on the day, in catalog order. */
    public List<CatalogEntry> inForceOn(LocalDate day) {
        return versions.keySet().stream()
                .map(id -> inForce(id, day))
                .flatMap(Optional::stream)
                .sorted(CatalogIds.ORDER)
                .toList();
    }

    /**
     * One version per id, every id: the one in force on the day, or else the latest (an id retired, or
     * not in force yet, still names the dossiers received under it).
     */
    public List<CatalogEntry> currentOrLatest(LocalDate day) {
        return versions.keySet().stream()
                .map(id -> inForce(id, day).orElseGet(() -> versions(id).get(versions(id).size() - 1)))
                .sorted(CatalogIds.ORDER)
                .toList();
    }

    /** The entries in force on the day that match the query, in catalog order. */
    public List<CatalogEntry> search(CatalogQuery query, LocalDate day) {
        return inForceOn(day).stream().filter(e -> matches(e, query, day)).toList();
    }

    /**
     * The bundle's members, chain inputs and applicant components on a day for the chosen options.
     *
     * @throws IllegalArgumentException for an option the bundle does not have
     */
    public BundlePlan plan(Bundle bundle, LocalDate day, Set<String> chosenOptions) {
        return planner.plan(bundle, day, chosenOptions);
    }

    /** The plan with every option chosen: all members, each component marked with its member and option. */
    public BundlePlan fullPlan(Bundle bundle, LocalDate day) {
        return planner.plan(bundle, day, bundle.optionIds());
    }

    private boolean matches(CatalogEntry entry, CatalogQuery query, LocalDate day) {
        if (query.kind() != null && entry.kind() != query.kind()) {
            return false;
        }
        if (query.agencyType() != null || query.level() != null) {
            List<Procedure> deciding = entry instanceof Procedure procedure ? List.of(procedure)
                    : ((Bundle) entry).members().stream().map(m -> procedure(m, day)).flatMap(Optional::stream).toList();
            boolean any = deciding.stream().anyMatch(p ->
                    (query.agencyType() == null || p.competentAgency().type().equals(query.agencyType()))
                            && (query.level() == null || p.competentAgency().level().equals(query.level())));
            if (!any) {
                return false;
            }
        }
        return VietnameseText.matches(query.keyword(), entry.id(), entry.nationalCode(), entry.name(), entry.nameEn());
    }
}
