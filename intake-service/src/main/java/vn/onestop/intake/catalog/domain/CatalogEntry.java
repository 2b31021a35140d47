package vn.onestop.intake.catalog.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * One version of a catalog entry: a {@link Procedure} or a {@link Bundle}. An id has one or more
 * versions with non-overlapping effective periods; a dossier keeps the version it was received under.
 */
public sealed interface CatalogEntry permits Procedure, Bundle {

    /** Channels a catalog entry may allow; the dossier's channel must be one of its list. */
    List<String> CHANNELS = List.of("ONLINE", "COUNTER", "POSTAL");

    String id();

    EntryKind kind();

    /** The national procedure code (DVCQG), or null when none is known yet ({@link #verify()} is then set). */
    String nationalCode();

    /** Some published facts of this entry (code, time limit, fees...) are not confirmed; {@link #note()} says which. */
    boolean verify();

    String note();

    /** Vietnamese name, as published. */
    String name();

    String nameEn();

    int version();

    LocalDate effectiveFrom();

    /** Last day in force (inclusive), or null while no later version or repeal is known. */
    LocalDate effectiveTo();

    List<String> channels();

    List<Fee> fees();

    default boolean inForceOn(LocalDate day) {
        return !day.isBefore(effectiveFrom()) && (effectiveTo() == null || !day.isAfter(effectiveTo()));
    }

    default boolean allowsChannel(String channel) {
        return channels().contains(channel);
    }

    /** "P2 v3", as problems and logs name a version. */
    default String label() {
        return id() + " v" + version();
    }
}
