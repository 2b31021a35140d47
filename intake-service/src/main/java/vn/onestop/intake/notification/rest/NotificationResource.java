package vn.onestop.intake.notification.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.onestop.intake.notification.service.NotificationService;
import vn.onestop.intake.notification.service.NotificationView;
import vn.onestop.platform.rest.Page;
import vn.onestop.platform.rest.ProblemException;

@Path("/api/v1/dossiers/{code}/notifications")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationResource {

    private final NotificationService notifications;

    NotificationResource(NotificationService notifications) {
        this.notifications = notifications;
    }

    @GET
    @Operation(summary = "Notifications sent to the applicant",
            description = "Every message about the dossier, oldest first, one per channel: status (PENDING, SENDING, "
                    + "RETRY, SENT, RECORDED, FAILED), attempts and the last error. A dossier has few: a single page.")
    public Page<NotificationView> list(@PathParam("code") String code) {
        return Page.last(notifications.forDossier(code).orElseThrow(() -> ProblemException.notFound("Dossier", code)));
    }
}
