package vn.onestop.intake.catalog.loading;

import vn.onestop.contracts.resultdata.DecisionBound;
import vn.onestop.contracts.resultdata.ResultFieldRule;
import vn.onestop.contracts.resultdata.ResultFieldType;
import vn.onestop.intake.catalog.domain.AdministrativeLevel;
import vn.onestop.intake.catalog.domain.AdministrativeUnit;
import vn.onestop.intake.catalog.domain.Administration;
import vn.onestop.intake.catalog.domain.Agency;
import vn.onestop.intake.catalog.domain.AgencyType;
import vn.onestop.intake.catalog.domain.Bundle;
import vn.onestop.intake.catalog.domain.BundleOption;
import vn.onestop.intake.catalog.domain.Catalog;
import vn.onestop.intake.catalog.domain.CatalogEntry;
import vn.onestop.intake.catalog.domain.ChainEdge;
import vn.onestop.intake.catalog.domain.ChainEdgeType;
import vn.onestop.intake.catalog.domain.CompetentAgency;
import vn.onestop.intake.catalog.domain.ComponentSpec;
import vn.onestop.intake.catalog.domain.EntryKind;
import vn.onestop.intake.catalog.domain.Fee;
import vn.onestop.intake.catalog.domain.Procedure;
import vn.onestop.intake.catalog.domain.ResultKind;
import vn.onestop.intake.catalog.domain.TimeLimit;
import vn.onestop.intake.catalog.domain.TimeLimitUnit;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns parsed catalog files into a {@link Catalog}, or refuses with every problem found, each naming
 * its file and item. Checks each item on its own first, then what ties items together (versions of
 * an id, bundle members and chains, agencies and units), skipping items that were already wrong so
 * one mistake is reported once.
 */
final class CatalogValidator {

    static final Pattern ID = Pattern.compile("[A-Za-z0-9_.-]{1,64}");
    static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");
    static final Pattern AGENCY_CODE = Pattern.compile("[A-Za-z0-9.]{1,40}");
    static final Pattern UNIT_CODE = Pattern.compile("[A-Za-z0-9.]{1,40}");
    static final Pattern NATIONAL_CODE = Pattern.compile("[0-9]\\.[0-9]{6}(\\.[0-9A-Z.]+)?");
    static final Pattern MEDIA_TYPE = Pattern.compile("[a-z]+/[a-z0-9][a-z0-9.+-]*");
    static final Pattern FIELD_NAME = Pattern.compile("[a-z][A-Za-z0-9]{0,63}");

    private final List<CatalogProblem> problems;
    /** Ids of every entry written, valid or not: a bundle is not blamed for a member already reported. */
    private final Set<String> declaredIds = new HashSet<>();

    CatalogValidator(List<CatalogProblem> problems) {
        this.problems = problems;
    }

    /** An item with the file it came from, for messages. */
    private record Sourced<T>(String file, T value) {
    }

    Catalog validate(List<CatalogFile.Parsed> files) {
        Administration administration = administration(files);
        Map<String, List<Sourced<CatalogEntry>>> entries = entries(files, administration);
        checkVersions(entries);
        checkBundles(entries);
        if (!problems.isEmpty()) {
            throw new InvalidCatalogException(problems);
        }
        return new Catalog(entries.values().stream().flatMap(List::stream).map(Sourced::value).toList(), administration);
    }

    // ---------------------------------------------------------------- administration

