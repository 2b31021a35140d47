package vn.onestop.intake.catalog.loading;

import java.util.Arrays;

/**
 * The machine-readable code of a catalog problem: one per rule, stable, listed in docs/catalog.md.
 * The shape codes are the JSON Schema keyword that failed (catalog/schema/catalog-file.json); the
 * others are the rules checked in code, which tie items together.
 */
public enum ProblemCode {

    // files and sections, checked while reading
    FILE_UNREADABLE("file-unreadable"),
    NO_FILES("no-files"),
    JSON_SYNTAX("json-syntax"),
    NOT_AN_OBJECT("not-an-object"),
    UNKNOWN_SECTION("unknown-section"),
    NOT_A_LIST("not-a-list"),
    UNKNOWN_FIELD("unknown-field"),
    WRONG_TYPE("wrong-type"),

    // shape of an item, checked by the JSON Schema
    FIELD_REQUIRED("field-required"),
    FIELD_NOT_ALLOWED("field-not-allowed"),
    PATTERN("pattern"),
    FORMAT("format"),
    NOT_ONE_OF("not-one-of"),
    MINIMUM("minimum"),
    MIN_ITEMS("min-items"),
    UNIQUE_ITEMS("unique-items"),
    /** Any other schema keyword. */
    SHAPE("shape"),

    // administration
    NO_LEVELS("no-levels"),
    LEVELS_DECLARED_TWICE("levels-declared-twice"),
    /** A code, id or name declared twice, or listed twice in one list. */
    DUPLICATE_CODE("duplicate-code"),
    UNKNOWN_LEVEL("unknown-level"),
    UNKNOWN_AGENCY_TYPE("unknown-agency-type"),
    UNKNOWN_UNIT("unknown-unit"),
    PARENT_UNIT_REQUIRED("parent-unit-required"),
    UNKNOWN_PARENT_UNIT("unknown-parent-unit"),
    PARENT_UNIT_NOT_ABOVE("parent-unit-not-above"),
    AGENCY_LEVEL_MISMATCH("agency-level-mismatch"),
    UNKNOWN_PARENT_AGENCY("unknown-parent-agency"),
    AMBIGUOUS_AGENCY("ambiguous-agency"),
    AGENCY_PARENT_CYCLE("agency-parent-cycle"),

    // entries and procedures
    EFFECTIVE_TO_BEFORE_FROM("effective-to-before-from"),
    CHANNEL_NOT_ALLOWED("channel-not-allowed"),
    SAME_DAY_VALUE("same-day-value"),
    CUTOFF_REQUIRED("cutoff-required"),
    CUTOFF_NOT_ALLOWED("cutoff-not-allowed"),
    NO_COMPETENT_AGENCY("no-competent-agency"),
    INVALID_RESULT_FIELD("invalid-result-field"),
    INSTANT_NOT_SAME_DAY("instant-not-same-day"),
    INSTANT_WITHOUT_COUNTER("instant-without-counter"),
    ONLINE_SERVICE_CHANNEL_MISMATCH("online-service-channel-mismatch"),
    ONLINE_ACCEPTANCE_WITHOUT_ONLINE("online-acceptance-without-online"),

    // versions of an id
    KIND_CHANGED("kind-changed"),
    DUPLICATE_VERSION("duplicate-version"),
    OVERLAPPING_VERSIONS("overlapping-versions"),
    VERSION_ORDER("version-order"),

    // bundles
    NOT_A_MEMBER("not-a-member"),
    MEMBER_IN_TWO_OPTIONS("member-in-two-options"),
    NO_MANDATORY_MEMBER("no-mandatory-member"),
    SELF_EDGE("self-edge"),
    COMPONENT_PROVIDED_TWICE("component-provided-twice"),
    UNPAIRED_EDGE("unpaired-edge"),
    MANDATORY_DEPENDS_ON_OPTIONAL("mandatory-depends-on-optional"),
    CHAIN_CYCLE("chain-cycle"),
    UNKNOWN_MEMBER("unknown-member"),
    MEMBER_IS_BUNDLE("member-is-bundle"),
    MEMBER_NOT_IN_FORCE("member-not-in-force"),
    COMPONENT_NOT_LISTED("component-not-listed"),
    COMPONENT_MISMATCH("component-mismatch");

    private final String id;

    ProblemCode(String id) {
        this.id = id;
    }

    /** The code as logs and documents write it: {@code unknown-agency-type}. */
    public String id() {
        return id;
    }

    /** @throws IllegalArgumentException if no code has this id */
    public static ProblemCode of(String id) {
        return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no catalog problem code \"" + id + "\""));
    }

    @Override
    public String toString() {
        return id;
    }
}
