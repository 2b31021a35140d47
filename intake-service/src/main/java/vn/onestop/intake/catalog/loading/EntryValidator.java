package vn.onestop.intake.catalog.loading;

import vn.onestop.intake.catalog.domain.CatalogEntry;
import vn.onestop.intake.catalog.domain.EntryKind;
import vn.onestop.intake.catalog.domain.Fee;
import vn.onestop.intake.catalog.domain.TimeLimit;
import vn.onestop.workingtime.TimeLimitUnit;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static vn.onestop.intake.catalog.loading.Problems.quote;

/**
 * The {@code entries} of all files: what every entry has (dates, channels, fees), the kind's own part
 * ({@link ProcedureValidator}, {@link BundleValidator}), then the versions of each id together. An
 * entry with any problem, of shape or of the rules here, stays out of the catalog.
 */
final class EntryValidator {

    private final Problems problems;
    private final ProcedureValidator procedures;
    private final BundleValidator bundles;
    /** Ids of every entry written, valid or not: a bundle is not blamed for a member already reported. */
    private final Set<String> declaredIds = new HashSet<>();

    EntryValidator(Problems problems, ProcedureValidator procedures, BundleValidator bundles) {
        this.problems = problems;
        this.procedures = procedures;
        this.bundles = bundles;
    }