    private Administration administration(List<CatalogFile.Parsed> files) {
        List<AdministrativeLevel> levels = levels(files);
        Map<String, AdministrativeLevel> levelsByCode = levels.stream()
                .collect(Collectors.toMap(AdministrativeLevel::code, l -> l));

        Map<String, Sourced<AgencyType>> types = new LinkedHashMap<>();
        for (CatalogFile.Parsed file : files) {
            for (CatalogFile.AgencyType raw : items(file.agencyTypes())) {
                String item = "agency type " + raw.code();
                if (!require(file.name(), item, "code", raw.code(), CODE)
                        | !requireText(file.name(), item, "name", raw.name())) {
                    continue;
                }
                Sourced<AgencyType> previous = types.putIfAbsent(raw.code(),
                        new Sourced<>(file.name(), new AgencyType(raw.code(), raw.name(), raw.nameEn())));
                if (previous != null) {
                    problem(file.name(), item, "is declared twice (also in " + previous.file() + ")");
                }
            }
        }

        Map<String, Sourced<CatalogFile.Unit>> rawUnits = new LinkedHashMap<>();
        for (CatalogFile.Parsed file : files) {
            for (CatalogFile.Unit raw : items(file.administrativeUnits())) {
                String item = "unit " + raw.code();
                if (!require(file.name(), item, "code", raw.code(), UNIT_CODE)
                        | !requireText(file.name(), item, "name", raw.name())) {
                    continue;
                }
                Sourced<CatalogFile.Unit> previous = rawUnits.putIfAbsent(raw.code(), new Sourced<>(file.name(), raw));
                if (previous != null) {
                    problem(file.name(), item, "is declared twice (also in " + previous.file() + ")");
                }
            }
        }
        List<AdministrativeUnit> units = new ArrayList<>();
        for (Sourced<CatalogFile.Unit> sourced : rawUnits.values()) {
            CatalogFile.Unit raw = sourced.value();
            String item = "unit " + raw.code();
            AdministrativeLevel level = levelsByCode.get(raw.level());
            if (level == null) {
                problem(sourced.file(), item, "level " + quote(raw.level()) + " is not one of the levels " + codes(levels));
                continue;
            }
            if (raw.parent() == null) {
                if (level.rank() != 0) {
                    problem(sourced.file(), item, "is at " + level.code() + " level and needs a parent unit");
                    continue;
                }
            } else {
                Sourced<CatalogFile.Unit> parent = rawUnits.get(raw.parent());
                if (parent == null) {
                    problem(sourced.file(), item, "parent unit " + quote(raw.parent()) + " is not declared");
                    continue;
                }
                AdministrativeLevel parentLevel = levelsByCode.get(parent.value().level());
                if (parentLevel != null && parentLevel.rank() >= level.rank()) {
                    problem(sourced.file(), item, "parent unit " + raw.parent() + " is at " + parentLevel.code()
                            + " level, which is not above " + level.code());
                    continue;
                }
            }
            units.add(new AdministrativeUnit(raw.code(), raw.name(), raw.nameEn(), raw.level(), raw.parent()));
        }
        Map<String, AdministrativeUnit> unitsByCode = units.stream()
                .collect(Collectors.toMap(AdministrativeUnit::code, u -> u));

        Map<String, Sourced<CatalogFile.Agency>> rawAgencies = new LinkedHashMap<>();
        for (CatalogFile.Parsed file : files) {
            for (CatalogFile.Agency raw : items(file.agencies())) {
                String item = "agency " + raw.code();
                if (raw.code() == null || !AGENCY_CODE.matcher(raw.code()).matches()) {
                    problem(file.name(), item, "code " + quote(raw.code())
                            + " is not an agency code: 1 to 40 letters, digits and dots (e.g. 000.00.01.H22)");
                    continue;
                }
                Sourced<CatalogFile.Agency> previous = rawAgencies.putIfAbsent(raw.code(), new Sourced<>(file.name(), raw));
                if (previous != null) {
                    problem(file.name(), item, "is declared twice (also in " + previous.file() + ")");
                }
            }
        }
        List<Agency> agencies = new ArrayList<>();
        Map<String, String> typeAndUnit = new HashMap<>();
        for (Sourced<CatalogFile.Agency> sourced : rawAgencies.values()) {
            CatalogFile.Agency raw = sourced.value();
            String file = sourced.file();
            String item = "agency " + raw.code();
            boolean ok = requireText(file, item, "name", raw.name());
            if (!types.containsKey(raw.type())) {
                problem(file, item, "type " + quote(raw.type()) + " is not one of the agency types "
                        + new TreeSet<>(types.keySet()));
                ok = false;
            }
            if (!levelsByCode.containsKey(raw.level())) {
                problem(file, item, "level " + quote(raw.level()) + " is not one of the levels " + codes(levels));
                ok = false;
            }
            AdministrativeUnit unit = unitsByCode.get(raw.unit());
            if (unit == null) {
                if (!rawUnits.containsKey(raw.unit())) {
                    problem(file, item, "unit " + quote(raw.unit()) + " is not declared");
                }
                ok = false;
            } else if (raw.level() != null && !unit.level().equals(raw.level())) {
                problem(file, item, "is at " + raw.level() + " level but its unit " + unit.code() + " is at "
                        + unit.level() + " level");
                ok = false;
            }
            if (raw.parent() != null && !rawAgencies.containsKey(raw.parent())) {
                problem(file, item, "parent agency " + quote(raw.parent()) + " is not declared");
                ok = false;
            }
            if (ok) {
                String key = raw.type() + " in " + raw.unit();
                String other = typeAndUnit.putIfAbsent(key, raw.code());
                if (other != null) {
                    problem(file, item, "is a second " + raw.type() + " agency in unit " + raw.unit() + " (" + other
                            + " is one); the competent agency would be ambiguous");
                    continue;
                }
                agencies.add(new Agency(raw.code(), raw.name(), raw.nameEn(), raw.type(), raw.level(), raw.unit(),
                        raw.parent(), Boolean.TRUE.equals(raw.receivesDossiers())));
            }
        }
        checkAgencyParentCycles(rawAgencies);

        return new Administration(levels, types.values().stream().map(Sourced::value).toList(), units, agencies);
    }

