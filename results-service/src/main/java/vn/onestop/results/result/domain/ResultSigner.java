package vn.onestop.results.result.domain;

import java.util.Map;

/**
 * Who a result names as its signer (docs/results.md, "Issuing"): the holder of the signing key,
 * {@code onestop.results.signing.signer}.
 *
 * <p>The result data cannot name one. It once could (a {@code signer} key), which let whoever
 * completed the deciding task print any name, a chairman's for instance, above a valid signature.
 * DossierDecided's {@code decidedBy} is the code of the deciding agency, already the result's
 * issuer, and the decision names no deciding officer; until it does (from the officer's token in
 * processing), the key holder signs. A {@code signer} in the data is refused rather than kept as
 * data: printed among the content under "Người ký" it would still claim a signer, and silently
 * dropping it would change what the agency decided without telling it. The result is blocked with
 * the reason, and the agency's correction without the field issues it.
 */
public final class ResultSigner {

    /** The result data field that used to name the signer, now refused. */
    public static final String DATA_FIELD = "signer";

    private ResultSigner() {
    }

    /**
     * @throws ResultDataRejected if the data names a signer
     */
    public static String of(Map<String, Object> data, String keyHolder) {
        if (data != null && data.containsKey(DATA_FIELD)) {
            throw new ResultDataRejected(DATA_FIELD, "is not result data: a result is signed by the holder of the "
                    + "signing key (" + keyHolder + "), not by a name in the decision's data");
        }
        return keyHolder;
    }
}
