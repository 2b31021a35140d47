package vn.onestop.platform.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import vn.onestop.platform.rest.KeysetCursor;
import vn.onestop.platform.rest.Page;
import vn.onestop.platform.rest.QueryParams;
import vn.onestop.platform.rest.Roles;

import java.util.Set;
import java.util.TreeSet;


/** The audit trail of this service, for auditors only. */
@Path("/api/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    private final AuditTrail trail;
    private final AuditVerification verification;
    private final Instance<AuditAliases> aliases;

    AuditResource(AuditTrail trail, AuditVerification verification, Instance<AuditAliases> aliases) {
        this.trail = trail;
        this.verification = verification;
        this.aliases = aliases;
    }

    @GET
    @RolesAllowed(Roles.AUDITOR)
    @Operation(summary = "What was done to a record",
            description = "Every state-changing call about the record (refused ones too) and every event applied to "
                    + "it, oldest first: actor, roles, agency, time, action, outcome, and the entry's place in its "
                    + "hash chain. `dossier` is the dossier's id or its code (either gives the entries under both, "
                    + "and in results-service those of its results), or another record's key: a result id, a "
                    + "calendar's agency. Follow nextCursor.")
    public Page<AuditEntry> about(@Parameter(required = true, description = "The record's id or code")
                                  @QueryParam("dossier") String dossier, @QueryParam("cursor") String cursor,
                                  @QueryParam("limit") @DefaultValue("100") int limit) {
        QueryParams params = new QueryParams();
        String subject = params.text("dossier", dossier, 200);
        if (subject == null) {
            params.reject("dossier", "is required: the id or code of the record to audit");
        }
        params.limit(limit, 500);
        params.throwIfAny();
        long after = cursor == null ? 0 : KeysetCursor.decode(cursor, 1).key(0, Long::parseLong);
        Set<String> names = new TreeSet<>(Set.of(subject));
        aliases.forEach(a -> names.addAll(a.of(subject)));
        return Page.ofOneMore(trail.about(names, after, limit + 1), limit, entry -> entry,
                last -> KeysetCursor.encode(last.id()));
    }

    @GET
    @Path("/verification")
    @RolesAllowed(Roles.AUDITOR)
    @Operation(summary = "Verify the audit trail",
            description = "Walks every hash chain of this service's trail: intact when every entry is where its chain "
                    + "expects it and still gives its hash; otherwise each break names the chain, position, entry id "
                    + "and what no longer fits (a row changed, removed or added by hand).")
    public AuditVerification.Report verify() {
        return verification.verify();
    }
}
