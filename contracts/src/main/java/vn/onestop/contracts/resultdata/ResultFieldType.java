package vn.onestop.contracts.resultdata;

/**
 * The format a field of a result's data takes (the {@code type} of a procedure's
 * {@code resultFields} in intake's catalog and processing's workflows). {@link ResultDataRules}
 * checks a value against it; a field without a type is {@link #TEXT}.
 */
public enum ResultFieldType {

    /** Non-blank text of at most {@value ResultDataRules#MAX_TEXT_LENGTH} characters. */
    TEXT,
    /** A calendar date, {@code YYYY-MM-DD}, in the province's reckoning. */
    DATE,
    /**
     * A personal identification number (số định danh cá nhân, on the chip-based citizen card): 12
     * digits, the first three a province code (001–096), the fourth the century and sex, the next
     * two the year of birth (Circular 59/2021/TT-BCA, art. 7).
     */
    PERSONAL_ID,
    /**
     * An enterprise or tax code: 10 digits, or 10 digits, a hyphen and 3 digits for a branch
     * (Circular 105/2020/TT-BTC, art. 5); the enterprise code is the tax code (Law on Enterprises
     * 2020, art. 29).
     */
    TAX_CODE,
    /** An amount of Vietnamese đồng: a JSON integer, zero or more. */
    AMOUNT_VND,
    /** A number of things (pages, copies): a JSON integer, one or more. */
    COUNT,
    /** A JSON boolean. */
    BOOLEAN
}
