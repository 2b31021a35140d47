package vn.onestop.rating.reference.domain;

import java.util.Set;

/**
 * What an index is computed for: one agency, an administrative unit with its sub-units, or the whole
 * province; optionally narrowed to the agencies of one level. A dossier belongs to a scope when its
 * competent agency or its receiving agency does (boundary-free intake: both are accountable).
 *
 * @param kind     AGENCY, UNIT or PROVINCE
 * @param code     the agency or unit code (the province's unit code for PROVINCE)
 * @param level    the level the agencies were narrowed to, or null
 * @param agencies the agencies of the scope; ignored when {@code allAgencies}
 * @param allAgencies the whole province without a level: every agency, including ones the reference
 *                 data does not list
 */
public record Scope(Kind kind, String code, String name, String level, Set<String> agencies, boolean allAgencies) {

    public enum Kind {
        AGENCY, UNIT, PROVINCE
    }

    public boolean containsAgency(String agency) {
        return allAgencies || (agency != null && agencies.contains(agency));
    }

    /** Whether a dossier with these agencies belongs to the scope. */
    public boolean containsDossier(String competentAgency, String receivingAgency) {
        return containsAgency(competentAgency) || containsAgency(receivingAgency);
    }
}
