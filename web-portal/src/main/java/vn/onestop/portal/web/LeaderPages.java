package vn.onestop.portal.web;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import vn.onestop.portal.api.CentreApi;
import vn.onestop.portal.api.InboxApi;
import vn.onestop.portal.api.Indices;
import vn.onestop.portal.api.RatingApi;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The leader's and operator's view of service quality: rating-service's published indices by agency
 * and by month drawn as charts, the ranking of units with their moves, and the overdue and nearly due
 * tasks of the leader's agency. The indices and rankings are published (anyone may read them); the
 * tasks and the monthly statistics are called with the user's own token, so processing and rating
 * decide who sees them.
 */
@Path("/office/leader")
@Authenticated
@Blocking
@Produces(MediaType.TEXT_HTML)
public class LeaderPages {

    static final String DEFAULT_LEVEL = "COMMUNE";
    static final int MONTHS = 6;

    /** An agency's figures for the month, with the agency's name in the page's language. */
    public record AgencyFigures(String code, String name, Indices figures) {
    }

    /** A month's figures of the province. */
    public record MonthFigures(YearMonth month, String label, Indices figures) {
    }

    /** {@code agencyTasks}: the user works in an agency (officer, leader), so the overdue page is theirs to open. */
    public record IndicesView(String level, YearMonth month, String monthLabel, List<AgencyFigures> agencies,
                              List<MonthFigures> months, List<BarChart> agencyCharts, List<BarChart> monthCharts,
                              boolean agencyTasks) {
    }

