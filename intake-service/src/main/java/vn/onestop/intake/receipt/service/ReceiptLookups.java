package vn.onestop.intake.receipt.service;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/**
 * Stand-ins used until the catalog and the agency directory exist: any bean implementing one of
 * these interfaces replaces its stand-in without further wiring.
 */
@ApplicationScoped
public class ReceiptLookups {

    @Produces
    @DefaultBean
    @ApplicationScoped
    ProcedureNames procedureIdAsName() {
        return procedureId -> procedureId;
    }

    @Produces
    @DefaultBean
    @ApplicationScoped
    AgencyNames agencyCodeAsName() {
        return agencyCode -> agencyCode;
    }

    @Produces
    @DefaultBean
    @ApplicationScoped
    ReceiptDetails noDetails() {
        return dossierId -> ReceiptDetails.Details.NONE;
    }
}
