package vn.onestop.intake.catalog.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * The reference data other services need of the catalog (administrative units, agencies, procedure
 * ids with their national codes and names), as of one day, with a hash of its content: two
 * snapshots with the same content have the same hash, whatever day they were made.
 */
public record ReferenceSnapshot(String province, List<String> levels, List<AdministrativeUnit> administrativeUnits,
                                List<Agency> agencies, List<ProcedureRef> procedures) {

    /** A procedure as the other services know it. */
    public record ProcedureRef(String id, String nationalCode, String name, String nameEn) {
    }

    public ReferenceSnapshot {
        levels = List.copyOf(levels);
        administrativeUnits = List.copyOf(administrativeUnits);
        agencies = List.copyOf(agencies);
        procedures = List.copyOf(procedures);
    }

    /** The snapshot of {@code administration} and the procedures in force ({@code inForce}, any order). */
    public static ReferenceSnapshot of(Administration administration, List<Procedure> inForce) {
        AdministrativeUnit top = administration.units().stream().filter(u -> u.parent() == null).findFirst()
                .orElseThrow(() -> new IllegalStateException("the administration has no unit at the top"));
        List<String> levels = administration.levels().stream()
                .sorted(Comparator.comparingInt(AdministrativeLevel::rank)).map(AdministrativeLevel::code).toList();
        List<ProcedureRef> procedures = inForce.stream()
                .sorted(Comparator.comparing(Procedure::id, Comparator.comparingInt(String::length)
                        .thenComparing(Comparator.naturalOrder())))
                .map(p -> new ProcedureRef(p.id(), p.nationalCode(), p.name(), p.nameEn())).toList();
        return new ReferenceSnapshot(top.code(), levels, administration.units(), administration.agencies(), procedures);
    }

    /** SHA-256 (hex) of the content, in a fixed text form: the same content, the same hash. */
    public String sha256() {
        StringBuilder text = new StringBuilder(province).append('\n');
        levels.forEach(l -> text.append("L|").append(l).append('\n'));
        administrativeUnits.forEach(u -> text.append("U|").append(u.code()).append('|').append(u.name()).append('|')
                .append(u.nameEn()).append('|').append(u.level()).append('|').append(u.parent()).append('\n'));
        agencies.forEach(a -> text.append("A|").append(a.code()).append('|').append(a.name()).append('|')
                .append(a.nameEn()).append('|').append(a.type()).append('|').append(a.level()).append('|')
                .append(a.unit()).append('|').append(a.parent()).append('|').append(a.receivesDossiers()).append('\n'));
        procedures.forEach(p -> text.append("P|").append(p.id()).append('|').append(p.nationalCode()).append('|')
                .append(p.name()).append('|').append(p.nameEn()).append('\n'));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
