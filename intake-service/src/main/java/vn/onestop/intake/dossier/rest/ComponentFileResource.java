package vn.onestop.intake.dossier.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.onestop.intake.dossier.service.ComponentFiles;
import vn.onestop.platform.rest.Caller;
import vn.onestop.platform.rest.ProblemException;
import vn.onestop.platform.rest.QueryParams;
import vn.onestop.platform.rest.Roles;

/** The stored file of a dossier's component, as it was uploaded or scanned. */
@Path("/api/v1/dossiers/{code}/components/{component}/file")
public class ComponentFileResource {

    private final ComponentFiles files;
    private final Caller caller;

    ComponentFileResource(ComponentFiles files, Caller caller) {
        this.files = files;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.CITIZEN, Roles.CENTRE_STAFF, Roles.OFFICER, Roles.LEADER})
    @Operation(summary = "Open the file of a dossier's component",
            description = "The bytes stored for an uploaded or scanned component, with the media type it was "
                    + "received with; round: 0 at reception, 1, 2... for supplements (default: the latest). For "
                    + "whoever may read the dossier (its applicant or representative, the receiving centre, the "
                    + "competent agency); 404 for anyone else, and for a component without a file here (a paper "
                    + "not scanned yet, a document of the e-document store or a chained result).")
    public Response file(@PathParam("code") String code, @PathParam("component") String component,
                         @QueryParam("round") String round) {
        QueryParams params = new QueryParams();
        Integer wanted = null;
        if (round != null) {
            try {
                wanted = Integer.valueOf(round);
            } catch (NumberFormatException notANumber) {
                wanted = -1;
            }
            if (wanted < 0) {
                params.reject("round", "must be 0 or a supplement round (1, 2, ...)");
            }
        }
        params.throwIfAny();
        ComponentFiles.File file = files.file(code, component, wanted, caller.actor())
                .orElseThrow(() -> ProblemException.notFound("Component file", code + "/" + component));
        // served as stored: never sniffed into something the browser would run
        return Response.ok(file.content(), file.mediaType())
                .header("Content-Disposition", "inline; filename=\"" + safe(code) + "-" + safe(component) + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    /** A file name of letters, digits, dot, dash and underscore only (codes may not be safe in a header). */
    private static String safe(String value) {
        return value.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
