package vn.onestop.intake.receipt.service;

/**
 * The name of a service centre or agency, from its code. The agency directory will provide it;
 * until then {@link ReceiptLookups} answers with the code.
 */
public interface AgencyNames {

    String nameOf(String agencyCode);
}
