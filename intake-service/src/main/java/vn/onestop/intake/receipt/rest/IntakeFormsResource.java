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

@Path("/api/v1/dossiers/{code}/refusal-slip")
public class RefusalSlipResource {

    private final ReceiptService receipts;
    private final Caller caller;

    RefusalSlipResource(ReceiptService receipts, Caller caller) {
        this.receipts = receipts;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.CITIZEN, Roles.CENTRE_STAFF, Roles.OFFICER, Roles.LEADER})
    @Produces(ReceiptResource.PDF)
    @Operation(summary = "Print the guidance or refusal slip of a dossier refused at intake",
            description = "Circular 01/2018 form 02 (Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ: what to add, listed once) "
                    + "or form 03 (Phiếu từ chối tiếp nhận giải quyết hồ sơ: the reason). For whoever may read the "
                    + "dossier; 409 not-refused for a dossier that was not refused.")
    public Response slip(@PathParam("code") String code) {
        byte[] pdf = receipts.refusalSlip(code, caller.actor()).orElseThrow(() -> ProblemException.notFound("Dossier", code));
        return Response.ok(pdf, ReceiptResource.PDF)
                .header("Content-Disposition", "inline; filename=\"phieu-" + code + ".pdf\"")
                .build();
    }
}
