package vn.onestop.intake.notification.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.onestop.intake.notification.service.NotificationService;
import vn.onestop.intake.notification.service.NotificationView;
import vn.onestop.platform.rest.Caller;
import vn.onestop.platform.rest.Page;
import vn.onestop.platform.rest.ProblemException;
import vn.onestop.platform.rest.Roles;

@Path("/api/v1/dossiers/{code}/notifications")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationResource {

    private final NotificationService notifications;
    private final Caller caller;

    NotificationResource(NotificationService notifications, Caller caller) {
        this.notifications = notifications;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.CITIZEN, Roles.CENTRE_STAFF, Roles.OFFICER, Roles.LEADER})
    @Operation(summary = "Notifications sent to the applicant",
            description = "Every message about the dossier, oldest first, one per channel: status (PENDING, SENDING, "
                    + "RETRY, SENT, RECORDED, FAILED), attempts and the last error. A dossier has few: a single page. For "
                    + "whoever may track the dossier: its applicant or representative, the receiving centre's counter "
                    + "staff, the competent agency's officers and leaders.")
    public Page<NotificationView> list(@PathParam("code") String code) {
        return Page.last(notifications.forDossier(code, caller.actor())
                .orElseThrow(() -> ProblemException.notFound("Dossier", code)));
    }
}