    private List<AdministrativeLevel> levels(List<CatalogFile.Parsed> files) {
        List<CatalogFile.Parsed> declaring = files.stream().filter(f -> f.levels() != null).toList();
        if (declaring.isEmpty()) {
            String file = files.isEmpty() ? "(no file)" : files.get(0).name();
            problem(file, "levels", "no catalog file declares the administrative levels");
            return List.of();
        }
        if (declaring.size() > 1) {
            problem(declaring.get(1).name(), "levels", "are declared again (first in " + declaring.get(0).name()
                    + "); the ordered list of levels belongs in one file");
        }
        CatalogFile.Parsed file = declaring.get(0);
        List<AdministrativeLevel> levels = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (CatalogFile.Level raw : items(file.levels())) {
            String item = "level " + raw.code();
            if (!require(file.name(), item, "code", raw.code(), CODE) | !requireText(file.name(), item, "name", raw.name())) {
                continue;
            }
            if (!seen.add(raw.code())) {
                problem(file.name(), item, "is declared twice");
                continue;
            }
            levels.add(new AdministrativeLevel(raw.code(), raw.name(), raw.nameEn(), levels.size()));
        }
        if (levels.isEmpty() && file.levels().stream().allMatch(Objects::nonNull)) {
            problem(file.name(), "levels", "must list at least one level, top first");
        }
        return levels;
    }

    private void checkAgencyParentCycles(Map<String, Sourced<CatalogFile.Agency>> agencies) {
        for (Sourced<CatalogFile.Agency> start : agencies.values()) {
            Set<String> seen = new LinkedHashSet<>();
            String current = start.value().code();
            while (current != null && agencies.containsKey(current)) {
                if (!seen.add(current)) {
                    if (current.equals(start.value().code())) {
                        problem(start.file(), "agency " + current, "is its own ancestor: " + String.join(" → ", seen)
                                + " → " + current);
                    }
                    break;
                }
                current = agencies.get(current).value().parent();
            }
        }
    }

    // ---------------------------------------------------------------- entries, one by one

    private Map<String, List<Sourced<CatalogEntry>>> entries(List<CatalogFile.Parsed> files, Administration administration) {
        Map<String, List<Sourced<CatalogEntry>>> byId = new LinkedHashMap<>();
        for (CatalogFile.Parsed file : files) {
            List<CatalogFile.Entry> raws = file.entries() == null ? List.of() : file.entries();
            for (int i = 0; i < raws.size(); i++) {
                CatalogFile.Entry raw = raws.get(i);
                if (raw == null) {
                    continue;
                }
                if (raw.id() != null) {
                    declaredIds.add(raw.id());
                }
                String item = raw.id() == null ? "entries[" + i + "]"
                        : "entry " + raw.id() + (raw.version() == null ? "" : " v" + raw.version());
                CatalogEntry entry = entry(file.name(), item, raw, administration);
                if (entry != null) {
                    byId.computeIfAbsent(entry.id(), id -> new ArrayList<>()).add(new Sourced<>(file.name(), entry));
                }
            }
        }
        return byId;
    }

    private CatalogEntry entry(String file, String item, CatalogFile.Entry raw, Administration administration) {
        int before = problems.size();
        require(file, item, "id", raw.id(), ID);
        EntryKind kind = enumValue(file, item, "kind", raw.kind(), EntryKind.class);
        requireText(file, item, "name", raw.name());
        requireText(file, item, "nameEn", raw.nameEn());
        if (raw.version() == null || raw.version() < 1) {
            problem(file, item, "version must be a whole number from 1");
        }
        boolean verify = Boolean.TRUE.equals(raw.verify());
        if (raw.nationalCode() == null) {
            if (!verify) {
                problem(file, item, "nationalCode is missing; while it is unknown say so with \"verify\": true");
            }
        } else if (!NATIONAL_CODE.matcher(raw.nationalCode()).matches()) {
            problem(file, item, "nationalCode " + quote(raw.nationalCode()) + " is not a national procedure code such as 1.001193");
        }
        LocalDate from = date(file, item, "effectiveFrom", raw.effectiveFrom(), true);
        LocalDate to = date(file, item, "effectiveTo", raw.effectiveTo(), false);
        if (from != null && to != null && to.isBefore(from)) {
            problem(file, item, "effectiveTo " + to + " is before effectiveFrom " + from);
        }
        List<String> channels = channels(file, item, "channels", raw.channels(), CatalogEntry.CHANNELS, true);
        List<Fee> fees = fees(file, item, raw.fees(), channels);
        boolean commonOk = problems.size() == before;
        // The kind's own checks run even when the common fields failed, so every problem shows at once.
        CatalogEntry entry = kind == EntryKind.PROCEDURE ? procedure(file, item, raw, administration, from, to, channels, fees, verify)
                : kind == EntryKind.BUNDLE ? bundle(file, item, raw, from, to, channels, fees, verify)
                : null;
        return commonOk ? entry : null;
    }

