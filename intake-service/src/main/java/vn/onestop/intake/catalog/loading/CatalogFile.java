package vn.onestop.intake.catalog.loading;

import java.util.List;

/**
 * The JSON shape of a catalog file, as written (every field optional here so that the validator,
 * not the parser, says what is missing). A file holds any of the sections; together, the files
 * make one catalog. Field names are the API's (see docs/catalog.md).
 */
public final class CatalogFile {

    private CatalogFile() {
    }

    public record Level(String code, String name, String nameEn) {
    }

    public record AgencyType(String code, String name, String nameEn) {
    }

    public record Unit(String code, String name, String nameEn, String level, String parent) {
    }

    public record Agency(String code, String name, String nameEn, String type, String level, String unit,
                         String parent, Boolean receivesDossiers) {
    }

    public record Entry(String id, String kind, String nationalCode, Boolean verify, String note, String name,
                        String nameEn, Integer version, String effectiveFrom, String effectiveTo,
                        TimeLimit timeLimit, CompetentAgency competentAgency, List<Component> components,
                        List<ResultField> resultFields, String resultKind, List<Fee> fees, List<String> channels,
                        Boolean instant, List<String> members, List<Option> options, List<Edge> chain,
                        TimeLimit endToEndLimit) {
    }

    public record TimeLimit(Integer value, String unit, String cutoff) {
    }

    public record CompetentAgency(String type, String level) {
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
     */
    public record Parsed(String name, List<Level> levels, List<AgencyType> agencyTypes,
                         List<Unit> administrativeUnits, List<Agency> agencies, List<Entry> entries) {
    }
}
