package vn.onestop.intake.receipt.service;

/**
 * The Vietnamese name of a procedure, as the receipt prints it. The catalog will provide it; until
 * then {@link ReceiptLookups} answers with the procedure id.
 */
public interface ProcedureNames {

    String nameOf(String procedureId);
}
