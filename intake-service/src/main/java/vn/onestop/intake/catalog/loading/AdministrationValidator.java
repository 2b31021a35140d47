package vn.onestop.intake.catalog.loading;

import vn.onestop.intake.catalog.domain.AdministrativeLevel;
import vn.onestop.intake.catalog.domain.AdministrativeUnit;
import vn.onestop.intake.catalog.domain.Administration;
import vn.onestop.intake.catalog.domain.Agency;
import vn.onestop.intake.catalog.domain.AgencyType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static vn.onestop.intake.catalog.loading.Problems.quote;

/**
 * The administration sections of all files ({@code levels}, {@code agencyTypes}, {@code administrativeUnits},
 * {@code agencies}) as one {@link Administration}: each code declared once, units under a unit of a
 * higher level, each agency in a declared unit, of a declared type, at its unit's level, one agency of
 * a type per unit, no parent cycles. The shape of each item is the schema's, already checked.
 */
final class AdministrationValidator {

    private final Problems problems;

    AdministrationValidator(Problems problems) {
        this.problems = problems;
    }

    /** An item of a section with where it is. */
    private record Item<T>(At at, T raw) {
    }

    Administration validate(List<CatalogFile.Parsed> files) {
        List<AdministrativeLevel> levels = levels(files);
        Map<String, AdministrativeLevel> levelsByCode = levels.stream()
                .collect(Collectors.toMap(AdministrativeLevel::code, l -> l));

        Map<String, Item<CatalogFile.AgencyType>> types = declared(files, "agencyTypes", CatalogFile.Parsed::agencyTypes,
                CatalogFile.AgencyType::code, At::ok);
        // A unit or an agency with a flaw stays declared, so that what refers to it is not blamed too.
        Map<String, Item<CatalogFile.Unit>> rawUnits = declared(files, "administrativeUnits",
                CatalogFile.Parsed::administrativeUnits, CatalogFile.Unit::code, at -> at.ok("code") && at.ok("name"));
        List<AdministrativeUnit> units = units(rawUnits, levelsByCode, levels);
        Map<String, Item<CatalogFile.Agency>> rawAgencies = declared(files, "agencies", CatalogFile.Parsed::agencies,
                CatalogFile.Agency::code, at -> at.ok("code"));
        List<Agency> agencies = agencies(rawAgencies, types.keySet(), levelsByCode, levels, rawUnits,
                units.stream().collect(Collectors.toMap(AdministrativeUnit::code, u -> u)));
        checkAgencyParentCycles(rawAgencies);

        List<AgencyType> agencyTypes = types.values().stream()
                .map(t -> new AgencyType(t.raw().code(), t.raw().name(), t.raw().nameEn())).toList();
        return new Administration(levels, agencyTypes, units, agencies);
    }

    private List<AdministrativeLevel> levels(List<CatalogFile.Parsed> files) {
        List<CatalogFile.Parsed> declaring = files.stream().filter(f -> f.levels() != null).toList();
        if (declaring.isEmpty()) {
            String file = files.isEmpty() ? "(no file)" : files.get(0).name();
            problems.add(file, "levels", ProblemCode.NO_LEVELS, "no catalog file declares the administrative levels");
            return List.of();
        }
        if (declaring.size() > 1) {
            problems.add(declaring.get(1).name(), "levels", ProblemCode.LEVELS_DECLARED_TWICE, "are declared again (first in "
                    + declaring.get(0).name() + "); the ordered list of levels belongs in one file");
        }
        CatalogFile.Parsed file = declaring.get(0);
        List<AdministrativeLevel> levels = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        forEach(file, "levels", file.levels(), (at, raw) -> {
            if (!at.ok()) {
                return;
            }
            if (!seen.add(raw.code())) {
                at.problem(ProblemCode.DUPLICATE_CODE, "is declared twice");
                return;
            }
            levels.add(new AdministrativeLevel(raw.code(), raw.name(), raw.nameEn(), levels.size()));
        });
        if (file.levels().isEmpty()) {
            problems.add(file.name(), "levels", ProblemCode.NO_LEVELS, "must list at least one level, top first");
        }
        return levels;
    }

    /** The items of a section of every file by code, each code once; only those whose shape {@code declares}. */
    private <T extends CatalogFile.Item> Map<String, Item<T>> declared(List<CatalogFile.Parsed> files, String section,
                                                                      Function<CatalogFile.Parsed, List<T>> items,
                                                                      Function<T, String> code, Predicate<At> declares) {
        Map<String, Item<T>> declared = new LinkedHashMap<>();
        for (CatalogFile.Parsed file : files) {
            forEach(file, section, items.apply(file), (at, raw) -> {
                if (!declares.test(at)) {
                    return;
                }
                Item<T> previous = declared.putIfAbsent(code.apply(raw), new Item<>(at, raw));
                if (previous != null) {
                    at.problem(ProblemCode.DUPLICATE_CODE, "is declared twice (also in " + previous.at().file() + ")");
                }
            });
        }
        return declared;
    }

