package vn.onestop.intake.catalog.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import vn.onestop.intake.catalog.domain.AgencyType;
import vn.onestop.intake.catalog.domain.AdministrativeLevel;
import vn.onestop.intake.catalog.domain.Bundle;
import vn.onestop.intake.catalog.domain.BundlePlan;
import vn.onestop.intake.catalog.domain.CatalogEntry;
import vn.onestop.intake.catalog.domain.CatalogQuery;
import vn.onestop.intake.catalog.domain.EntryKind;
import vn.onestop.intake.catalog.service.CatalogService;
import vn.onestop.platform.rest.Page;
import vn.onestop.platform.rest.Problem;
import vn.onestop.platform.rest.ProblemException;
import vn.onestop.platform.rest.QueryParams;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

@PermitAll
@Path("/api/v1/procedures")
@Produces(MediaType.APPLICATION_JSON)
public class ProcedureResource {

    private static final int DEFAULT_LIMIT = 20;
    private static final int MAX_LIMIT = 100;

    private final CatalogService catalog;

    ProcedureResource(CatalogService catalog) {
        this.catalog = catalog;
    }

    @GET
    @Operation(summary = "Search the procedure catalog",
            description = "Procedures and bundles in force on the day (today by default). The keyword matches the id, "
                    + "the national code and the Vietnamese or English name, with or without Vietnamese diacritics.")
    public Page<EntrySummary> list(
            @Parameter(description = "Words that must all occur, e.g. \"khai sinh\"") @QueryParam("keyword") String keyword,
            @Parameter(description = "Competent agency type, e.g. POLICE") @QueryParam("agencyType") String agencyType,
            @Parameter(description = "Competent agency level, e.g. COMMUNE") @QueryParam("level") String level,
            @Parameter(description = "PROCEDURE or BUNDLE") @QueryParam("kind") String kind,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor,
            @Parameter(description = "Page size, 1 to 100 (20)") @QueryParam("limit") String limit,
            @Parameter(description = "Day the versions are in force, YYYY-MM-DD (today)") @QueryParam("at") String at) {
        QueryParams params = new QueryParams();
        var administration = catalog.administration();
        String words = params.text("keyword", keyword, 200);
        String type = params.oneOf("agencyType", agencyType, t -> administration.agencyType(t).isPresent(),
                administration.agencyTypes().stream().map(AgencyType::code).toList());
        String lvl = params.oneOf("level", level, l -> administration.level(l).isPresent(),
                administration.levels().stream().map(AdministrativeLevel::code).toList());
        EntryKind entryKind = params.enumValue("kind", kind == null ? null : kind.toUpperCase(Locale.ROOT),
                EntryKind.class);
        int size = params.limit(limit, DEFAULT_LIMIT, MAX_LIMIT);
        LocalDate day = params.date("at", at, catalog.today());
        params.throwIfAny();
        Page<CatalogEntry> page = catalog.search(new CatalogQuery(words, type, lvl, entryKind),
                day, cursor == null || cursor.isBlank() ? null : cursor, size);
        return new Page<>(page.items().stream().map(EntrySummary::of).toList(), page.nextCursor());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A procedure or bundle",
            description = "The version in force on the day (today by default). For a bundle, memberPlan and "
                    + "applicantComponents follow the chosen options (all options when none is given).")
    public EntryView get(
            @PathParam("id") String id,
            @Parameter(description = "Day the version is in force, YYYY-MM-DD (today)") @QueryParam("at") String at,
            @Parameter(description = "Bundle options chosen, e.g. FUNERAL_ALLOWANCE; repeat or separate with commas")
            @QueryParam("options") List<String> options) {
        QueryParams params = new QueryParams();
        LocalDate day = params.date("at", at, catalog.today());
        params.throwIfAny();
        if (!catalog.catalog().contains(id)) {
            throw ProblemException.notFound("Procedure", id);
        }
        CatalogEntry entry = catalog.entry(id, day)
                .orElseThrow(() -> ProblemException.notFound("Procedure", id + " in force on " + day));
        Set<String> chosen = new LinkedHashSet<>();
        (options == null ? List.<String>of() : options).stream().flatMap(o -> Arrays.stream(o.split(","))).map(String::trim).filter(o -> !o.isEmpty())
                .forEach(chosen::add);
        if (!(entry instanceof Bundle bundle)) {
            if (!chosen.isEmpty()) {
                params.reject("options", "apply to bundles only; " + id + " is a procedure");
                params.throwIfAny();
            }
            return EntryView.of(entry, null);
        }
        try {
            BundlePlan plan = chosen.isEmpty() ? catalog.catalog().fullPlan(bundle, day) : catalog.plan(bundle, day, chosen);
            return EntryView.of(bundle, plan);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(e.getMessage(), List.of(new Problem.Violation("options", e.getMessage())));
        }
    }
}
