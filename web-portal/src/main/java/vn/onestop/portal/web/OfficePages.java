package vn.onestop.portal.web;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import vn.onestop.portal.api.HandoverApi;

/**
 * The start of the office pages (what the user's roles let them use) and the operator's page of
 * results that cannot be issued (the dead letters have their own page, {@link DeadLetterPage}).
 */
@Path("/office")
@Authenticated
@Blocking
@Produces(MediaType.TEXT_HTML)
public class OfficePages {

    private static final int BLOCKED_LIMIT = 200;

    /** Which groups of pages the roles of the access token open (the services check again on every call). */
    public record Roles(boolean leader, boolean operator, boolean counter, boolean apologises) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(Roles roles);

        static native TemplateInstance blocked(HandoverApi.Blocked blocked);
    }

    @Inject
    @RestClient
    HandoverApi results;

    @Inject
    AccessTokenCredential accessToken;

    @Inject
    SecurityIdentity identity;

    @Inject
    View view;

    @GET
    public TemplateInstance index() {
        return Templates.index(new Roles(identity.hasRole("leader") || identity.hasRole("officer"),
                identity.hasRole("operator") || identity.hasRole("admin"), identity.hasRole("centre-staff"),
                identity.hasRole("leader")))
                .setLocale(view.locale());
    }

    @GET
    @Path("/blocked-results")
    public TemplateInstance blocked() {
        HandoverApi.Blocked blocked = Apis.call("blocked results",
                () -> results.blocked("Bearer " + accessToken.getToken(), BLOCKED_LIMIT));
        return Templates.blocked(blocked).setLocale(view.locale());
    }
}