    private List<AdministrativeUnit> units(Map<String, Item<CatalogFile.Unit>> rawUnits,
                                           Map<String, AdministrativeLevel> levelsByCode, List<AdministrativeLevel> levels) {
        List<AdministrativeUnit> units = new ArrayList<>();
        for (Item<CatalogFile.Unit> unit : rawUnits.values()) {
            At at = unit.at();
            CatalogFile.Unit raw = unit.raw();
            if (!at.ok("level") || !at.ok("parent")) {
                continue;
            }
            AdministrativeLevel level = levelsByCode.get(raw.level());
            if (level == null) {
                at.problem(ProblemCode.UNKNOWN_LEVEL, "level " + quote(raw.level()) + " is not one of the levels " + codes(levels));
                continue;
            }
            if (raw.parent() == null) {
                if (level.rank() != 0) {
                    at.problem(ProblemCode.PARENT_UNIT_REQUIRED, "is at " + level.code() + " level and needs a parent unit");
                    continue;
                }
            } else {
                Item<CatalogFile.Unit> parent = rawUnits.get(raw.parent());
                if (parent == null) {
                    at.problem(ProblemCode.UNKNOWN_PARENT_UNIT, "parent unit " + quote(raw.parent()) + " is not declared");
                    continue;
                }
                AdministrativeLevel parentLevel = levelsByCode.get(parent.raw().level());
                if (parentLevel != null && parentLevel.rank() >= level.rank()) {
                    at.problem(ProblemCode.PARENT_UNIT_NOT_ABOVE, "parent unit " + raw.parent() + " is at "
                            + parentLevel.code() + " level, which is not above " + level.code());
                    continue;
                }
            }
            if (at.ok()) {
                units.add(new AdministrativeUnit(raw.code(), raw.name(), raw.nameEn(), raw.level(), raw.parent()));
            }
        }
        return units;
    }

    private List<Agency> agencies(Map<String, Item<CatalogFile.Agency>> rawAgencies, Set<String> types,
                                  Map<String, AdministrativeLevel> levelsByCode, List<AdministrativeLevel> levels,
                                  Map<String, Item<CatalogFile.Unit>> rawUnits, Map<String, AdministrativeUnit> unitsByCode) {
        List<Agency> agencies = new ArrayList<>();
        Map<String, String> typeAndUnit = new HashMap<>();
        for (Item<CatalogFile.Agency> agency : rawAgencies.values()) {
            At at = agency.at();
            CatalogFile.Agency raw = agency.raw();
            boolean ok = at.ok();
            if (at.ok("type") && !types.contains(raw.type())) {
                at.problem(ProblemCode.UNKNOWN_AGENCY_TYPE, "type " + quote(raw.type()) + " is not one of the agency types "
                        + new TreeSet<>(types));
                ok = false;
            }
            if (at.ok("level") && !levelsByCode.containsKey(raw.level())) {
                at.problem(ProblemCode.UNKNOWN_LEVEL, "level " + quote(raw.level()) + " is not one of the levels " + codes(levels));
                ok = false;
            }
            AdministrativeUnit unit = unitsByCode.get(raw.unit());
            if (unit == null) {
                if (at.ok("unit") && !rawUnits.containsKey(raw.unit())) {
                    at.problem(ProblemCode.UNKNOWN_UNIT, "unit " + quote(raw.unit()) + " is not declared");
                }
                ok = false;
            } else if (at.ok("level") && !unit.level().equals(raw.level())) {
                at.problem(ProblemCode.AGENCY_LEVEL_MISMATCH, "is at " + raw.level() + " level but its unit " + unit.code()
                        + " is at " + unit.level() + " level");
                ok = false;
            }
            if (at.ok("parent") && raw.parent() != null && !rawAgencies.containsKey(raw.parent())) {
                at.problem(ProblemCode.UNKNOWN_PARENT_AGENCY, "parent agency " + quote(raw.parent()) + " is not declared");
                ok = false;
            }
            if (!ok) {
                continue;
            }
            String other = typeAndUnit.putIfAbsent(raw.type() + " in " + raw.unit(), raw.code());
            if (other != null) {
                at.problem(ProblemCode.AMBIGUOUS_AGENCY, "is a second " + raw.type() + " agency in unit " + raw.unit()
                        + " (" + other + " is one); the competent agency would be ambiguous");
                continue;
            }
            agencies.add(new Agency(raw.code(), raw.name(), raw.nameEn(), raw.type(), raw.level(), raw.unit(),
                    raw.parent(), Boolean.TRUE.equals(raw.receivesDossiers())));
        }
        return agencies;
    }

    private void checkAgencyParentCycles(Map<String, Item<CatalogFile.Agency>> agencies) {
        for (Item<CatalogFile.Agency> start : agencies.values()) {
            Set<String> seen = new LinkedHashSet<>();
            String current = start.raw().code();
            while (current != null && agencies.containsKey(current)) {
                if (!seen.add(current)) {
                    if (current.equals(start.raw().code())) {
                        start.at().problem(ProblemCode.AGENCY_PARENT_CYCLE, "is its own ancestor: "
                                + String.join(" → ", seen) + " → " + current);
                    }
                    break;
                }
                current = agencies.get(current).raw().parent();
            }
        }
    }

    /** Each item of a section that could be read, with where it is. */
    private <T extends CatalogFile.Item> void forEach(CatalogFile.Parsed file, String section, List<T> items,
                                                      BiConsumer<At, T> check) {
        List<T> all = items == null ? List.of() : items;
        for (int i = 0; i < all.size(); i++) {
            T raw = all.get(i);
            if (raw != null) {
                check.accept(At.of(file, section, i, raw.item(i), problems), raw);
            }
        }
    }

    static List<String> codes(List<AdministrativeLevel> levels) {
        return levels.stream().map(AdministrativeLevel::code).toList();
    }
}
