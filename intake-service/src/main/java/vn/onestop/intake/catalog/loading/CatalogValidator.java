package vn.onestop.intake.catalog.loading;

import vn.onestop.intake.catalog.domain.Administration;
import vn.onestop.intake.catalog.domain.Catalog;
import vn.onestop.intake.catalog.domain.CatalogEntry;

import java.util.List;
import java.util.Map;

/**
 * Turns parsed catalog files into a {@link Catalog}, or refuses with every problem found, each naming
 * its file and item and carrying its {@link ProblemCode}. The shape of each item is already checked
 * against the JSON Schema ({@link CatalogSchema}); here, section by section, what ties items together:
 * the administration ({@link AdministrationValidator}), the entries and their versions
 * ({@link EntryValidator}, {@link ProcedureValidator}), the bundles against the procedures
 * ({@link BundleValidator}). Items that were already wrong are skipped, so one mistake is reported once.
 */
final class CatalogValidator {

    private final Problems problems;

    CatalogValidator(Problems problems) {
        this.problems = problems;
    }

    Catalog validate(List<CatalogFile.Parsed> files) {
        Administration administration = new AdministrationValidator(problems).validate(files);
        BundleValidator bundles = new BundleValidator(problems);
        EntryValidator entries = new EntryValidator(problems, new ProcedureValidator(problems, administration), bundles);
        Map<String, List<Sourced<CatalogEntry>>> byId = entries.validate(files);
        bundles.checkMembers(byId, entries.declaredIds());
        if (problems.any()) {
            throw new InvalidCatalogException(problems.all());
        }
        return new Catalog(byId.values().stream().flatMap(List::stream).map(Sourced::value).toList(), administration);
    }
}
