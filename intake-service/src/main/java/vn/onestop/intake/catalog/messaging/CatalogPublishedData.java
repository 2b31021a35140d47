package vn.onestop.intake.catalog.messaging;

import vn.onestop.intake.catalog.domain.AdministrativeUnit;
import vn.onestop.intake.catalog.domain.Agency;
import vn.onestop.intake.catalog.domain.ReferenceSnapshot;

import java.time.OffsetDateTime;
import java.util.List;

/** Data of CatalogPublished (contracts: schemas/catalog-published.v1.json). */
public record CatalogPublishedData(String province, String sha256, OffsetDateTime publishedAt, List<String> levels,
                                   List<AdministrativeUnit> administrativeUnits, List<Agency> agencies,
                                   List<ReferenceSnapshot.ProcedureRef> procedures) {

    public static CatalogPublishedData of(ReferenceSnapshot snapshot, OffsetDateTime publishedAt) {
        return new CatalogPublishedData(snapshot.province(), snapshot.sha256(), publishedAt, snapshot.levels(),
                snapshot.administrativeUnits(), snapshot.agencies(), snapshot.procedures());
    }
}
