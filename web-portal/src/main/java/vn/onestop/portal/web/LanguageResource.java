package vn.onestop.portal.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.Locale;

/** The language switch: remembers the choice in a cookie for a year and goes back to the page. */
@Path("/language")
public class LanguageResource {

    @GET
    @Path("/{lang}")
    public Response choose(@PathParam("lang") String lang, @QueryParam("back") String back) {
        Locale locale = Language.parse(lang);
        if (locale == null) {
            throw new PageException(404, "no language " + lang);
        }
        NewCookie cookie = new NewCookie.Builder(Language.COOKIE).value(locale.getLanguage()).path("/")
                .maxAge(365 * 24 * 3600).httpOnly(true).sameSite(NewCookie.SameSite.LAX).build();
        return Response.seeOther(URI.create(Language.safeReturnPath(back))).cookie(cookie).build();
    }
}