    /** The valid entries by id, each with its file, after the checks across versions. */
    Map<String, List<Sourced<CatalogEntry>>> validate(List<CatalogFile.Parsed> files) {
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
                CatalogEntry entry = entry(At.of(file, "entries", i, raw.item(i), problems), raw);
                if (entry != null) {
                    byId.computeIfAbsent(entry.id(), id -> new ArrayList<>()).add(new Sourced<>(file.name(), entry));
                }
            }
        }
        checkVersions(byId);
        return byId;
    }

    Set<String> declaredIds() {
        return declaredIds;
    }

    private CatalogEntry entry(At at, CatalogFile.Entry raw) {
        int before = problems.count();
        LocalDate from = at.ok("effectiveFrom") ? LocalDate.parse(raw.effectiveFrom()) : null;
        LocalDate to = at.ok("effectiveTo") && raw.effectiveTo() != null ? LocalDate.parse(raw.effectiveTo()) : null;
        if (from != null && to != null && to.isBefore(from)) {
            at.problem(ProblemCode.EFFECTIVE_TO_BEFORE_FROM, "effectiveTo " + to + " is before effectiveFrom " + from);
        }
        List<String> channels = channels(at, "channels", "channels", raw.channels(), CatalogEntry.CHANNELS);
        List<Fee> fees = fees(at, raw.fees(), channels);
        boolean verify = Boolean.TRUE.equals(raw.verify());
        boolean commonOk = problems.count() == before;
        // The kind's own checks run even when the common fields failed, so every problem shows at once.
        EntryKind kind = at.ok("kind") ? EntryKind.valueOf(raw.kind()) : null;
        CatalogEntry entry = kind == EntryKind.PROCEDURE ? procedures.procedure(at, raw, from, to, channels, fees, verify)
                : kind == EntryKind.BUNDLE ? bundles.bundle(at, raw, from, to, channels, fees, verify)
                : null;
        return commonOk && at.ok() ? entry : null;
    }

    /** The channels of an entry or a fee ({@code path} in the item, {@code field} in messages), each once and allowed. */
    private static List<String> channels(At at, String path, String field, List<String> raws, List<String> allowed) {
        List<String> channels = new ArrayList<>();
        List<String> all = raws == null ? List.of() : raws;
        for (int i = 0; i < all.size(); i++) {
            String channel = all.get(i);
            if (!at.ok(path + "/" + i)) {
                continue;
            }
            if (!allowed.contains(channel)) {
                at.problem(ProblemCode.CHANNEL_NOT_ALLOWED, field + ": " + quote(channel) + " is not one of " + allowed);
            } else if (channels.contains(channel)) {
                at.problem(ProblemCode.DUPLICATE_CODE, field + ": " + channel + " is listed twice");
            } else {
                channels.add(channel);
            }
        }
        return channels;
    }

    /** Fees, each code once, for the entry's own channels ({@code channels: []} is every one of them). */
    private List<Fee> fees(At at, List<CatalogFile.Fee> raws, List<String> entryChannels) {
        List<Fee> fees = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        List<CatalogFile.Fee> all = raws == null ? List.of() : raws;
        for (int i = 0; i < all.size(); i++) {
            CatalogFile.Fee raw = all.get(i);
            String path = "fees/" + i;
            if (raw == null) {
                continue;
            }
            String where = "fee " + raw.code();
            int before = problems.count();
            if (at.ok(path + "/code") && !codes.add(raw.code())) {
                at.problem(ProblemCode.DUPLICATE_CODE, where + " is listed twice");
            }
            List<String> channels = channels(at, path + "/channels", where + ".channels", raw.channels(), entryChannels);
            if (problems.count() == before && at.ok(path)) {
                fees.add(new Fee(raw.code(), raw.name(), raw.nameEn(), raw.amountVnd(), channels));
            }
        }
        return fees;
    }

    /**
     * A procedure's {@code timeLimit} or a bundle's {@code endToEndLimit}, or null when missing or wrong.
     * The schema checks value, unit and the cutoff's format; what the unit implies is checked here.
     */
    static TimeLimit timeLimit(At at, String field, CatalogFile.TimeLimit raw) {
        if (raw == null || !at.ok(field)) {
            return null;
        }
        TimeLimitUnit unit = TimeLimitUnit.valueOf(raw.unit());
        if (unit == TimeLimitUnit.SAME_DAY) {
            if (raw.value() != 1) {
                at.problem(ProblemCode.SAME_DAY_VALUE, field + ".value must be 1 for SAME_DAY");
                return null;
            }
            if (raw.cutoff() == null) {
                at.problem(ProblemCode.CUTOFF_REQUIRED, field + ".cutoff (e.g. \"15:00\") is required for SAME_DAY");
                return null;
            }
            return TimeLimit.sameDay(LocalTime.parse(raw.cutoff()));
        }
        if (raw.cutoff() != null) {
            at.problem(ProblemCode.CUTOFF_NOT_ALLOWED, field + ".cutoff applies to SAME_DAY only");
            return null;
        }
        return TimeLimit.of(raw.value(), unit);
    }

    // ---------------------------------------------------------------- across versions of an id

    private void checkVersions(Map<String, List<Sourced<CatalogEntry>>> entries) {
        for (List<Sourced<CatalogEntry>> versions : entries.values()) {
            Sourced<CatalogEntry> first = versions.get(0);
            Map<Integer, Sourced<CatalogEntry>> byVersion = new HashMap<>();
            List<Sourced<CatalogEntry>> kept = new ArrayList<>();
            for (Sourced<CatalogEntry> sourced : versions) {
                CatalogEntry entry = sourced.value();
                if (entry.kind() != first.value().kind()) {
                    problems.add(sourced.file(), "entry " + entry.label(), ProblemCode.KIND_CHANGED, "is a " + entry.kind()
                            + " but version " + first.value().version() + " (" + first.file() + ") is a "
                            + first.value().kind() + "; an id keeps its kind across versions");
                }
                Sourced<CatalogEntry> earlier = byVersion.putIfAbsent(entry.version(), sourced);
                if (earlier != null) {
                    problems.add(sourced.file(), "entry " + entry.label(), ProblemCode.DUPLICATE_VERSION,
                            "duplicate id and version: " + entry.label() + " is already declared in " + earlier.file());
                } else {
                    kept.add(sourced);
                }
            }
            kept.sort(Comparator.comparing(s -> s.value().effectiveFrom()));
            for (int i = 1; i < kept.size(); i++) {
                CatalogEntry earlier = kept.get(i - 1).value();
                CatalogEntry later = kept.get(i).value();
                String file = kept.get(i).file();
                if (earlier.effectiveTo() == null || !earlier.effectiveTo().isBefore(later.effectiveFrom())) {
                    problems.add(file, "entry " + later.label(), ProblemCode.OVERLAPPING_VERSIONS, "is in force from "
                            + later.effectiveFrom() + ", which overlaps " + earlier.label() + " (" + earlier.effectiveFrom()
                            + " to " + (earlier.effectiveTo() == null ? "open end" : earlier.effectiveTo())
                            + "); versions of an id must not overlap");
                }
                if (later.version() < earlier.version()) {
                    problems.add(file, "entry " + later.label(), ProblemCode.VERSION_ORDER, "takes effect after "
                            + earlier.label() + " but has a lower version number");
                }
            }
        }
    }
}
