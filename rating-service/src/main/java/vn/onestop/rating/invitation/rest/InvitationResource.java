package vn.onestop.rating.invitation.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.onestop.rating.invitation.service.InvitationService;
import vn.onestop.rating.invitation.service.InvitationView;
import vn.onestop.platform.rest.ProblemException;

@Path("/api/v1/dossiers/{code}/rating-invitation")
@Produces(MediaType.APPLICATION_JSON)
public class InvitationResource {

    private final InvitationService invitations;

    InvitationResource(InvitationService invitations) {
        this.invitations = invitations;
    }

    @GET
    @Operation(summary = "Whether, and since when, the applicant of a dossier may rate the service")
    public InvitationView get(@PathParam("code") String code) {
        return invitations.find(code).orElseThrow(() -> ProblemException.notFound("Rating invitation", code));
    }
}
