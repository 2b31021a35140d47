package vn.onestop.platform.rest;

/**
 * The realm roles of the platform (docs/security.md). A token carries them in
 * {@code realm_access.roles}; officers, counter staff, leaders and partner systems also carry the
 * {@code agency} they act for, citizens their personal {@code id_number}.
 */
public final class Roles {

    /** A person acting for themselves: their own dossiers, results, documents and ratings. */
    public static final String CITIZEN = "citizen";
    /** An officer of one agency: its tasks and the dossiers it handles. */
    public static final String OFFICER = "officer";
    /** Counter staff of one service centre: counter intake for a citizen, handover, the centre's channels. */
    public static final String CENTRE_STAFF = "centre-staff";
    /** A leader of one agency: stopping a dossier, apologies. */
    public static final String LEADER = "leader";
    /** A partner agency's system: that agency's tasks only. */
    public static final String PARTNER_SYSTEM = "partner-system";
    /** Province administration: calendars, revocations, index snapshots. */
    public static final String ADMIN = "admin";
    /** Runs the platform: projection rebuilds, portal sync, blocked results. */
    public static final String OPERATOR = "operator";
    /** Reads the audit trail. */
    public static final String AUDITOR = "auditor";

    private Roles() {
    }
}
