package vn.onestop.intake.catalog.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.onestop.intake.catalog.domain.Administration;
import vn.onestop.intake.catalog.domain.AdministrativeLevel;
import vn.onestop.intake.catalog.domain.AdministrativeUnit;
import vn.onestop.intake.catalog.domain.AgencyType;
import vn.onestop.intake.catalog.service.CatalogService;
import vn.onestop.platform.rest.Page;
import vn.onestop.platform.rest.ProblemException;
import vn.onestop.platform.rest.QueryParams;

import java.util.List;
import java.util.Locale;

@PermitAll
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class AgencyResource {

    private final CatalogService catalog;

    AgencyResource(CatalogService catalog) {
        this.catalog = catalog;
    }

    @GET
    @Path("/agencies")
    @Operation(summary = "Agencies", description = "receivesDossiers=true lists the service centres where dossiers may be "
            + "handed in; any of them may receive any dossier of the province.")
    public Page<AgencyView> agencies(@QueryParam("type") String type, @QueryParam("level") String level,
                                     @QueryParam("unit") String unit,
                                     @QueryParam("receivesDossiers") String receivesDossiers) {
        Administration administration = catalog.administration();
        QueryParams params = new QueryParams();
        String t = params.oneOf("type", type, c -> administration.agencyType(c).isPresent(),
                administration.agencyTypes().stream().map(AgencyType::code).toList());
        String l = level(params, level, administration);
        String u = params.oneOf("unit", unit, c -> administration.unit(c).isPresent(),
                administration.units().stream().map(AdministrativeUnit::code).toList());
        String receives = params.oneOf("receivesDossiers", receivesDossiers == null ? null
                : receivesDossiers.toLowerCase(Locale.ROOT), v -> v.equals("true") || v.equals("false"), List.of("true", "false"));
        params.throwIfAny();
        return Page.last(administration.agencies().stream()
                .filter(a -> t == null || a.type().equals(t))
                .filter(a -> l == null || a.level().equals(l))
                .filter(a -> u == null || a.unit().equals(u))
                .filter(a -> receives == null || a.receivesDossiers() == Boolean.parseBoolean(receives))
                .map(a -> AgencyView.of(a, administration))
                .toList());
    }

    @GET
    @Path("/agencies/{code}")
    @Operation(summary = "An agency")
    public AgencyView agency(@PathParam("code") String code) {
        Administration administration = catalog.administration();
        return administration.agency(code).map(a -> AgencyView.of(a, administration))
                .orElseThrow(() -> ProblemException.notFound("Agency", code));
    }

    @GET
    @Path("/administrative-units")
    @Operation(summary = "Administrative units", description = "Provinces, communes and wards; the levels are data.")
    public Page<AdministrativeUnitView> units(@QueryParam("level") String level, @QueryParam("parent") String parent) {
        Administration administration = catalog.administration();
        QueryParams params = new QueryParams();
        String l = level(params, level, administration);
        String p = params.oneOf("parent", parent, c -> administration.unit(c).isPresent(),
                administration.units().stream().map(AdministrativeUnit::code).toList());
        params.throwIfAny();
        return Page.last(administration.units().stream()
                .filter(u -> l == null || u.level().equals(l))
                .filter(u -> p == null || p.equals(u.parent()))
                .map(AdministrativeUnitView::of)
                .toList());
    }

    private static String level(QueryParams params, String level, Administration administration) {
        return params.oneOf("level", level, c -> administration.level(c).isPresent(),
                administration.levels().stream().map(AdministrativeLevel::code).toList());
    }
}