    private Procedure procedure(String file, String item, CatalogFile.Entry raw, Administration administration,
                                LocalDate from, LocalDate to, List<String> channels, List<Fee> fees, boolean verify) {
        int before = problems.size();
        forbid(file, item, "PROCEDURE", "members", raw.members());
        forbid(file, item, "PROCEDURE", "options", raw.options());
        forbid(file, item, "PROCEDURE", "chain", raw.chain());
        forbid(file, item, "PROCEDURE", "endToEndLimit", raw.endToEndLimit());
        TimeLimit timeLimit = timeLimit(file, item, "timeLimit", raw.timeLimit());
        CompetentAgency competent = competentAgency(file, item, raw.competentAgency(), administration);
        List<ComponentSpec> components = components(file, item, raw.components());
        List<ResultFieldRule> resultFields = resultFields(file, item, raw.resultFields());
        ResultKind resultKind = enumValue(file, item, "resultKind", raw.resultKind(), ResultKind.class);
        boolean instant = Boolean.TRUE.equals(raw.instant());
        if (instant && timeLimit != null && timeLimit.unit() != TimeLimitUnit.SAME_DAY) {
            problem(file, item, "is instant (\"4 on the spot\") but its time limit is not SAME_DAY");
        }
        if (instant && !channels.contains("COUNTER")) {
            problem(file, item, "is instant (\"4 on the spot\") but does not allow the COUNTER channel");
        }
        if (problems.size() > before) {
            return null;
        }
        return new Procedure(raw.id(), raw.nationalCode(), verify, raw.note(), raw.name(), raw.nameEn(), versionOf(raw),
                from, to, timeLimit, competent, components, resultFields, resultKind, fees, channels, instant);
    }

    private Bundle bundle(String file, String item, CatalogFile.Entry raw, LocalDate from, LocalDate to,
                          List<String> channels, List<Fee> fees, boolean verify) {
        int before = problems.size();
        forbid(file, item, "BUNDLE", "timeLimit (a bundle has an endToEndLimit)", raw.timeLimit());
        forbid(file, item, "BUNDLE", "competentAgency (each member has its own)", raw.competentAgency());
        forbid(file, item, "BUNDLE", "components (each member lists its own)", raw.components());
        forbid(file, item, "BUNDLE", "resultFields", raw.resultFields());
        forbid(file, item, "BUNDLE", "resultKind", raw.resultKind());
        if (Boolean.TRUE.equals(raw.instant())) {
            problem(file, item, "a BUNDLE cannot be instant");
        }
        TimeLimit endToEnd = timeLimit(file, item, "endToEndLimit", raw.endToEndLimit());

        List<String> members = new ArrayList<>();
        for (String member : list(raw.members())) {
            if (member == null || !ID.matcher(member).matches()) {
                problem(file, item, "member " + quote(member) + " is not a procedure id");
            } else if (members.contains(member)) {
                problem(file, item, "member " + member + " is listed twice");
            } else {
                members.add(member);
            }
        }
        if (raw.members() == null || raw.members().size() < 2) {
            problem(file, item, "members must list at least two procedures");
        }

        List<BundleOption> options = new ArrayList<>();
        Map<String, String> optionOfMember = new HashMap<>();
        for (CatalogFile.Option rawOption : list(raw.options())) {
            if (rawOption == null) {
                problem(file, item, "options has an empty item");
                continue;
            }
            String where = "option " + rawOption.id();
            if (rawOption.id() == null || !CODE.matcher(rawOption.id()).matches()) {
                problem(file, item, where + ": id must be a code such as FUNERAL_ALLOWANCE");
                continue;
            }
            if (options.stream().anyMatch(o -> o.id().equals(rawOption.id()))) {
                problem(file, item, where + " is declared twice");
                continue;
            }
            if (rawOption.name() == null || rawOption.name().isBlank()) {
                problem(file, item, where + ": name is required");
            }
            if (rawOption.members() == null || rawOption.members().isEmpty()) {
                problem(file, item, where + ": members must list the optional members it adds");
                continue;
            }
            for (String member : rawOption.members()) {
                if (!members.contains(member)) {
                    problem(file, item, where + ": " + quote(member) + " is not a member of the bundle");
                } else if (optionOfMember.containsKey(member)) {
                    problem(file, item, where + ": member " + member + " is already in option " + optionOfMember.get(member));
                } else {
                    optionOfMember.put(member, rawOption.id());
                }
            }
            options.add(new BundleOption(rawOption.id(), rawOption.members().stream().filter(Objects::nonNull).toList(),
                    rawOption.name(), rawOption.nameEn()));
        }
        if (!members.isEmpty() && members.stream().allMatch(optionOfMember::containsKey)) {
            problem(file, item, "every member is optional; a bundle needs at least one member that is always included");
        }

        List<ChainEdge> chain = new ArrayList<>();
        Set<String> providedComponents = new HashSet<>();
        for (CatalogFile.Edge rawEdge : list(raw.chain())) {
            if (rawEdge == null) {
                problem(file, item, "chain has an empty item");
                continue;
            }
            String where = "chain edge " + rawEdge.from() + " → " + rawEdge.to() + " (" + rawEdge.component() + ")";
            boolean ok = true;
            for (String end : Arrays.asList(rawEdge.from(), rawEdge.to())) {
                if (!members.contains(end)) {
                    problem(file, item, where + ": " + quote(end) + " is not a member of the bundle");
                    ok = false;
                }
            }
            if (rawEdge.component() == null || !CODE.matcher(rawEdge.component()).matches()) {
                problem(file, item, where + ": component must be a component code");
                ok = false;
            }
            ChainEdgeType type = ChainEdgeType.RESULT;
            if (rawEdge.type() != null) {
                try {
                    type = ChainEdgeType.valueOf(rawEdge.type());
                } catch (IllegalArgumentException e) {
                    problem(file, item, where + ": type " + quote(rawEdge.type()) + " is not one of "
                            + Arrays.toString(ChainEdgeType.values()));
                    ok = false;
                }
            }
            if (ok && rawEdge.from().equals(rawEdge.to())) {
                problem(file, item, where + ": a member cannot feed itself");
                ok = false;
            }
            if (ok && !providedComponents.add(rawEdge.to() + "/" + rawEdge.component())) {
                problem(file, item, where + ": component " + rawEdge.component() + " of " + rawEdge.to()
                        + " is already provided by another edge");
                ok = false;
            }
            if (ok) {
                chain.add(new ChainEdge(rawEdge.from(), rawEdge.to(), rawEdge.component(), type));
            }
        }
        checkChainShape(file, item, chain, optionOfMember, members);

        if (problems.size() > before) {
            return null;
        }
        return new Bundle(raw.id(), raw.nationalCode(), verify, raw.note(), raw.name(), raw.nameEn(), versionOf(raw),
                from, to, members, options, chain, endToEnd, fees, channels);
    }

