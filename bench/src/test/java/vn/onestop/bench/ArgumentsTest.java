package vn.onestop.bench;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArgumentsTest {

    /** The command line ./onestop bench builds (infra/bench.sh), read back. */
    @Test
    void reads_the_command_line_that_onestop_bench_passes() {
        Settings settings = Bench.Arguments.parse(new String[]{"chains", "--rate", "2.5", "--duration", "30",
                "--service", "intake-service=http://127.0.0.1:8081,http://127.0.0.1:9081",
                "--process", "postgresql=42,tree", "--process", "keycloak=43,aside", "--process", "kafka=44",
                "--meta", "git=abc123", "--database", "jdbc:postgresql://127.0.0.1:5432/postgres",
                "--database-of", "intake-service=intake", "--bound", "--applicant", "012345678901"});

        assertThat(settings.scenario()).isEqualTo("chains");
        assertThat(settings.rate()).isEqualTo(2.5);
        assertThat(settings.duration()).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.apiUrls()).containsEntry("intake-service", "http://127.0.0.1:8081");
        assertThat(settings.managementUrls()).containsEntry("intake-service", "http://127.0.0.1:9081");
        assertThat(settings.processes()).containsExactly(new Settings.Process("postgresql", 42, true, true),
                new Settings.Process("keycloak", 43, false, false), new Settings.Process("kafka", 44, false, true));
        assertThat(settings.meta()).containsEntry("git", "abc123");
        assertThat(settings.databases()).containsEntry("intake-service", "intake");
        assertThat(settings.boundEach()).isEqualTo(Duration.ofSeconds(10));
        assertThat(settings.applicantIdNumber()).isEqualTo("012345678901");
        assertThat(settings.spread()).isFalse();
    }

    @Test
    void defaults_to_intake_at_ten_a_second_for_twenty_seconds_with_a_fresh_applicant() {
        Settings settings = Bench.Arguments.parse(new String[0]);

        assertThat(settings.scenario()).isEqualTo("intake");
        assertThat(settings.rate()).isEqualTo(10);
        assertThat(settings.duration()).isEqualTo(Duration.ofSeconds(20));
        assertThat(settings.applicantIdNumber()).matches("[0-9]{12}");
        assertThat(settings.boundEach()).isZero();
    }

    /** --flowable: after the platform, Flowable at the run's own rate; each --flowable-rate adds a phase. */
    @Test
    void reads_the_flowable_phases_after_the_run_s_own_rate() {
        String[] common = {"chains", "--rate", "1", "--database", "jdbc:postgresql://127.0.0.1:5432/postgres"};
        assertThat(Bench.Arguments.parse(common).flowableRates()).isEmpty();
        assertThat(Bench.Arguments.parse(concat(common, "--flowable")).flowableRates()).containsExactly(1.0);
        assertThat(Bench.Arguments.parse(concat(common, "--flowable-rate", "4", "--flowable")).flowableRates())
                .containsExactly(1.0, 4.0);
        assertThat(Bench.Arguments.parse(concat(common, "--flowable-rate", "4")).flowableRates()).containsExactly(4.0);
    }

    @Test
    void refuses_flowable_outside_chains_without_a_database_or_at_no_rate() {
        assertThatThrownBy(() -> Bench.Arguments.parse(new String[]{"intake", "--flowable", "--database", "jdbc:x"}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("chains");
        assertThatThrownBy(() -> Bench.Arguments.parse(new String[]{"chains", "--flowable"}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--database");
        assertThatThrownBy(() -> Bench.Arguments.parse(new String[]{"chains", "--flowable-rate", "0", "--database", "jdbc:x"}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("positive");
    }

    private static String[] concat(String[] head, String... tail) {
        String[] all = java.util.Arrays.copyOf(head, head.length + tail.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        return all;
    }

    @Test
    void reads_the_reads_scenario_with_its_rate_and_duration() {
        Settings settings = Bench.Arguments.parse(new String[]{"reads", "--rate", "200", "--duration", "60",
                "--database", "jdbc:postgresql://127.0.0.1:5432/postgres", "--database-of", "intake-service=intake",
                "--kinds", "dossierByCode,taskListPage"});

        assertThat(settings.scenario()).isEqualTo("reads");
        assertThat(settings.rate()).isEqualTo(200);
        assertThat(settings.duration()).isEqualTo(Duration.ofSeconds(60));
        assertThat(settings.databases()).containsEntry("intake-service", "intake");
        assertThat(settings.readKinds()).containsExactly("dossierByCode", "taskListPage");
        assertThat(Bench.Arguments.parse(new String[]{"reads"}).readKinds()).isEmpty();
        assertThatThrownBy(() -> Bench.Arguments.parse(new String[]{"reads", "--kinds", "everything"}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown read kind");
    }

    @Test
    void refuses_an_unknown_scenario_or_option() {
        assertThatThrownBy(() -> Bench.Arguments.parse(new String[]{"writes"}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown scenario");
        assertThatThrownBy(() -> Bench.Arguments.parse(new String[]{"intake", "--fast"}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--fast");
    }
}
