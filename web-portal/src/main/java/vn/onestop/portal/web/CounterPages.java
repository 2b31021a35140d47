package vn.onestop.portal.web;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import vn.onestop.portal.api.ApiProblem;
import vn.onestop.portal.api.CentreApi;
import vn.onestop.portal.api.HandoverApi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The counter's pages: hand an issued result over to the applicant with the proof of handover, and
 * open or close the intake channels of the staff's own service centre. Every call carries the staff's
 * token: results-service lets only counter staff record a handover, intake only a centre's own staff
 * (or an administrator) change its channels. A refusal of the form's values is shown next to the
 * field it names (the API's problem+json violations).
 */
@Path("/office/counter")
@Authenticated
@Blocking
@Produces(MediaType.TEXT_HTML)
public class CounterPages {

    static final List<String> CHANNELS = List.of("COUNTER", "POSTAL", "ONLINE");

    /** The form as sent, to show it again with its errors. */
    public record HandoverForm(String resultId, String channel, String receivedBy, String receiverIdNumber,
                               String proof) {

        static HandoverForm empty() {
            return new HandoverForm(null, "COUNTER", "", "", "");
        }
    }

    /**
     * The handover page: {@code code} the dossier looked up (null: not yet), its results, the result
     * just handed over ({@code done}), the form being corrected and its errors by field, and a refusal
     * that names no field ({@code refusal}: already-handed-over, result-revoked, ...).
     */
    public record HandoverView(String code, boolean found, List<HandoverApi.Result> results, String done,
                               HandoverForm form, Map<String, String> errors, String refusal) {

        public String error(String field) {
            return errors.getOrDefault(field, "");
        }

        public boolean editing(String resultId) {
            return form.resultId() != null && form.resultId().equals(resultId);
        }

        public String value(String resultId, String field) {
            if (!editing(resultId)) {
                return field.equals("channel") ? "COUNTER" : "";
            }
            return switch (field) {
                case "channel" -> form.channel();
                case "receivedBy" -> form.receivedBy();
                case "receiverIdNumber" -> form.receiverIdNumber();
                case "proof" -> form.proof();
                default -> "";
            };
        }

        public List<String> channels() {
            return CHANNELS;
        }
    }

    public record ChannelsView(String centre, List<CentreApi.ChannelState> channels, String changed,
                               Map<String, String> errors) {

        public String error(String channel) {
            return errors.getOrDefault(channel, "");
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance handover(HandoverView view);

        static native TemplateInstance channels(ChannelsView view);
    }

    @Inject
    @RestClient
    HandoverApi results;

    @Inject
    @RestClient
    CentreApi intake;

    @Inject
    AccessTokenCredential accessToken;

    @Inject
    View view;

    @GET
    @Path("/handover")
    public TemplateInstance handover(@QueryParam("code") String code, @QueryParam("done") String done) {
        return Templates.handover(lookUp(code, done, HandoverForm.empty(), Map.of(), null)).setLocale(view.locale());
    }

    @POST
    @Path("/handover/{resultId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response handOver(@PathParam("resultId") String resultId, @RestForm("code") String code,
                             @RestForm("channel") String channel, @RestForm("receivedBy") String receivedBy,
                             @RestForm("receiverIdNumber") String receiverIdNumber, @RestForm("proof") String proof) {
        HandoverForm form = new HandoverForm(resultId, channel, receivedBy, receiverIdNumber, proof);
        try {
            Apis.call("handover", () -> {
                try {
                    return results.handOver(bearer(), resultId, new HandoverApi.Handover(channel, receivedBy,
                            receiverIdNumber, proof));
                } catch (WebApplicationException e) {
                    int status = e.getResponse() == null ? 0 : e.getResponse().getStatus();
                    if (status == 400 || status == 409) {
                        Map<String, String> errors = ApiProblem.of(e).map(ApiProblem::byField).orElse(Map.of());
                        throw new Refused(status, errors, ApiProblem.of(e).map(ApiProblem::detail).orElse(null));
                    }
                    throw e;
                }
            });
        } catch (Refused refused) {
            HandoverView again = lookUp(code, null, form, refused.errors,
                    refused.errors.isEmpty() ? (refused.detail == null ? "" : refused.detail) : null);
            return page(refused.status, Templates.handover(again));
        }
        return Response.seeOther(UriBuilder.fromPath("/office/counter/handover").queryParam("code", code == null ? "" : code.strip())
                .queryParam("done", resultId).build()).build();
    }

    @GET
    @Path("/channels")
    public TemplateInstance channels(@QueryParam("changed") String changed) {
        String centre = centre();
        return Templates.channels(new ChannelsView(centre, Apis.call("channels", () -> intake.channels(centre)).items(),
                changed, Map.of())).setLocale(view.locale());
    }

    @POST
    @Path("/channels/{channel}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response change(@PathParam("channel") String channel, @RestForm("open") String open,
                           @RestForm("reason") String reason) {
        String centre = centre();
        boolean opening = "true".equals(open);
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        try {
            Apis.call("channel", () -> {
                try {
                    return intake.change(bearer(), centre, channel, new CentreApi.ChannelChange(opening, why));
                } catch (WebApplicationException e) {
                    if (e.getResponse() != null && e.getResponse().getStatus() == 400) {
                        Map<String, String> errors = ApiProblem.of(e).map(ApiProblem::byField).orElse(Map.of());
                        throw new Refused(400, errors, ApiProblem.of(e).map(ApiProblem::detail).orElse(null));
                    }
                    throw e;
                }
            });
        } catch (Refused refused) {
            Map<String, String> errors = new LinkedHashMap<>();
            errors.put(channel, refused.errors.isEmpty() ? String.valueOf(refused.detail)
                    : String.join("; ", refused.errors.values()));
            return page(400, Templates.channels(new ChannelsView(centre,
                    Apis.call("channels", () -> intake.channels(centre)).items(), null, errors)));
        }
        return Response.seeOther(UriBuilder.fromPath("/office/counter/channels").queryParam("changed", channel).build()).build();
    }

    private HandoverView lookUp(String code, String done, HandoverForm form, Map<String, String> errors,
                                String refusal) {
        String wanted = code == null ? "" : code.strip();
        if (wanted.isEmpty()) {
            return new HandoverView(null, false, List.of(), null, form, errors, refusal);
        }
        try {
            List<HandoverApi.Result> found = Apis.call("results", () -> results.results(bearer(), wanted)).items();
            return new HandoverView(wanted, true, found, done, form, errors, refusal);
        } catch (PageException e) {
            if (e.status() == 404) {
                return new HandoverView(wanted, false, List.of(), null, form, errors, refusal);
            }
            throw e;
        }
    }

    /** The form again, with what was refused, under the API's status. */
    private Response page(int status, TemplateInstance page) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(page.setLocale(view.locale()).render()).build();
    }

    /** The staff's own centre: the agency of their token (intake refuses any other centre anyway). */
    private String centre() {
        return AccessTokenClaims.claim(accessToken.getToken(), "agency")
                .orElseThrow(() -> new PageException(403, "channels: the user belongs to no service centre"));
    }

    private String bearer() {
        return "Bearer " + accessToken.getToken();
    }

    /** The API refused the form: violations by field, or a conflict that names none. */
    private static final class Refused extends RuntimeException {
        private final int status;
        private final Map<String, String> errors;
        private final String detail;

        Refused(int status, Map<String, String> errors, String detail) {
            super(null, null, false, false);
            this.status = status;
            this.errors = errors;
            this.detail = detail;
        }
    }
}