    /** Loops only through a HANDOFF/RESUME pair; no mandatory member waits for an optional one. */
    private void checkChainShape(String file, String item, List<ChainEdge> chain, Map<String, String> optionOfMember,
                                 List<String> members) {
        for (ChainEdge edge : chain) {
            ChainEdgeType partner = switch (edge.type()) {
                case HANDOFF -> ChainEdgeType.RESUME;
                case RESUME -> ChainEdgeType.HANDOFF;
                case RESULT -> null;
            };
            if (partner != null && chain.stream().noneMatch(e -> e.type() == partner && e.from().equals(edge.to())
                    && e.to().equals(edge.from()))) {
                problem(file, item, "chain edge " + edge.from() + " → " + edge.to() + " is a " + edge.type()
                        + " without the " + partner + " edge " + edge.to() + " → " + edge.from() + " that closes the loop");
            }
            if (optionOfMember.containsKey(edge.from()) && !optionOfMember.containsKey(edge.to())) {
                problem(file, item, "chain edge " + edge.from() + " → " + edge.to() + ": member " + edge.to()
                        + " is always included but would depend on " + edge.from() + ", which is optional (option "
                        + optionOfMember.get(edge.from()) + ")");
            }
        }
        List<String> cycle = startCycle(chain, members);
        if (!cycle.isEmpty()) {
            problem(file, item, "chain has a cycle " + String.join(" → ", cycle)
                    + "; members would wait for each other (a loop needs a HANDOFF edge and a RESUME edge back)");
        }
    }

    /** A cycle among the edges that gate a member's start, or empty. */
    private static List<String> startCycle(List<ChainEdge> chain, List<String> members) {
        Map<String, List<String>> next = new HashMap<>();
        chain.stream().filter(e -> e.type().gatesStart())
                .forEach(e -> next.computeIfAbsent(e.from(), k -> new ArrayList<>()).add(e.to()));
        Map<String, Integer> state = new HashMap<>();
        for (String member : members) {
            List<String> path = new ArrayList<>();
            List<String> cycle = dfs(member, next, state, path);
            if (!cycle.isEmpty()) {
                return cycle;
            }
        }
        return List.of();
    }

    private static List<String> dfs(String node, Map<String, List<String>> next, Map<String, Integer> state,
                                    List<String> path) {
        int s = state.getOrDefault(node, 0);
        if (s == 2) {
            return List.of();
        }
        if (s == 1) {
            List<String> cycle = new ArrayList<>(path.subList(path.indexOf(node), path.size()));
            cycle.add(node);
            return cycle;
        }
        state.put(node, 1);
        path.add(node);
        for (String to : next.getOrDefault(node, List.of())) {
            List<String> cycle = dfs(to, next, state, path);
            if (!cycle.isEmpty()) {
                return cycle;
            }
        }
        path.remove(path.size() - 1);
        state.put(node, 2);
        return List.of();
    }

    // ---------------------------------------------------------------- across entries

    private void checkVersions(Map<String, List<Sourced<CatalogEntry>>> entries) {
        for (List<Sourced<CatalogEntry>> versions : entries.values()) {
            Sourced<CatalogEntry> first = versions.get(0);
            Map<Integer, Sourced<CatalogEntry>> byVersion = new HashMap<>();
            List<Sourced<CatalogEntry>> kept = new ArrayList<>();
            for (Sourced<CatalogEntry> sourced : versions) {
                CatalogEntry entry = sourced.value();
                if (entry.kind() != first.value().kind()) {
                    problem(sourced.file(), "entry " + entry.label(), "is a " + entry.kind() + " but version "
                            + first.value().version() + " (" + first.file() + ") is a " + first.value().kind()
                            + "; an id keeps its kind across versions");
                }
                Sourced<CatalogEntry> earlier = byVersion.putIfAbsent(entry.version(), sourced);
                if (earlier != null) {
                    problem(sourced.file(), "entry " + entry.label(), "duplicate id and version: " + entry.label()
                            + " is already declared in " + earlier.file());
                } else {
                    kept.add(sourced);
                }
            }
            kept.sort(Comparator.comparing(s -> s.value().effectiveFrom()));
            for (int i = 1; i < kept.size(); i++) {
                CatalogEntry earlier = kept.get(i - 1).value();
                CatalogEntry later = kept.get(i).value();
                if (earlier.effectiveTo() == null || !earlier.effectiveTo().isBefore(later.effectiveFrom())) {
                    problem(kept.get(i).file(), "entry " + later.label(), "is in force from " + later.effectiveFrom()
                            + ", which overlaps " + earlier.label() + " (" + earlier.effectiveFrom() + " to "
                            + (earlier.effectiveTo() == null ? "open end" : earlier.effectiveTo())
                            + "); versions of an id must not overlap");
                }
                if (later.version() < earlier.version()) {
                    problem(kept.get(i).file(), "entry " + later.label(), "takes effect after " + earlier.label()
                            + " but has a lower version number");
                }
            }
        }
    }

