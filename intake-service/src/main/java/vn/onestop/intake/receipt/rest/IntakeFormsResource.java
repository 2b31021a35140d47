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

import java.util.Optional;

/**
 * The other forms of Circular 01/2018 a dossier may carry, besides the receipt (form 01): the guidance
 * or refusal slip of a refusal at intake (02, 03) and the apology letter with a new date (04). For
 * whoever may read the dossier; a 409 when the dossier has no such form.
 */
@Path("/api/v1/dossiers/{code}")
public class IntakeFormsResource {

    private final ReceiptService receipts;
    private final Caller caller;

    IntakeFormsResource(ReceiptService receipts, Caller caller) {
        this.receipts = receipts;
        this.caller = caller;
    }

    @GET
    @Path("/refusal-slip")
    @RolesAllowed({Roles.CITIZEN, Roles.CENTRE_STAFF, Roles.OFFICER, Roles.LEADER})
    @Produces(ReceiptResource.PDF)
    @Operation(summary = "Print the guidance or refusal slip of a dossier refused at intake",
            description = "Circular 01/2018 form 02 (Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ: what to add, listed once) "
                    + "or form 03 (Phiếu từ chối tiếp nhận giải quyết hồ sơ: the reason). For whoever may read the "
                    + "dossier; 409 not-refused for a dossier that was not refused.")
    public Response refusalSlip(@PathParam("code") String code) {
        return pdf(code, "phieu-", receipts.refusalSlip(code, caller.actor()));
    }

    @GET
    @Path("/apology-letter")
    @RolesAllowed({Roles.CITIZEN, Roles.CENTRE_STAFF, Roles.OFFICER, Roles.LEADER})
    @Produces(ReceiptResource.PDF)
    @Operation(summary = "Print the apology letter with the new return date",
            description = "Circular 01/2018 form 04 (Phiếu xin lỗi và hẹn lại ngày trả kết quả), as the competent "
                    + "agency issued it (reason, the old and the new date, the issuer). For whoever may read the "
                    + "dossier; 409 no-apology when none was issued.")
    public Response apologyLetter(@PathParam("code") String code) {
        return pdf(code, "thu-xin-loi-", receipts.apologyLetter(code, caller.actor()));
    }

    private static Response pdf(String code, String prefix, Optional<byte[]> pdf) {
        return Response.ok(pdf.orElseThrow(() -> ProblemException.notFound("Dossier", code)), ReceiptResource.PDF)
                .header("Content-Disposition", "inline; filename=\"" + prefix + code + ".pdf\"")
                .build();
    }
}
