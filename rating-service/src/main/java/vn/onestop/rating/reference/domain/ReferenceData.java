package vn.onestop.rating.reference.domain;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Administrative units, agencies and procedure codes, as intake last published them
 * (CatalogPublished; rating has no catalog of its own). Resolves the {@code unit} and {@code level}
 * of the index queries to a {@link Scope}.
 */
public final class ReferenceData {

    private final Map<String, AdministrativeUnit> units;
    private final Map<String, Agency> agencies;
    private final Map<String, ProcedureRef> procedures;
    private final Set<String> levels;
    private final AdministrativeUnit province;

    public ReferenceData(List<String> levels, List<AdministrativeUnit> units, List<Agency> agencies,
                         List<ProcedureRef> procedures) {
        this.levels = Collections.unmodifiableSet(new LinkedHashSet<>(levels));
        this.units = index(units, AdministrativeUnit::code, "administrativeUnits");
        this.agencies = index(agencies, Agency::code, "agencies");
        this.procedures = index(procedures, ProcedureRef::id, "procedures");
        List<AdministrativeUnit> roots = units.stream().filter(u -> u.parent() == null).toList();
        if (roots.size() != 1) {
            throw new IllegalArgumentException("administrativeUnits: exactly one unit without parent (the province) "
                    + "is required, found " + roots.size());
        }
        this.province = roots.get(0);
        for (AdministrativeUnit u : units) {
            if (u.parent() != null && !this.units.containsKey(u.parent())) {
                throw new IllegalArgumentException("administrativeUnits " + u.code() + ": unknown parent " + u.parent());
            }
            if (!this.levels.contains(u.level())) {
                throw new IllegalArgumentException("administrativeUnits " + u.code() + ": unknown level " + u.level());
            }
        }
        for (Agency a : agencies) {
            if (!this.units.containsKey(a.unit())) {
                throw new IllegalArgumentException("agencies " + a.code() + ": unknown unit " + a.unit());
            }
        }
    }

    /**
     * Reads the data of a CatalogPublished event (contracts: schemas/catalog-published.v1.json): the
     * levels, administrative units, agencies and procedures intake published.
     *
     * @throws IllegalArgumentException naming what is missing or inconsistent
     */
    public static ReferenceData fromSnapshot(JsonNode snapshot) {
        List<String> levels = new ArrayList<>();
        snapshot.path("levels").forEach(l -> levels.add(l.asText()));
        List<AdministrativeUnit> units = new ArrayList<>();
        for (JsonNode u : snapshot.path("administrativeUnits")) {
            units.add(new AdministrativeUnit(required(u, "code"), required(u, "name"), textOrNull(u.get("nameEn")),
                    required(u, "level"), textOrNull(u.get("parent"))));
        }
        List<Agency> agencyList = new ArrayList<>();
        for (JsonNode a : snapshot.path("agencies")) {
            agencyList.add(new Agency(required(a, "code"), required(a, "name"), textOrNull(a.get("nameEn")),
                    required(a, "type"), required(a, "level"), required(a, "unit"), textOrNull(a.get("parent")),
                    a.path("receivesDossiers").asBoolean(false)));
        }
        List<ProcedureRef> procedureList = new ArrayList<>();
        for (JsonNode p : snapshot.path("procedures")) {
            procedureList.add(new ProcedureRef(required(p, "id"), textOrNull(p.get("nationalCode")),
                    textOrNull(p.get("name")), textOrNull(p.get("nameEn"))));
        }
        return new ReferenceData(levels, units, agencyList, procedureList);
    }

    private static String required(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || value.asText().isBlank()) {
            throw new IllegalArgumentException("reference data: an entry has no " + field + ": " + node);
        }
        return value.asText();
    }

    public AdministrativeUnit province() {
        return province;
    }

    public Set<String> levels() {
        return levels;
    }

    public Optional<Agency> agency(String code) {
        return Optional.ofNullable(agencies.get(code));
    }

    public Optional<AdministrativeUnit> unit(String code) {
        return Optional.ofNullable(units.get(code));
    }

    public Optional<ProcedureRef> procedure(String id) {
        return Optional.ofNullable(procedures.get(id));
    }

    /** The units of a level, in the order of the data file. */
    public List<AdministrativeUnit> unitsOfLevel(String level) {
        return units.values().stream().filter(u -> u.level().equals(level)).toList();
    }

    /**
     * The scope of {@code unit} (an agency code, an administrative unit code, or null/blank for the
     * province), narrowed to {@code level} when given.
     *
     * @throws IllegalArgumentException naming the unknown unit or level
     */
    public Scope scope(String unit, String level) {
        String lvl = level == null || level.isBlank() ? null : level;
        if (lvl != null && !levels.contains(lvl)) {
            throw new IllegalArgumentException("level: unknown level '" + lvl + "' (known: " + String.join(", ", levels) + ")");
        }
        if (unit == null || unit.isBlank() || unit.equals(province.code())) {
            return unitScope(province, lvl, Scope.Kind.PROVINCE, lvl == null);
        }
        Agency agency = agencies.get(unit);
        if (agency != null) {
            boolean inLevel = lvl == null || lvl.equals(agency.level());
            return new Scope(Scope.Kind.AGENCY, agency.code(), agency.name(), lvl,
                    inLevel ? Set.of(agency.code()) : Set.of(), false);
        }
        AdministrativeUnit u = units.get(unit);
        if (u == null) {
            throw new IllegalArgumentException("unit: '" + unit + "' is neither an agency nor an administrative unit");
        }
        return unitScope(u, lvl, Scope.Kind.UNIT, false);
    }

    private Scope unitScope(AdministrativeUnit unit, String level, Scope.Kind kind, boolean all) {
        Set<String> inside = new LinkedHashSet<>();
        Set<String> subUnits = subUnits(unit.code());
        for (Agency a : agencies.values()) {
            if (subUnits.contains(a.unit()) && (level == null || level.equals(a.level()))) {
                inside.add(a.code());
            }
        }
        return new Scope(kind, unit.code(), unit.name(), level, Collections.unmodifiableSet(inside), all);
    }

    /** The unit and every unit below it. */
    public Set<String> subUnits(String code) {
        Set<String> found = new LinkedHashSet<>();
        found.add(code);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (AdministrativeUnit u : units.values()) {
                if (u.parent() != null && found.contains(u.parent()) && found.add(u.code())) {
                    grew = true;
                }
            }
        }
        return found;
    }

    private static <T> Map<String, T> index(List<T> list, java.util.function.Function<T, String> key, String field) {
        Map<String, T> map = new LinkedHashMap<>();
        for (T t : list) {
            if (map.put(key.apply(t), t) != null) {
                throw new IllegalArgumentException(field + ": duplicate code " + key.apply(t));
            }
        }
        return Collections.unmodifiableMap(map);
    }

    private static String textOrNull(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }
}