    private void checkBundles(Map<String, List<Sourced<CatalogEntry>>> entries) {
        Function<String, List<Procedure>> versionsOf = id -> entries.getOrDefault(id, List.of()).stream()
                .map(Sourced::value).filter(Procedure.class::isInstance).map(Procedure.class::cast).toList();
        for (List<Sourced<CatalogEntry>> versions : entries.values()) {
            for (Sourced<CatalogEntry> sourced : versions) {
                if (sourced.value() instanceof Bundle bundle) {
                    checkBundle(sourced.file(), bundle, entries, versionsOf);
                }
            }
        }
    }

    private void checkBundle(String file, Bundle bundle, Map<String, List<Sourced<CatalogEntry>>> entries,
                             Function<String, List<Procedure>> versionsOf) {
        String item = "entry " + bundle.label();
        Map<String, List<Procedure>> overlapping = new HashMap<>();
        for (String member : bundle.members()) {
            List<Sourced<CatalogEntry>> memberVersions = entries.get(member);
            if (memberVersions == null) {
                if (!declaredIds.contains(member)) {
                    problem(file, item, "member " + member + " is not a procedure of the catalog");
                }
                continue;
            }
            if (memberVersions.get(0).value() instanceof Bundle) {
                problem(file, item, "member " + member + " is a bundle; members must be procedures");
                continue;
            }
            List<Procedure> procedures = versionsOf.apply(member);
            Optional<LocalDate> gap = firstUncoveredDay(bundle, procedures);
            gap.ifPresent(day -> problem(file, item, "member " + member + " has no version in force on " + day
                    + ", while the bundle is"));
            overlapping.put(member, procedures.stream().filter(p -> overlaps(bundle, p)).toList());
        }
        for (ChainEdge edge : bundle.chain()) {
            for (Procedure target : overlapping.getOrDefault(edge.to(), List.of())) {
                if (target.component(edge.component()).isEmpty()) {
                    problem(file, item, "chain edge " + edge.from() + " → " + edge.to() + " provides component "
                            + edge.component() + ", which " + target.label() + " does not list (it lists "
                            + target.components().stream().map(ComponentSpec::code).toList() + ")");
                }
            }
        }
        // One upload serves every member that lists the same code, so the code must mean the same file.
        Map<String, ComponentSpec> byCode = new HashMap<>();
        Map<String, String> owner = new HashMap<>();
        for (String member : bundle.members()) {
            for (Procedure procedure : overlapping.getOrDefault(member, List.of())) {
                for (ComponentSpec component : procedure.components()) {
                    ComponentSpec first = byCode.putIfAbsent(component.code(), component);
                    owner.putIfAbsent(component.code(), procedure.label());
                    if (first != null && (!Set.copyOf(first.formats()).equals(Set.copyOf(component.formats()))
                            || first.maxSizeBytes() != component.maxSizeBytes())) {
                        problem(file, item, "component " + component.code() + " has different formats or size in "
                                + owner.get(component.code()) + " and " + procedure.label()
                                + "; members of a bundle share one upload per component code");
                    }
                }
            }
        }
    }

    /** The first day the bundle is in force but the member has no version, if any. */
    private static Optional<LocalDate> firstUncoveredDay(Bundle bundle, List<Procedure> versions) {
        List<Procedure> sorted = versions.stream().sorted(Comparator.comparing(Procedure::effectiveFrom)).toList();
        LocalDate day = bundle.effectiveFrom();
        while (true) {
            LocalDate current = day;
            Optional<Procedure> covering = sorted.stream().filter(p -> p.inForceOn(current)).findFirst();
            if (covering.isEmpty()) {
                return Optional.of(day);
            }
            LocalDate end = covering.get().effectiveTo();
            if (end == null || (bundle.effectiveTo() != null && !end.isBefore(bundle.effectiveTo()))) {
                return Optional.empty();
            }
            day = end.plusDays(1);
        }
    }

    private static boolean overlaps(CatalogEntry a, CatalogEntry b) {
        boolean aStartsBeforeBEnds = b.effectiveTo() == null || !a.effectiveFrom().isAfter(b.effectiveTo());
        boolean bStartsBeforeAEnds = a.effectiveTo() == null || !b.effectiveFrom().isAfter(a.effectiveTo());
        return aStartsBeforeBEnds && bStartsBeforeAEnds;
    }