    /**
     * The overdue page: {@code tasksShown} false when processing lists no tasks to this user (an
     * operator belongs to no agency; processing shows an agency's tasks to its officers and leaders
     * only), and the page says so; {@code statistics} null then. {@code roles.apologises}: each row
     * links the apology letter's form (processing takes a letter from a leader only; an officer sees
     * the dossier's code without the link).
     */
    public record OverdueView(String agency, Indices.MonthlyRow statistics, List<OverdueTasks.Row> tasks, boolean more,
                              boolean tasksShown, OfficePages.Roles roles) {

        static OverdueView noTasksForThisUser(String agency, OfficePages.Roles roles) {
            return new OverdueView(agency, null, List.of(), false, false, roles);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance indices(IndicesView view);

        static native TemplateInstance rankings(Indices.Rankings rankings, String level);

        static native TemplateInstance overdue(OverdueView view);
    }

    @Inject
    @RestClient
    RatingApi rating;

    @Inject
    @RestClient
    CentreApi intake;

    @Inject
    @RestClient
    InboxApi processing;

    @Inject
    AccessTokenCredential accessToken;

    @Inject
    SecurityIdentity identity;

    @Inject
    View view;

    @GET
    @Path("/indices")
    public TemplateInstance indices(@QueryParam("level") String level, @QueryParam("month") String month) {
        String lvl = level == null || level.isBlank() ? DEFAULT_LEVEL : level.strip();
        YearMonth m = month(month);
        String from = m.atDay(1).toString();
        String to = m.atEndOfMonth().toString();
        List<AgencyFigures> agencies = new ArrayList<>();
        for (CentreApi.Agency a : ReaderInput.call("agencies", () -> intake.agencies(lvl)).items()) {
            agencies.add(new AgencyFigures(a.code(), view.name(a.name(), a.nameEn()),
                    Apis.call("indices", () -> rating.indices(a.code(), from, to))));
        }
        List<MonthFigures> months = new ArrayList<>();
        for (int i = MONTHS - 1; i >= 0; i--) {
            YearMonth each = m.minusMonths(i);
            months.add(new MonthFigures(each, label(each), Apis.call("indices",
                    () -> rating.indices(null, each.atDay(1).toString(), each.atEndOfMonth().toString()))));
        }
        Locale locale = view.locale();
        Office words = view.english() ? MessageBundles.get(Office.class, Localized.Literal.of("en"))
                : MessageBundles.get(Office.class);
        List<BarChart> byAgency = List.of(
                agencyChart("agency-on-time", words.on_time_rate(), agencies, Indices::onTimeRate, locale),
                agencyChart("agency-online", words.online_rate(), agencies, Indices::onlineRate, locale),
                agencyChart("agency-digitized", words.digitized_rate(), agencies, Indices::digitizedRate, locale),
                agencyChart("agency-satisfaction", words.satisfied_share(), agencies, Indices::satisfiedShare, locale));
        List<BarChart> byMonth = List.of(
                monthChart("month-on-time", words.on_time_rate(), months, Indices::onTimeRate, locale),
                monthChart("month-online", words.online_rate(), months, Indices::onlineRate, locale),
                monthChart("month-digitized", words.digitized_rate(), months, Indices::digitizedRate, locale),
                monthChart("month-satisfaction", words.satisfied_share(), months, Indices::satisfiedShare, locale));
        return Templates.indices(new IndicesView(lvl, m, label(m), agencies, months, byAgency, byMonth,
                identity.hasRole("leader") || identity.hasRole("officer"))).setLocale(locale);
    }

    @GET
    @Path("/rankings")
    public TemplateInstance rankings(@QueryParam("level") String level, @QueryParam("month") String month) {
        String lvl = level == null || level.isBlank() ? DEFAULT_LEVEL : level.strip();
        YearMonth m = month(month);
        Indices.Rankings rankings = ReaderInput.call("rankings",
                () -> rating.rankings(lvl, m.atDay(1).toString(), m.atEndOfMonth().toString()));
        return Templates.rankings(rankings, lvl).setLocale(view.locale());
    }

    /**
     * The caller's agency's open and claimed tasks that processing marks at risk or overdue (its
     * deadline watch decides, by working time; processing lists a leader's or officer's own agency
     * only) and its monthly statistics (rating: the agency's own people). A user processing lists no
     * tasks to (an operator, who belongs to no agency) is told so on the page, not given a bare 403.
     */
    @GET
    @Path("/overdue")
    public TemplateInstance overdue() {
        String bearer = "Bearer " + accessToken.getToken();
        String agency = AccessTokenClaims.claim(accessToken.getToken(), "agency").orElse(null);
        OfficePages.Roles roles = OfficePages.Roles.of(identity::hasRole);
        if (agency == null) {
            return Templates.overdue(OverdueView.noTasksForThisUser(null, roles)).setLocale(view.locale());
        }
        List<InboxApi.Tasks> pages = new ArrayList<>();
        try {
            for (String status : OverdueTasks.ACTIVE) {
                pages.add(Apis.call("tasks", () -> processing.tasks(bearer, status, OverdueTasks.DUE_STATES, null, 200)));
            }
        } catch (PageException refused) {
            if (refused.status() != 403) {
                throw refused;
            }
            return Templates.overdue(OverdueView.noTasksForThisUser(agency, roles)).setLocale(view.locale());
        }
        boolean more = pages.stream().anyMatch(p -> p.nextCursor() != null);
        Indices.MonthlyRow statistics = Apis.call("statistics", () -> rating.monthly(bearer, agency,
                YearMonth.now(View.PROVINCE).toString(), "json"));
        return Templates.overdue(new OverdueView(agency, statistics, OverdueTasks.rows(pages), more, true, roles))
                .setLocale(view.locale());
    }

    private static YearMonth month(String month) {
        if (month == null || month.isBlank()) {
            return YearMonth.now(View.PROVINCE);
        }
        try {
            return YearMonth.parse(month.strip());
        } catch (DateTimeParseException e) {
            throw new PageException(400, "month must be yyyy-MM");
        }
    }

    private static String label(YearMonth month) {
        return String.format("%02d/%d", month.getMonthValue(), month.getYear());
    }

    private static BarChart agencyChart(String id, String title, List<AgencyFigures> agencies,
                                        Function<Indices, Double> share, Locale locale) {
        return BarChart.of(id, title, agencies.stream()
                .map(a -> new BarChart.Point(a.code(), a.name(), share.apply(a.figures()))).toList(), locale);
    }

    private static BarChart monthChart(String id, String title, List<MonthFigures> months,
                                       Function<Indices, Double> share, Locale locale) {
        return BarChart.of(id, title, months.stream()
                .map(m -> new BarChart.Point(m.month().toString(), m.label(), share.apply(m.figures()))).toList(), locale);
    }
}
