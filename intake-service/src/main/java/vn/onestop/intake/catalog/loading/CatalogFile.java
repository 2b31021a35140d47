package vn.onestop.intake.catalog.loading;

import java.util.List;

/**
 * The JSON shape of a catalog file, as written (every field optional here so that the JSON Schema
 * catalog/schema/catalog-file.json, not the parser, says what is missing). A file holds any of the
 * sections; together, the files make one catalog. Field names are the API's (see docs/catalog.md).
 */
public final class CatalogFile {

    private CatalogFile() {
    }

    /** An item of a section, named as problems name it. */
    public interface Item {

        /** "agency 000.00.01.H22", "entry P2 v1"; {@code index} is the item's place in its section. */
        String item(int index);
    }

    public record Level(String code, String name, String nameEn) implements Item {
        @Override
        public String item(int index) {
            return "level " + code;
        }
    }

    public record AgencyType(String code, String name, String nameEn) implements Item {
        @Override
        public String item(int index) {
            return "agency type " + code;
        }
    }

    public record Unit(String code, String name, String nameEn, String level, String parent) implements Item {
        @Override
        public String item(int index) {
            return "unit " + code;
        }
    }

    public record Agency(String code, String name, String nameEn, String type, String level, String unit,
                         String parent, Boolean receivesDossiers) implements Item {
        @Override
        public String item(int index) {
            return "agency " + code;
        }
    }

    public record Entry(String id, String kind, String nationalCode, Boolean verify, String note, String name,
                        String nameEn, Integer version, String effectiveFrom, String effectiveTo,
                        TimeLimit timeLimit, CompetentAgency competentAgency, List<Component> components,
                        List<ResultField> resultFields, String resultKind, List<Fee> fees, List<String> channels,
                        Boolean instant, String onlineService, String onlineAcceptance, Boolean filedAlone, List<String> members, List<Option> options, List<Edge> chain,
                        TimeLimit endToEndLimit) implements Item {
        @Override
        public String item(int index) {
            return id == null ? "entries[" + index + "]" : "entry " + id + (version == null ? "" : " v" + version);
        }
    }

    public record TimeLimit(Integer value, String unit, String cutoff) {
    }

    public record CompetentAgency(String type, String level, String by) {
    }

    public record Component(String code, String name, String nameEn, Boolean required, List<String> formats,
                            Long maxSizeBytes) {
    }

    public record ResultField(String name, Boolean required, String type, String bound) {
    }

    public record Fee(String code, String name, String nameEn, Long amountVnd, List<String> channels) {
    }

    public record Option(String id, List<String> members, String name, String nameEn) {
    }

    public record Edge(String from, String to, String component, String type) {
    }

    /**
     * One file after parsing. A section absent from the file is null; an item of a section that could
     * not be parsed is a null element (its problem is already reported), so indexes stay those of the file.
     * {@code shape} says which values the JSON Schema refused (also already reported).
     */
    public record Parsed(String name, List<Level> levels, List<AgencyType> agencyTypes,
                         List<Unit> administrativeUnits, List<Agency> agencies, List<Entry> entries, Shape shape) {
    }
}
