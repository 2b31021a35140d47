package vn.onestop.intake.payment.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.onestop.intake.payment.service.OnlinePayments;
import vn.onestop.platform.rest.ProblemException;
import vn.onestop.platform.rest.Roles;

import java.time.Duration;
import java.time.format.DateTimeParseException;

/** The payment gateway's side: its signed callback, and reconciliation with it. */
@Path("/api/v1/payments")
@Produces(MediaType.APPLICATION_JSON)
public class PaymentResource {

    private final OnlinePayments payments;

    PaymentResource(OnlinePayments payments) {
        this.payments = payments;
    }

    @POST
    @Path("/callback")
    @PermitAll
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "The payment gateway's callback",
            description = "Called by the gateway, not by people: a payment's outcome, signed with the shared secret "
                    + "(header X-Signature: hex HMAC-SHA256 of the body). 400 invalid-signature (a public operation: "
                    + "no token; a message whose signature does not verify is invalid), 404 for an unknown "
                    + "payment, 422 amount-mismatch (nothing recorded as paid). Applied once; a replay answers 204 "
                    + "again and changes nothing.")
    public Response callback(@HeaderParam("X-Signature") String signature, byte[] body) {
        payments.callback(body == null ? new byte[0] : body, signature);
        return Response.noContent().build();
    }

    @POST
    @Path("/reconciliation")
    @RolesAllowed({Roles.OPERATOR, Roles.ADMIN})
    @Operation(summary = "Reconcile pending payments with the gateway now",
            description = "Asks the gateway about every payment still pending for at least olderThan (ISO-8601 "
                    + "duration, default PT0S: all of them) and records what it says; a lost callback is found this "
                    + "way. The service also does it on a schedule (onestop.payments.reconcile.every).")
    public OnlinePayments.Reconciliation reconcile(@QueryParam("olderThan") @DefaultValue("PT0S") String olderThan) {
        Duration after;
        try {
            after = Duration.parse(olderThan);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid("olderThan must be an ISO-8601 duration such as PT5M", java.util.List.of(
                    new vn.onestop.platform.rest.Problem.Violation("olderThan", "not an ISO-8601 duration: " + olderThan)));
        }
        if (after.isNegative() || after.compareTo(Duration.ofDays(3660)) > 0) {
            throw ProblemException.invalid("olderThan must be between PT0S and 3660 days", java.util.List.of(
                    new vn.onestop.platform.rest.Problem.Violation("olderThan", "out of range: " + olderThan)));
        }
        return payments.reconcile(after);
    }
}
