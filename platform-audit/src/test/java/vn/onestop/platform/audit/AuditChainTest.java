package vn.onestop.platform.audit;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

class AuditChainTest {

    private static final Instant T0 = Instant.parse("2026-11-26T02:00:00.123456789Z");

    private static List<AuditEntry> chainOf(int length) {
        List<AuditEntry> entries = new ArrayList<>();
        AuditEntry previous = null;
        for (int i = 0; i < length; i++) {
            AuditEntry next = AuditChain.append("s7", previous, new AuditEntry.Draft(T0.plusSeconds(i),
                    "officer-" + i, "officer", "000.00.01.H22", "dossier-" + (i % 2),
                    "POST /api/v1/tasks/{id}/complete", "200"));
            next = with(next, e -> new AuditEntry(100 + e.position(), e.chain(), e.position(), e.at(), e.actor(),
                    e.roles(), e.agency(), e.subject(), e.action(), e.outcome(), e.previousHash(), e.hash()));
            entries.add(next);
            previous = next;
        }
        return entries;
    }

    private static AuditEntry with(AuditEntry entry, UnaryOperator<AuditEntry> change) {
        return change.apply(entry);
    }

    private static AuditEntry actor(AuditEntry e, String actor) {
        return new AuditEntry(e.id(), e.chain(), e.position(), e.at(), actor, e.roles(), e.agency(), e.subject(),
                e.action(), e.outcome(), e.previousHash(), e.hash());
    }

    @Test
    void a_chain_as_written_verifies() {
        List<AuditEntry> entries = chainOf(5);
        assertThat(entries.get(0).previousHash()).isEqualTo(AuditChain.GENESIS);
        assertThat(entries.get(0).position()).isEqualTo(1);
        assertThat(entries.get(3).previousHash()).isEqualTo(entries.get(2).hash());
        assertThat(entries.get(0).at()).isEqualTo(Instant.parse("2026-11-26T02:00:00.123456Z"));
        assertThat(AuditChain.verify("s7", entries)).isEmpty();
        assertThat(AuditChain.verify("s7", List.of())).isEmpty();
    }

    @Test
    void an_edited_field_breaks_that_entry() {
        List<AuditEntry> entries = new ArrayList<>(chainOf(4));
        entries.set(2, actor(entries.get(2), "someone-else"));
        assertThat(AuditChain.verify("s7", entries)).singleElement().satisfies(b -> {
            assertThat(b.position()).isEqualTo(3);
            assertThat(b.id()).isEqualTo(103);
            assertThat(b.reason()).contains("changed");
        });
    }

    @Test
    void an_edit_with_a_recomputed_hash_breaks_the_next_entry() {
        List<AuditEntry> entries = new ArrayList<>(chainOf(4));
        AuditEntry edited = actor(entries.get(1), "someone-else");
        AuditEntry resealed = new AuditEntry(edited.id(), edited.chain(), edited.position(), edited.at(),
                edited.actor(), edited.roles(), edited.agency(), edited.subject(), edited.action(), edited.outcome(),
                edited.previousHash(), AuditChain.hash(edited));
        entries.set(1, resealed);
        assertThat(AuditChain.verify("s7", entries)).singleElement().satisfies(b -> {
            assertThat(b.position()).isEqualTo(3);
            assertThat(b.reason()).contains("previous hash");
        });
    }

    @Test
    void a_removed_entry_and_an_added_one_are_found() {
        List<AuditEntry> removed = new ArrayList<>(chainOf(4));
        removed.remove(1);
        assertThat(AuditChain.verify("s7", removed)).extracting(AuditChain.Break::reason)
                .anySatisfy(r -> assertThat(r).contains("position 3 where 2 was due"))
                .anySatisfy(r -> assertThat(r).contains("previous hash"));

        List<AuditEntry> added = new ArrayList<>(chainOf(3));
        added.add(1, added.get(1));
        assertThat(AuditChain.verify("s7", added)).isNotEmpty();
    }

    @Test
    void every_field_takes_part_in_the_hash_and_fields_cannot_trade_characters() {
        AuditEntry e = chainOf(1).get(0);
        Set<String> hashes = new HashSet<>();
        hashes.add(AuditChain.hash(e));
        List<AuditEntry> variants = List.of(
                new AuditEntry(e.id(), "s8", e.position(), e.at(), e.actor(), e.roles(), e.agency(), e.subject(), e.action(), e.outcome(), e.previousHash(), null),
                new AuditEntry(e.id(), e.chain(), 2, e.at(), e.actor(), e.roles(), e.agency(), e.subject(), e.action(), e.outcome(), e.previousHash(), null),
                new AuditEntry(e.id(), e.chain(), e.position(), e.at().plusNanos(1000), e.actor(), e.roles(), e.agency(), e.subject(), e.action(), e.outcome(), e.previousHash(), null),
                new AuditEntry(e.id(), e.chain(), e.position(), e.at(), e.actor() + "x", e.roles(), e.agency(), e.subject(), e.action(), e.outcome(), e.previousHash(), null),
                new AuditEntry(e.id(), e.chain(), e.position(), e.at(), e.actor(), null, e.agency(), e.subject(), e.action(), e.outcome(), e.previousHash(), null),
                new AuditEntry(e.id(), e.chain(), e.position(), e.at(), e.actor(), e.roles(), "", e.subject(), e.action(), e.outcome(), e.previousHash(), null),
                new AuditEntry(e.id(), e.chain(), e.position(), e.at(), e.actor(), e.roles(), e.agency(), "dossier-9", e.action(), e.outcome(), e.previousHash(), null),
                new AuditEntry(e.id(), e.chain(), e.position(), e.at(), e.actor(), e.roles(), e.agency(), e.subject(), "POST /x", e.outcome(), e.previousHash(), null),
                new AuditEntry(e.id(), e.chain(), e.position(), e.at(), e.actor(), e.roles(), e.agency(), e.subject(), e.action(), "403", e.previousHash(), null),
                new AuditEntry(e.id(), e.chain(), e.position(), e.at(), e.actor(), e.roles(), e.agency(), e.subject(), e.action(), e.outcome(), "1".repeat(64), null),
                // the same characters split differently between two fields
                new AuditEntry(e.id(), e.chain(), e.position(), e.at(), "officer-0off", "icer", e.agency(), e.subject(), e.action(), e.outcome(), e.previousHash(), null));
        for (AuditEntry variant : variants) {
            assertThat(hashes.add(AuditChain.hash(variant))).as(variant.toString()).isTrue();
        }
    }

    @Test
    void one_subject_always_lands_in_one_of_the_chains() {
        assertThat(AuditChain.chainOf("8a6f3c1e-0000-4000-8000-000000000001"))
                .isEqualTo(AuditChain.chainOf("8a6f3c1e-0000-4000-8000-000000000001"));
        Set<String> chains = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            chains.add(AuditChain.chainOf("000.01.20.H22-261126-" + i));
        }
        assertThat(chains).hasSize(AuditChain.STRIPES).allMatch(c -> c.matches("s([0-9]|[12][0-9]|3[01])"));
        assertThat(AuditChain.chainOf(null)).isEqualTo("s0");
    }
}
