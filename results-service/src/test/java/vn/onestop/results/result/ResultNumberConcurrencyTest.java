package vn.onestop.results.result;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.QuarkusTransactionException;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import vn.onestop.platform.testing.Concurrently;
import vn.onestop.results.result.domain.BlockedResult;
import vn.onestop.results.result.domain.Result;
import vn.onestop.results.result.messaging.DossierDecidedData;
import vn.onestop.results.result.service.ResultIssuer;
import vn.onestop.results.testing.Decisions;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Result numbering under concurrency and rollbacks, against the real PostgreSQL: 8 threads issue 50
 * results each for one issuing agency, all at once, each decision in its own transaction, as the
 * decision consumer does ({@link ResultIssuer#onDecision}); two result kinds (certificates and
 * licences) are mixed. Some transactions roll back after the result was numbered (by throwing, or by
 * being marked rollback-only), and some decisions carry data that cannot make a valid result (a
 * validity that ended in 2000), which blocks them.
 *
 * <p>What is promised (docs/results.md, "Numbering" and "Blocked results"; ResultIssuer): one gap-free
 * sequence per issuing agency, kind and year (in the province), incremented in the issuing transaction
 * by a locking upsert, so two results never share a number and a rolled-back issue leaves no gap; a
 * blocked result takes no number. So, per kind and year, the committed numbers are exactly 1…N for N
 * results, the counter stands at N, a number taken by a transaction that rolled back is taken again (no
 * number ever ran ahead of the commits), and blocked decisions and rolled-back ones leave no result.
 * The year is the issue's, read from the numbers themselves, so a run across New Year still holds.
 */
@QuarkusTest
class ResultNumberConcurrencyTest {

    private static final int THREADS = 8;
    private static final int PER_THREAD = 50;

    @Inject
    ResultIssuer issuer;
    @Inject
    EntityManager entityManager;

    private enum Ending { ISSUED, BLOCKED, THROW, ROLLBACK_ONLY }

    private static final class Abandoned extends RuntimeException {
        Abandoned() {
            super("abandoned on purpose", null, false, false);
        }
    }

    /** One decision's transaction: the number it saw (null when blocked) and whether it committed. */
    private record Issue(UUID dossierId, Ending ending, String number) {
        boolean committed() {
            return ending == Ending.ISSUED || ending == Ending.BLOCKED;
        }
    }

    @Test
    void concurrent_issues_with_rollbacks_and_blocks_number_results_without_duplicates_or_gaps() throws Exception {
        String agency = Decisions.uniqueAgency();
        List<Issue> issues = Concurrently.run(THREADS, Duration.ofMinutes(3), thread -> {
            List<Issue> mine = new ArrayList<>();
            for (int i = 0; i < PER_THREAD; i++) {
                int n = thread * PER_THREAD + i;
                mine.add(issue(agency, n, ending(n)));
            }
            return mine;
        }).stream().flatMap(List::stream).toList();
        assertThat(issues).hasSize(THREADS * PER_THREAD);

        List<Result> stored = QuarkusTransaction.requiringNew().call(() -> Result.<Result>list("issuer", agency));
        List<Issue> issued = issues.stream().filter(i -> i.ending() == Ending.ISSUED).toList();
        assertThat(stored).extracting(r -> r.dossierId).as("exactly the committed issues have a result")
                .containsExactlyInAnyOrderElementsOf(issued.stream().map(Issue::dossierId).toList());
        assertThat(stored).extracting(r -> r.number).as("each as the number its transaction took")
                .containsExactlyInAnyOrderElementsOf(issued.stream().map(Issue::number).toList());
        assertThat(issues).filteredOn(i -> i.ending() == Ending.BLOCKED).extracting(Issue::number)
                .as("a blocked result takes no number").containsOnlyNulls();
        long blocked = QuarkusTransaction.requiringNew().call(() -> BlockedResult.count("issuer", agency));
        assertThat(blocked).isEqualTo(issues.stream().filter(i -> i.ending() == Ending.BLOCKED).count());

        // per kind and year: 1…N, no duplicate, no gap
        Map<String, List<Integer>> committed = new TreeMap<>(stored.stream().collect(Collectors.groupingBy(
                r -> series(r.number, agency), Collectors.mapping(r -> sequence(r.number), Collectors.toList()))));
        assertThat(committed.keySet()).as("both kinds were issued").anyMatch(s -> s.startsWith("GCN "))
                .anyMatch(s -> s.startsWith("GP "));
        committed.forEach((series, sequences) -> {
            List<Integer> sorted = sequences.stream().sorted().toList();
            assertThat(sorted).as("numbers of %s", series)
                    .containsExactlyElementsOf(IntStream.rangeClosed(1, sorted.size()).boxed().toList());
            assertThat(lastSequence(agency, series)).as("the counter of %s", series).isEqualTo(sorted.size());
        });
        // a rolled-back number is taken again: none ran ahead of the commits of its series
        for (Issue abandoned : issues.stream().filter(i -> !i.committed()).toList()) {
            String series = series(abandoned.number(), agency);
            int issuedInSeries = committed.getOrDefault(series, List.of()).size();
            assertThat(sequence(abandoned.number())).as("rolled back %s", abandoned.number())
                    .isBetween(1, issuedInSeries + 1);
        }
    }

    /** Mostly issued, some blocked, some rolled back after the number was taken. */
    private static Ending ending(int n) {
        if (n % 5 == 0) {
            return Ending.BLOCKED;
        }
        if (n % 3 == 0) {
            return n % 2 == 0 ? Ending.THROW : Ending.ROLLBACK_ONLY;
        }
        return Ending.ISSUED;
    }

    private Issue issue(String agency, int n, Ending ending) {
        UUID dossierId = UUID.randomUUID();
        boolean licence = n % 2 == 1;
        Map<String, Object> data = ending == Ending.BLOCKED ? Map.of("validUntil", "2000-01-01")
                : licence ? Map.of("permitNumber", "GP-" + n) : Map.of("childPersonalId", "079226000123");
        DossierDecidedData decision = new DossierDecidedData(dossierId, agency + "-260309-" + String.format("%04d", n + 1),
                licence ? "P12" : "P1", "APPROVED", OffsetDateTime.now(ZoneOffset.UTC), agency,
                new DossierDecidedData.Applicant("Lê Văn Cường", "079088001236"), data,
                licence ? "LICENCE" : "CERTIFICATE");
        String[] number = new String[1];
        Runnable issueAndRead = () -> {
            issuer.onDecision(decision);
            Result result = Result.find("dossierId", dossierId).firstResult();
            number[0] = result == null ? null : result.number;
        };
        switch (ending) {
            case ISSUED, BLOCKED -> QuarkusTransaction.requiringNew().run(issueAndRead);
            case THROW -> assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
                issueAndRead.run();
                throw new Abandoned();
            })).isInstanceOf(Abandoned.class);
            case ROLLBACK_ONLY -> {
                try {
                    QuarkusTransaction.requiringNew().run(() -> {
                        issueAndRead.run();
                        QuarkusTransaction.setRollbackOnly();
                    });
                } catch (QuarkusTransactionException rolledBack) {
                    // the commit at the end of a transaction marked rollback-only fails: it rolled back
                }
            }
        }
        if (ending != Ending.BLOCKED) {
            assertThat(number[0]).as("decision %d (%s) was numbered", n, ending).isNotNull();
        }
        return new Issue(dossierId, ending, number[0]);
    }

    /** "000042/2026/GCN-issuer" → "GCN 2026". */
    private static String series(String number, String agency) {
        assertThat(number).endsWith("-" + agency);
        String[] parts = number.split("/", 3);
        return parts[2].substring(0, parts[2].indexOf('-')) + " " + parts[1];
    }

    private static int sequence(String number) {
        return Integer.parseInt(number.substring(0, number.indexOf('/')));
    }

    private int lastSequence(String agency, String series) {
        String[] kindAndYear = series.split(" ");
        String kind = "GCN".equals(kindAndYear[0]) ? "CERTIFICATE" : "LICENCE";
        Object value = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                        "select last_seq from result_number_counter where issuer = ?1 and kind = ?2 and year = ?3")
                .setParameter(1, agency).setParameter(2, kind).setParameter(3, Integer.parseInt(kindAndYear[1]))
                .getSingleResult());
        return ((Number) value).intValue();
    }
}
