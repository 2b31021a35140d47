package vn.onestop.portal.web;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.rest.client.RestClientBuilder;
import vn.onestop.portal.api.DeadLetterApi;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The operators' dead letters: every service's list ({@code GET /api/v1/dead-letters}) on one page,
 * each with the command that re-drives it. The services decide who may see them (operators and
 * administrators); re-driving stays the operator's command, which writes with the broker
 * administrator's rights (docs/adr/0029-dead-letters-listed-by-each-service.md).
 */
@Path("/office/dead-letters")
@Authenticated
@Blocking
@Produces(MediaType.TEXT_HTML)
public class DeadLetterPage {

    static final int LIMIT = 100;
    private static final List<String> SERVICES = List.of("intake", "processing", "results", "rating");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance deadLetters(DeadLetterBoard board, int limit);
    }

    private final Map<String, DeadLetterApi> services = new LinkedHashMap<>();

    @Inject
    AccessTokenCredential accessToken;

    @Inject
    View view;

    DeadLetterPage(Config config) {
        for (String service : SERVICES) {
            String url = config.getValue("quarkus.rest-client." + service + ".url", String.class);
            services.put(service + "-service", RestClientBuilder.newBuilder().baseUri(URI.create(url))
                    .connectTimeout(2, TimeUnit.SECONDS).readTimeout(20, TimeUnit.SECONDS).build(DeadLetterApi.class));
        }
    }

    @GET
    public TemplateInstance deadLetters() {
        Map<String, DeadLetterBoard.Answer> answers = new LinkedHashMap<>();
        services.forEach((service, api) -> answers.put(service, ask(api)));
        DeadLetterBoard board = DeadLetterBoard.of(answers);
        if (board.refusedEverywhere()) {
            throw new PageException(403, "dead letters: not for this user");
        }
        return Templates.deadLetters(board, LIMIT).setLocale(view.locale());
    }

    private DeadLetterBoard.Answer ask(DeadLetterApi api) {
        try {
            return DeadLetterBoard.Answer.of(api.newest("Bearer " + accessToken.getToken(), LIMIT));
        } catch (WebApplicationException e) {
            int status = e.getResponse() == null ? 0 : e.getResponse().getStatus();
            return status == 401 || status == 403 ? DeadLetterBoard.Answer.refusedTheUser()
                    : DeadLetterBoard.Answer.failed("HTTP " + status);
        } catch (ProcessingException e) {
            return DeadLetterBoard.Answer.failed("no answer");
        }
    }
}