    // ---------------------------------------------------------------- parts of an entry

    private TimeLimit timeLimit(String file, String item, String field, CatalogFile.TimeLimit raw) {
        if (raw == null) {
            problem(file, item, field + " is required");
            return null;
        }
        TimeLimitUnit unit = enumValue(file, item, field + ".unit", raw.unit(), TimeLimitUnit.class);
        if (raw.value() == null || raw.value() <= 0) {
            problem(file, item, field + ".value must be a positive number, not " + raw.value());
            return null;
        }
        if (unit == null) {
            return null;
        }
        if (unit == TimeLimitUnit.SAME_DAY) {
            if (raw.value() != 1) {
                problem(file, item, field + ".value must be 1 for SAME_DAY");
                return null;
            }
            if (raw.cutoff() == null) {
                problem(file, item, field + ".cutoff (e.g. \"15:00\") is required for SAME_DAY");
                return null;
            }
            try {
                return TimeLimit.sameDay(LocalTime.parse(raw.cutoff()));
            } catch (DateTimeParseException e) {
                problem(file, item, field + ".cutoff " + quote(raw.cutoff()) + " is not a time such as 15:00");
                return null;
            }
        }
        if (raw.cutoff() != null) {
            problem(file, item, field + ".cutoff applies to SAME_DAY only");
            return null;
        }
        return TimeLimit.of(raw.value(), unit);
    }

    private CompetentAgency competentAgency(String file, String item, CatalogFile.CompetentAgency raw,
                                            Administration administration) {
        if (raw == null) {
            problem(file, item, "competentAgency {type, level} is required");
            return null;
        }
        boolean ok = true;
        if (administration.agencyType(raw.type()).isEmpty()) {
            problem(file, item, "competentAgency.type " + quote(raw.type()) + " is not one of the agency types "
                    + administration.agencyTypes().stream().map(AgencyType::code).sorted().toList());
            ok = false;
        }
        if (administration.level(raw.level()).isEmpty()) {
            problem(file, item, "competentAgency.level " + quote(raw.level()) + " is not one of the levels "
                    + codes(administration.levels()));
            ok = false;
        }
        if (ok && !administration.anyAgency(raw.type(), raw.level())) {
            problem(file, item, "no " + raw.type() + " agency at " + raw.level() + " level is declared, so no dossier"
                    + " of this procedure could be routed");
            ok = false;
        }
        return ok ? new CompetentAgency(raw.type(), raw.level()) : null;
    }

