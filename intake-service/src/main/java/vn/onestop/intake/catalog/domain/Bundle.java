package vn.onestop.intake.catalog.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One version of a procedure bundle (nhóm thủ tục liên thông): submitted once, several results. Its
 * {@code endToEndLimit} is the bundle's own promise, separate from each member's limit. Members are
 * procedure ids; the version of each member is the one in force on the same day as the bundle.
 */
public record Bundle(String id, String nationalCode, boolean verify, String note, String name, String nameEn,
                     int version, LocalDate effectiveFrom, LocalDate effectiveTo, List<String> members,
                     List<BundleOption> options, List<ChainEdge> chain, TimeLimit endToEndLimit, List<Fee> fees,
                     List<String> channels) implements CatalogEntry {

    public Bundle {
        members = List.copyOf(members);
        options = List.copyOf(options);
        chain = List.copyOf(chain);
        fees = List.copyOf(fees);
        channels = List.copyOf(channels);
    }

    @Override
    public EntryKind kind() {
        return EntryKind.BUNDLE;
    }

    public Optional<BundleOption> option(String optionId) {
        return options.stream().filter(o -> o.id().equals(optionId)).findFirst();
    }

    /** The option a member belongs to, or empty for a member that is always included. */
    public Optional<BundleOption> optionOf(String member) {
        return options.stream().filter(o -> o.members().contains(member)).findFirst();
    }

    public List<String> mandatoryMembers() {
        Set<String> optional = options.stream().flatMap(o -> o.members().stream()).collect(Collectors.toSet());
        return members.stream().filter(m -> !optional.contains(m)).toList();
    }

    public Set<String> optionIds() {
        return options.stream().map(BundleOption::id).collect(Collectors.toUnmodifiableSet());
    }
}
