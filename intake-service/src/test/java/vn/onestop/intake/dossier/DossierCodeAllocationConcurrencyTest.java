package vn.onestop.intake.dossier;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.QuarkusTransactionException;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import vn.onestop.intake.dossier.service.DossierCodeAllocator;
import vn.onestop.platform.testing.Concurrently;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link DossierCodeAllocator} under concurrency and rollbacks, against the real PostgreSQL: 8
 * threads allocate 50 codes each for one agency and day, all at once, each in its own transaction;
 * every third transaction rolls back after its allocation (half by throwing, half by being marked
 * rollback-only).
 *
 * <p>What the allocator promises (its javadoc, docs/architecture.md: "per-centre-per-day counter
 * row (gap-free, no duplicates)"): the upsert locks the counter row until the transaction ends, so
 * concurrent allocations queue, and a rolled-back allocation gives its number back. So the committed
 * codes are exactly sequences 1…N for N commits, with no duplicate and no gap, and the counter stands
 * at N; a number handed out in a transaction that rolled back is handed out again, so no allocation
 * ever saw more than N + 1.
 */
@QuarkusTest
class DossierCodeAllocationConcurrencyTest {

    private static final int THREADS = 8;
    private static final int PER_THREAD = 50;
    /** A fixed reception day: the counter is per agency and day, whatever today is. */
    private static final LocalDate DAY = LocalDate.of(2026, 3, 9);

    @Inject
    DossierCodeAllocator codes;
    @Inject
    EntityManager entityManager;

    private enum Ending { COMMIT, THROW, ROLLBACK_ONLY }

    /** Why a transaction of the test ends without committing. */
    private static final class Abandoned extends RuntimeException {
        Abandoned() {
            super("abandoned on purpose", null, false, false);
        }
    }

    private record Allocation(String code, boolean committed) {
    }

    @Test
    void concurrent_allocations_with_rollbacks_commit_unique_gap_free_codes() throws Exception {
        // an agency no other test uses, so that its sequence starts at 1
        String agency = "000.00.98.T" + ThreadLocalRandom.current().nextInt(1_000_000);
        List<Allocation> allocations = Concurrently.run(THREADS, Duration.ofMinutes(3), thread -> {
            List<Allocation> mine = new ArrayList<>();
            for (int i = 0; i < PER_THREAD; i++) {
                int n = thread * PER_THREAD + i;
                Ending ending = n % 3 != 0 ? Ending.COMMIT : n % 2 == 0 ? Ending.THROW : Ending.ROLLBACK_ONLY;
                mine.add(allocate(agency, ending));
            }
            return mine;
        }).stream().flatMap(List::stream).toList();

        assertThat(allocations).hasSize(THREADS * PER_THREAD);
        List<Integer> committed = allocations.stream().filter(Allocation::committed)
                .map(a -> sequenceOf(agency, a.code())).sorted().toList();
        int n = committed.size();
        assertThat(n).isEqualTo((int) IntStream.range(0, THREADS * PER_THREAD).filter(i -> i % 3 != 0).count());
        assertThat(committed).as("committed codes: no duplicate, no gap")
                .containsExactlyElementsOf(IntStream.rangeClosed(1, n).boxed().toList());
        assertThat(allocations).filteredOn(a -> !a.committed())
                .extracting(a -> sequenceOf(agency, a.code()))
                .as("a rolled-back number is given back, so none ran ahead of the commits")
                .allMatch(sequence -> sequence >= 1 && sequence <= n + 1);
        assertThat(lastSequence(agency)).as("the counter stands at the number of commits").isEqualTo(n);
        // and the next allocation continues the sequence
        assertThat(QuarkusTransaction.requiringNew().call(() -> codes.next(agency, DAY)))
                .isEqualTo(agency + "-260309-" + String.format("%04d", n + 1));
    }

    private Allocation allocate(String agency, Ending ending) {
        switch (ending) {
            case COMMIT:
                return new Allocation(QuarkusTransaction.requiringNew().call(() -> codes.next(agency, DAY)), true);
            case THROW: {
                String[] code = new String[1];
                assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
                    code[0] = codes.next(agency, DAY);
                    throw new Abandoned();
                })).isInstanceOf(Abandoned.class);
                return new Allocation(code[0], false);
            }
            default: {
                String[] code = new String[1];
                try {
                    QuarkusTransaction.requiringNew().run(() -> {
                        code[0] = codes.next(agency, DAY);
                        QuarkusTransaction.setRollbackOnly();
                    });
                } catch (QuarkusTransactionException rolledBack) {
                    // the commit at the end of a transaction marked rollback-only fails: it rolled back
                }
                return new Allocation(code[0], false);
            }
        }
    }

    private static int sequenceOf(String agency, String code) {
        String prefix = agency + "-260309-";
        assertThat(code).startsWith(prefix);
        return Integer.parseInt(code.substring(prefix.length()));
    }

    private int lastSequence(String agency) {
        Object value = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                        "select last_seq from dossier_code_counter where agency = ?1 and day = ?2")
                .setParameter(1, agency).setParameter(2, DAY).getSingleResult());
        return ((Number) value).intValue();
    }
}
