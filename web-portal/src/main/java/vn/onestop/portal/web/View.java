package vn.onestop.portal.web;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.onestop.portal.api.Catalog;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What every page needs about the request: its language, the language switch, and dates, amounts
 * and codes in words of that language. Templates reach it as {@code inject:view}.
 */
@Named("view")
@RequestScoped
public class View {

    /** The province's time: every date and time a page shows is in it. */
    static final ZoneId PROVINCE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    @Inject
    RoutingContext request;

    @Inject
    SecurityIdentity identity;

    private Locale locale;

    public Locale locale() {
        if (locale == null) {
            var cookie = request.request().getCookie(Language.COOKIE);
            List<Locale> accepted = new ArrayList<>();
            request.parsedHeaders().acceptLanguage().forEach(l -> accepted.add(Locale.forLanguageTag(l.value())));
            locale = Language.choose(cookie == null ? null : cookie.getValue(), accepted);
        }
        return locale;
    }

    /** Someone is logged in (the page shows "my dossiers" and the logout). */
    public boolean loggedIn() {
        return !identity.isAnonymous();
    }

    public String lang() {
        return locale().getLanguage();
    }

    public boolean english() {
        return lang().equals("en");
    }

    public String otherLang() {
        return english() ? "vi" : "en";
    }

    /** The switch to the other language, back to this page. */
    public String switchUrl() {
        String uri = request.request().uri();
        return "/language/" + otherLang() + "?back=" + URLEncoder.encode(uri == null ? "/" : uri, StandardCharsets.UTF_8);
    }

    public String label(String code) {
        return Labels.of(code, locale());
    }

    /** The Vietnamese name, or the English one on an English page when there is one. */
    public String name(String vietnamese, String english) {
        return english() && english != null && !english.isBlank() ? english : vietnamese;
    }

    /** "3 ngày làm việc", "Trong ngày (nhận sau 15:00: ngày làm việc tiếp theo)". */
    public String limit(Catalog.TimeLimit limit) {
        if (limit == null) {
            return "";
        }
        if ("SAME_DAY".equals(limit.unit())) {
            String words = label("SAME_DAY");
            return limit.cutoff() == null ? words
                    : words + (english() ? " (received after " : " (nhận sau ") + limit.cutoff()
                    + (english() ? ": the next working day)" : ": ngày làm việc tiếp theo)");
        }
        return limit.value() + " " + label(limit.unit());
    }

    public String dateTime(OffsetDateTime at) {
        return at == null ? "" : at.atZoneSameInstant(PROVINCE).format(DATE_TIME);
    }

    public String date(LocalDate day) {
        return day == null ? "" : day.format(DATE);
    }

    /** Đồng, grouped the Vietnamese way (1.500.000 đ) on both languages' pages. */
    public String money(long amountVnd) {
        return NumberFormat.getIntegerInstance(Language.VI).format(amountVnd) + " đ";
    }
}
