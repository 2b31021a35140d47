package vn.onestop.platform.audit;

import java.util.Set;

/**
 * The other names a record goes by in a service's audit trail: calls name a dossier by the code in
 * their path, events by its id, a result's calls by the result's id. A service that names one
 * record in several ways provides this bean, so that {@code GET /api/v1/audit?dossier=} answers
 * with all of them whichever name the auditor gives. Without one, a record has only its own name.
 */
public interface AuditAliases {

    /** The names {@code subject} also goes by here (without itself); empty for an unknown one. */
    Set<String> of(String subject);
}
