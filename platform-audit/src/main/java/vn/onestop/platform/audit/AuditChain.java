package vn.onestop.platform.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The hash chain of the audit trail, in plain Java.
 *
 * <p>The trail is split into {@value #STRIPES} chains by subject, so that two dossiers never wait for
 * each other to be audited, while every entry of one subject stays in one chain. An entry's hash is
 * the SHA-256 of its predecessor's hash and of all its own fields, each length-prefixed so that no two
 * different entries encode alike. The first entry of a chain has the previous hash {@link #GENESIS}.
 */
public final class AuditChain {

    public static final int STRIPES = 32;
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    /** The chain that keeps every entry about {@code subject} (entries without one share chain 0). */
    public static String chainOf(String subject) {
        if (subject == null) {
            return "s0";
        }
        // String.hashCode's low bits follow the last characters (codes differ there); mix them (MurmurHash3 fmix32)
        int h = subject.hashCode();
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return "s" + Math.floorMod(h, STRIPES);
    }

    /** The entry that follows {@code previous} (null: the first of its chain). */
    public static AuditEntry append(String chain, AuditEntry previous, AuditEntry.Draft draft) {
        long position = previous == null ? 1 : previous.position() + 1;
        String previousHash = previous == null ? GENESIS : previous.hash();
        AuditEntry unsealed = new AuditEntry(0, chain, position, draft.at(), draft.actor(), draft.roles(),
                draft.agency(), draft.subject(), draft.action(), draft.outcome(), previousHash, null);
        return new AuditEntry(0, chain, position, unsealed.at(), draft.actor(), draft.roles(), draft.agency(),
                draft.subject(), draft.action(), draft.outcome(), previousHash, hash(unsealed));
    }

    /** The hash an entry must carry, from its own fields and its previous hash. */
    public static String hash(AuditEntry entry) {
        StringBuilder canonical = new StringBuilder();
        for (String field : new String[]{entry.previousHash(), entry.chain(), Long.toString(entry.position()),
                entry.at().toString(), entry.actor(), entry.roles(), entry.agency(), entry.subject(), entry.action(),
                entry.outcome()}) {
            if (field == null) {
                canonical.append("-1:");
            } else {
                canonical.append(field.length()).append(':').append(field);
            }
            canonical.append('|');
        }
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** Where one chain, read in position order, stops fitting. */
    public record Break(String chain, long position, long id, String reason) {
    }

    /**
     * Checks one chain's entries, in position order: positions 1, 2, 3, ... without gaps, each
     * previous hash equal to the hash before it, each hash equal to what its fields give.
     */
    public static List<Break> verify(String chain, List<AuditEntry> entries) {
        Verifier verifier = new Verifier(chain);
        entries.forEach(verifier::check);
        return verifier.breaks();
    }

    /** {@link #verify} one entry at a time, for chains read page by page. */
    public static final class Verifier {

        private final String chain;
        private final List<Break> breaks = new ArrayList<>();
        private String expectedPrevious = GENESIS;
        private long expectedPosition = 1;
        private long checked;

        public Verifier(String chain) {
            this.chain = chain;
        }

        public void check(AuditEntry entry) {
            if (!chain.equals(entry.chain())) {
                breaks.add(new Break(chain, entry.position(), entry.id(), "belongs to chain " + entry.chain()));
            }
            if (entry.position() != expectedPosition) {
                breaks.add(new Break(chain, entry.position(), entry.id(), "position " + entry.position() + " where "
                        + expectedPosition + " was due (a row is missing or was added)"));
            }
            if (!expectedPrevious.equals(entry.previousHash())) {
                breaks.add(new Break(chain, entry.position(), entry.id(),
                        "its previous hash is not the hash of the entry before it"));
            }
            if (!hash(entry).equals(entry.hash())) {
                breaks.add(new Break(chain, entry.position(), entry.id(),
                        "its fields no longer give its hash (the row was changed)"));
            }
            expectedPrevious = entry.hash();
            expectedPosition = entry.position() + 1;
            checked++;
        }

        public long checked() {
            return checked;
        }

        /** The next position this chain expects. */
        public long nextPosition() {
            return expectedPosition;
        }

        public List<Break> breaks() {
            return List.copyOf(breaks);
        }
    }
}
