package vn.onestop.intake.dossier.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import vn.onestop.intake.catalog.domain.Agency;
import vn.onestop.intake.catalog.domain.CatalogEntry;
import vn.onestop.intake.catalog.service.CatalogService;
import vn.onestop.intake.dossier.domain.Dossier;
import vn.onestop.intake.dossier.domain.DossierComponent;
import vn.onestop.intake.receipt.domain.ReceiptData;
import vn.onestop.intake.receipt.service.AgencyNames;
import vn.onestop.intake.receipt.service.ProcedureNames;
import vn.onestop.intake.receipt.service.ReceiptDetails;

/**
 * What the receipt prints: names from the catalog, the promise and the components received from
 * the dossier. Replaces the stand-ins of the receipt feature.
 */
@ApplicationScoped
public class DossierReceiptLookups {

    @Produces
    @ApplicationScoped
    ProcedureNames procedureNames(CatalogService catalog) {
        return id -> catalog.entry(id, catalog.today()).map(CatalogEntry::name).orElse(id);
    }

    @Produces
    @ApplicationScoped
    AgencyNames agencyNames(CatalogService catalog) {
        return code -> catalog.administration().agency(code).map(Agency::name).orElse(code);
    }

    @Produces
    @ApplicationScoped
    ReceiptDetails receiptDetails() {
        return dossierId -> {
            Dossier dossier = Dossier.findById(dossierId);
            if (dossier == null) {
                return ReceiptDetails.Details.NONE;
            }
            return new ReceiptDetails.Details(dossier.dueAt, DossierComponent.of(dossierId).stream()
                    .filter(c -> c.key.round() == 0)
                    .map(c -> new ReceiptData.Component(c.name, ReceiptData.ComponentSource.valueOf(c.source)))
                    .toList(), null);
        };
    }
}
