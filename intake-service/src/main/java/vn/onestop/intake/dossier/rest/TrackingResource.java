package vn.onestop.intake.dossier.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import vn.onestop.intake.dossier.service.DossierService;
import vn.onestop.intake.dossier.service.PublicTracking;
import vn.onestop.platform.rest.ProblemException;

/** The page a receipt's tracking QR code opens: public, reached only through the dossier's random secret. */
@Path("/api/v1/tracking")
@Produces(MediaType.APPLICATION_JSON)
public class TrackingResource {

    private final DossierService dossiers;

    TrackingResource(DossierService dossiers) {
        this.dossiers = dossiers;
    }

    @GET
    @PermitAll
    @Path("/{secret}")
    @Operation(summary = "Follow a dossier from its tracking link",
            description = "No login: the secret printed in the receipt's QR code (and in the applicant's messages) "
                    + "shows the status, national status code, due date and the kinds of steps taken, with no "
                    + "personal data. An unknown secret is a 404, like any other.")
    public PublicTracking track(@Parameter(description = "The tracking secret from the receipt's link")
                                @PathParam("secret") String secret) {
        return dossiers.track(secret).orElseThrow(() -> ProblemException.notFound("Tracking link", "with this secret"));
    }
}
