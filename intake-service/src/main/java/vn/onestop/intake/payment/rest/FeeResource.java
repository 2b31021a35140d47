package vn.onestop.intake.payment.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.onestop.intake.payment.service.FeeObligations;
import vn.onestop.intake.payment.service.ObligationView;
import vn.onestop.intake.payment.service.OnlinePayments;
import vn.onestop.intake.receipt.service.ReceiptService;
import vn.onestop.platform.rest.Caller;
import vn.onestop.platform.rest.ProblemException;
import vn.onestop.platform.rest.Roles;

import java.util.List;
import java.util.UUID;

/** What the applicant owes for a dossier, paying it online or at the counter, and its electronic receipts. */
@Path("/api/v1/dossiers/{code}/fees")
@Produces(MediaType.APPLICATION_JSON)
public class FeeResource {

    private final FeeObligations obligations;
    private final OnlinePayments payments;
    private final ReceiptService receipts;
    private final Caller caller;

    FeeResource(FeeObligations obligations, OnlinePayments payments, ReceiptService receipts, Caller caller) {
        this.obligations = obligations;
        this.payments = payments;
        this.receipts = receipts;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.CITIZEN, Roles.CENTRE_STAFF, Roles.OFFICER, Roles.LEADER})
    @Operation(summary = "What the dossier owes",
            description = "The procedure's fees for the dossier's channel (owed from reception) and the fees or taxes "
                    + "an officer asked for during processing (the clock waits for them), each DUE, PAID (with its "
                    + "electronic receipt number), SETTLED (confirmed by the agency outside the platform) or CANCELLED, "
                    + "with its online payment attempts. For whoever may read the dossier.")
    public List<ObligationView> list(@PathParam("code") String code) {
        return obligations.list(code, caller.actor());
    }

    @GET
    @Path("/{obligation}")
    @RolesAllowed({Roles.CITIZEN, Roles.CENTRE_STAFF, Roles.OFFICER, Roles.LEADER})
    @Operation(summary = "One obligation of the dossier, with its payment attempts")
    public ObligationView get(@PathParam("code") String code, @PathParam("obligation") String obligation) {
        return obligations.get(code, id(obligation), caller.actor());
    }

    @POST
    @Path("/{obligation}/payments")
    @RolesAllowed(Roles.CITIZEN)
    @Operation(summary = "Pay online: start a payment at the payment gateway",
            description = "The applicant or their representative. Answered 201 with the gateway's pay page (payUrl), "
                    + "where the applicant's browser goes to pay; the gateway's signed callback records the outcome. An "
                    + "attempt still open is answered again (200) rather than doubled. 409 obligation-not-due when it "
                    + "is paid, settled or cancelled; 503 payment-unavailable when the gateway cannot be reached.")
    public Response pay(@PathParam("code") String code, @PathParam("obligation") String obligation, UriInfo uri) {
        OnlinePayments.Started started = payments.start(code, id(obligation), caller.actor(), uri.getBaseUri());
        return Response.status(started.created() ? 201 : 200).entity(started.payment()).build();
    }

    @POST
    @Path("/{obligation}/counter-payment")
    @RolesAllowed(Roles.CENTRE_STAFF)
    @Operation(summary = "Record a payment taken at the counter",
            description = "The receiving centre's counter staff took the payment in cash or by card: the obligation is "
                    + "PAID with an electronic receipt, and FeePaid is published (a requested payment ends the "
                    + "processing pause). 409 payment-in-progress while an online attempt may still be paid.")
    public ObligationView counterPayment(@PathParam("code") String code, @PathParam("obligation") String obligation) {
        return obligations.paidAtCounter(code, id(obligation), caller.actor());
    }

    @GET
    @Path("/{obligation}/receipt")
    @RolesAllowed({Roles.CITIZEN, Roles.CENTRE_STAFF, Roles.OFFICER, Roles.LEADER})
    @Produces("application/pdf")
    @Operation(summary = "Print the electronic receipt of a paid obligation",
            description = "Biên lai thu phí, lệ phí điện tử: number, payer, what was paid, how and when. 409 not-paid "
                    + "while unpaid.")
    public Response receipt(@PathParam("code") String code, @PathParam("obligation") String obligation) {
        byte[] pdf = receipts.feeReceipt(code, id(obligation), caller.actor())
                .orElseThrow(() -> ProblemException.notFound("Dossier", code));
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "inline; filename=\"bien-lai-" + code + ".pdf\"").build();
    }

    private static UUID id(String obligation) {
        try {
            return UUID.fromString(obligation);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("Obligation", obligation);
        }
    }
}
