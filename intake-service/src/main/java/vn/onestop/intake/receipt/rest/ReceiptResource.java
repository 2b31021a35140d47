package vn.onestop.intake.receipt.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.onestop.intake.receipt.service.ReceiptService;
import vn.onestop.platform.rest.Caller;
import vn.onestop.platform.rest.ProblemException;
import vn.onestop.platform.rest.Roles;

@Path("/api/v1/dossiers/{code}/receipt")
public class ReceiptResource {

    static final String PDF = "application/pdf";

    private final ReceiptService receipts;
    private final Caller caller;

    ReceiptResource(ReceiptService receipts, Caller caller) {
        this.receipts = receipts;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.CITIZEN, Roles.CENTRE_STAFF, Roles.OFFICER, Roles.LEADER})
    @Produces(PDF)
    @Operation(summary = "Print the receipt and appointment slip",
            description = "Giấy tiếp nhận hồ sơ và hẹn trả kết quả: the dossier code, the procedure, the applicant, "
                    + "the components received, the promised return time and a QR code of the tracking link. For "
                    + "whoever may track the dossier: its applicant or representative, the receiving centre's counter "
                    + "staff, the competent agency's officers and leaders.")
    public Response receipt(@PathParam("code") String code) {
        byte[] pdf = receipts.pdf(code, caller.actor()).orElseThrow(() -> ProblemException.notFound("Dossier", code));
        return Response.ok(pdf, PDF)
                .header("Content-Disposition", "inline; filename=\"giay-tiep-nhan-" + code + ".pdf\"")
                .build();
    }
}
