package vn.onestop.rating.invitation.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.onestop.rating.invitation.service.InvitationService;
import vn.onestop.rating.invitation.service.InvitationView;
import vn.onestop.platform.rest.Caller;
import vn.onestop.platform.rest.ProblemException;
import vn.onestop.platform.rest.Roles;

@Path("/api/v1/dossiers/{code}/rating-invitation")
@Produces(MediaType.APPLICATION_JSON)
public class InvitationResource {

    private final InvitationService invitations;
    private final Caller caller;

    InvitationResource(InvitationService invitations, Caller caller) {
        this.invitations = invitations;
        this.caller = caller;
    }

    @GET
    @RolesAllowed(Roles.CITIZEN)
    @Operation(summary = "Whether, and since when, the applicant of a dossier may rate the service",
            description = "For the dossier's applicant; a 404 for anyone else, as when there is no invitation.")
    public InvitationView get(@PathParam("code") String code) {
        return invitations.find(code, caller.actor())
                .orElseThrow(() -> ProblemException.notFound("Rating invitation", code));
    }
}
