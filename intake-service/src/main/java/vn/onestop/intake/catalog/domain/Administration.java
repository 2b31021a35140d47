package vn.onestop.intake.catalog.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Levels, agency types, administrative units and agencies: the province's structure, as data. */
public final class Administration {

    private final List<AdministrativeLevel> levels;
    private final Map<String, AdministrativeLevel> levelsByCode = new LinkedHashMap<>();
    private final Map<String, AgencyType> types = new LinkedHashMap<>();
    private final Map<String, AdministrativeUnit> units = new LinkedHashMap<>();
    private final Map<String, Agency> agencies = new LinkedHashMap<>();

    /** Levels top first; the other lists in any order. Codes are assumed unique (the validator checks). */
    public Administration(List<AdministrativeLevel> levels, Collection<AgencyType> types,
                          Collection<AdministrativeUnit> units, Collection<Agency> agencies) {
        this.levels = List.copyOf(levels);
        levels.forEach(l -> levelsByCode.put(l.code(), l));
        types.forEach(t -> this.types.put(t.code(), t));
        units.forEach(u -> this.units.put(u.code(), u));
        agencies.forEach(a -> this.agencies.put(a.code(), a));
    }

    public List<AdministrativeLevel> levels() {
        return levels;
    }

    public Optional<AdministrativeLevel> level(String code) {
        return Optional.ofNullable(code == null ? null : levelsByCode.get(code));
    }

    public List<AgencyType> agencyTypes() {
        return List.copyOf(types.values());
    }

    public Optional<AgencyType> agencyType(String code) {
        return Optional.ofNullable(code == null ? null : types.get(code));
    }

    public List<AdministrativeUnit> units() {
        return List.copyOf(units.values());
    }

    public Optional<AdministrativeUnit> unit(String code) {
        return Optional.ofNullable(code == null ? null : units.get(code));
    }

    public List<Agency> agencies() {
        return List.copyOf(agencies.values());
    }

    public Optional<Agency> agency(String code) {
        return Optional.ofNullable(code == null ? null : agencies.get(code));
    }

    /** 0 for the top level, growing downwards; -1 for an unknown level. */
    public int rank(String level) {
        return level(level).map(AdministrativeLevel::rank).orElse(-1);
    }

    /** The unit itself, then its parent, up to the top (the province). */
    public List<AdministrativeUnit> ancestry(AdministrativeUnit unit) {
        List<AdministrativeUnit> chain = new ArrayList<>();
        AdministrativeUnit current = unit;
        while (current != null && chain.size() <= units.size()) {
            chain.add(current);
            current = current.parent() == null ? null : units.get(current.parent());
        }
        return chain;
    }

    /** The top-level unit (province) a unit belongs to. */
    public AdministrativeUnit top(AdministrativeUnit unit) {
        List<AdministrativeUnit> chain = ancestry(unit);
        return chain.get(chain.size() - 1);
    }

    /** The unit itself or its ancestor at the given level. */
    public Optional<AdministrativeUnit> atLevel(AdministrativeUnit unit, String level) {
        return ancestry(unit).stream().filter(u -> u.level().equals(level)).findFirst();
    }

    /** The agencies of a type in a unit (the validator allows at most one). */
    public Optional<Agency> agencyOf(String type, String unit) {
        return agencies.values().stream().filter(a -> a.type().equals(type) && a.unit().equals(unit)).findFirst();
    }

    public boolean anyAgency(String type, String level) {
        return agencies.values().stream().anyMatch(a -> a.type().equals(type) && a.level().equals(level));
    }
}