    private List<ComponentSpec> components(String file, String item, List<CatalogFile.Component> raws) {
        if (raws == null || raws.isEmpty()) {
            problem(file, item, "components must publish at least one dossier component");
            return List.of();
        }
        List<ComponentSpec> components = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < raws.size(); i++) {
            CatalogFile.Component raw = raws.get(i);
            if (raw == null) {
                problem(file, item, "components[" + i + "] is empty");
                continue;
            }
            String where = "component " + (raw.code() == null ? "[" + i + "]" : raw.code());
            int before = problems.size();
            if (raw.code() == null || !CODE.matcher(raw.code()).matches()) {
                problem(file, item, where + ": code must be upper case letters, digits and _ (e.g. BIRTH_CERT)");
            } else if (!codes.add(raw.code())) {
                problem(file, item, where + " is listed twice");
            }
            if (raw.name() == null || raw.name().isBlank()) {
                problem(file, item, where + ": name is required");
            }
            if (raw.nameEn() == null || raw.nameEn().isBlank()) {
                problem(file, item, where + ": nameEn is required");
            }
            if (raw.required() == null) {
                problem(file, item, where + ": required (true or false) is required");
            }
            if (raw.formats() == null || raw.formats().isEmpty()) {
                problem(file, item, where + ": formats must list the accepted media types");
            } else {
                for (String format : raw.formats()) {
                    if (format == null || !MEDIA_TYPE.matcher(format).matches()) {
                        problem(file, item, where + ": format " + quote(format) + " is not a media type such as application/pdf");
                    }
                }
                if (new HashSet<>(raw.formats()).size() != raw.formats().size()) {
                    problem(file, item, where + ": formats lists a media type twice");
                }
            }
            if (raw.maxSizeBytes() == null || raw.maxSizeBytes() <= 0) {
                problem(file, item, where + ": maxSizeBytes must be a positive number of bytes");
            }
            if (problems.size() == before) {
                components.add(new ComponentSpec(raw.code(), raw.name(), raw.nameEn(), raw.required(), raw.formats(),
                        raw.maxSizeBytes()));
            }
        }
        return components;
    }

    private List<ResultFieldRule> resultFields(String file, String item, List<CatalogFile.ResultField> raws) {
        if (raws == null || raws.isEmpty()) {
            problem(file, item, "resultFields must name what an approval provides");
            return List.of();
        }
        List<ResultFieldRule> fields = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (CatalogFile.ResultField raw : raws) {
            if (raw == null || raw.name() == null || !FIELD_NAME.matcher(raw.name()).matches()) {
                problem(file, item, "result field " + quote(raw == null ? null : raw.name())
                        + " needs a name in lowerCamelCase such as childPersonalId");
                continue;
            }
            if (!names.add(raw.name())) {
                problem(file, item, "result field " + raw.name() + " is listed twice");
                continue;
            }
            if (raw.required() == null) {
                problem(file, item, "result field " + raw.name() + ": required (true or false) is required");
                continue;
            }
            String field = "result field " + raw.name() + ": ";
            ResultFieldType type = raw.type() == null ? null
                    : enumValue(file, item, field + "type", raw.type(), ResultFieldType.class);
            DecisionBound bound = raw.bound() == null ? null
                    : enumValue(file, item, field + "bound", raw.bound(), DecisionBound.class);
            if ((raw.type() != null && type == null) || (raw.bound() != null && bound == null)) {
                continue;
            }
            try {
                fields.add(new ResultFieldRule(raw.name(), raw.required(), type, bound));
            } catch (IllegalArgumentException e) {
                problem(file, item, e.getMessage());
            }
        }
        return fields;
    }

    private List<Fee> fees(String file, String item, List<CatalogFile.Fee> raws, List<String> entryChannels) {
        List<Fee> fees = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (CatalogFile.Fee raw : list(raws)) {
            if (raw == null) {
                problem(file, item, "fees has an empty item");
                continue;
            }
            String where = "fee " + raw.code();
            int before = problems.size();
            if (raw.code() == null || !CODE.matcher(raw.code()).matches()) {
                problem(file, item, where + ": code must be a code such as REGISTRATION_FEE");
            } else if (!codes.add(raw.code())) {
                problem(file, item, where + " is listed twice");
            }
            if (raw.name() == null || raw.name().isBlank()) {
                problem(file, item, where + ": name is required");
            }
            if (raw.amountVnd() == null || raw.amountVnd() < 0) {
                problem(file, item, where + ": amountVnd must be zero or more");
            }
            List<String> channels = channels(file, item, where + ".channels", raw.channels(), entryChannels, false);
            if (problems.size() == before) {
                fees.add(new Fee(raw.code(), raw.name(), raw.nameEn(), raw.amountVnd(), channels));
            }
        }
        return fees;
    }

    private List<String> channels(String file, String item, String field, List<String> raws, List<String> allowed,
                                  boolean required) {
        if (raws == null || raws.isEmpty()) {
            if (required) {
                problem(file, item, field + " must list at least one of " + CatalogEntry.CHANNELS);
            }
            return List.of();
        }
        List<String> channels = new ArrayList<>();
        for (String channel : raws) {
            if (!allowed.contains(channel)) {
                problem(file, item, field + ": " + quote(channel) + " is not one of " + allowed);
            } else if (channels.contains(channel)) {
                problem(file, item, field + ": " + channel + " is listed twice");
            } else {
                channels.add(channel);
            }
        }
        return channels;
    }

    // ---------------------------------------------------------------- helpers

    private void forbid(String file, String item, String kind, String field, Object value) {
        if (value != null) {
            problem(file, item, "a " + kind + " cannot have " + field);
        }
    }

    private LocalDate date(String file, String item, String field, String value, boolean required) {
        if (value == null) {
            if (required) {
                problem(file, item, field + " is required (YYYY-MM-DD)");
            }
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problem(file, item, field + " " + quote(value) + " is not a date YYYY-MM-DD");
            return null;
        }
    }

    private <E extends Enum<E>> E enumValue(String file, String item, String field, String value, Class<E> type) {
        if (value == null) {
            problem(file, item, field + " is required, one of " + Arrays.toString(type.getEnumConstants()));
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            problem(file, item, field + " " + quote(value) + " is not one of " + Arrays.toString(type.getEnumConstants()));
            return null;
        }
    }

    private boolean require(String file, String item, String field, String value, Pattern pattern) {
        if (value == null) {
            problem(file, item, field + " is required");
            return false;
        }
        if (!pattern.matcher(value).matches()) {
            problem(file, item, field + " " + quote(value) + " does not match " + pattern.pattern());
            return false;
        }
        return true;
    }

    private boolean requireText(String file, String item, String field, String value) {
        if (value == null || value.isBlank()) {
            problem(file, item, field + " is required");
            return false;
        }
        return true;
    }

    /** The version, or 0 when missing (then already reported, and the entry is dropped). */
    private static int versionOf(CatalogFile.Entry raw) {
        return raw.version() == null ? 0 : raw.version();
    }

    private static <T> List<T> items(List<T> section) {
        return section == null ? List.of() : section.stream().filter(Objects::nonNull).toList();
    }

    private static <T> List<T> list(List<T> value) {
        return value == null ? List.of() : value;
    }

    private static List<String> codes(List<AdministrativeLevel> levels) {
        return levels.stream().map(AdministrativeLevel::code).toList();
    }

    private static String quote(String value) {
        return value == null ? "(missing)" : "\"" + value + "\"";
    }

    private void problem(String file, String item, String message) {
        problems.add(new CatalogProblem(file, item, message));
    }
}
