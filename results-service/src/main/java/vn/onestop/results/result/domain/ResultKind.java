package vn.onestop.results.result.domain;

/** What a result is; the abbreviation goes into its number. */
public enum ResultKind {
    CERTIFICATE("GCN"),
    LICENCE("GP"),
    RECORD_UPDATE("CN"),
    DECISION("QD"),
    TAX_RECEIPT("BL"),
    CERTIFIED_COPY("BS");

    private final String abbreviation;

    ResultKind(String abbreviation) {
        this.abbreviation = abbreviation;
    }

    public String abbreviation() {
        return abbreviation;
    }
}
