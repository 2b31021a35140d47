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

import java.util.function.Predicate;

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

    /**
     * Which groups of pages the roles of the access token open (the services check again on every call):
     * {@code leader} the indices' agency pages (leaders and officers work in an agency), {@code apologises}
     * the apology letter, which processing accepts from a leader only (an officer's is refused).
     */
    public record Roles(boolean leader, boolean operator, boolean counter, boolean apologises) {

        /** The pages the roles open; {@code hasRole} answers for one role name. */
        public static Roles of(Predicate<String> hasRole) {
            return new Roles(hasRole.test("leader") || hasRole.test("officer"),
                    hasRole.test("operator") || hasRole.test("admin"), hasRole.test("centre-staff"),
                    hasRole.test("leader"));
        }
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
        return Templates.index(Roles.of(identity::hasRole)).setLocale(view.locale());
    }

    @GET
    @Path("/blocked-results")
    public TemplateInstance blocked() {
        HandoverApi.Blocked blocked = Apis.call("blocked results",
                () -> results.blocked("Bearer " + accessToken.getToken(), BLOCKED_LIMIT));
        return Templates.blocked(blocked).setLocale(view.locale());
    }
}
