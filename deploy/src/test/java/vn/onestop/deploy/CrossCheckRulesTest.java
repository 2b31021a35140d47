package vn.onestop.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rules of {@link ManifestCrossChecksTest}, on made-up input. */
class CrossCheckRulesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(nullValues = "pinned", value = {
      "ghcr.io/onestop/intake-service:0.1.0, pinned",
      "ghcr.io/onestop/intake-service@sha256:0123abcd, pinned",
      "registry.local:5000/onestop/intake-service:1.2, pinned",
      "ghcr.io/onestop/intake-service:latest, is tagged latest",
      "ghcr.io/onestop/intake-service, has no tag",
      "registry.local:5000/onestop/intake-service, has no tag"})
  void anImageIsPinnedByATagOtherThanLatestOrADigest(String image, String problem) {
    assertThat(ManifestCrossChecksTest.unpinned(image)).isEqualTo(problem);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Outbox backlog | outbox-backlog",
      "What to do: first steps | what-to-do-first-steps",
      "Hàng đợi gửi cổng quốc gia | hàng-đợi-gửi-cổng-quốc-gia",
      "`OnestopDeadLetters` (dead letters) | onestopdeadletters-dead-letters"})
  void aHeadingsAnchorIsGithubs(String heading, String anchor) {
    assertThat(ManifestCrossChecksTest.slug(heading)).isEqualTo(anchor);
  }

  @Test
  void aRunbookUrlMustNameAnExistingFileAndSection() throws Exception {
    Path runbooks = Kustomize.repoDir().resolve("docs/runbooks");
    Path any;
    try (var files = Files.list(runbooks)) {
      any = files.filter(f -> f.toString().endsWith(".md")).sorted().findFirst().orElseThrow();
    }
    String name = any.getFileName().toString();
    String heading = Files.readAllLines(any).stream().filter(l -> l.startsWith("#")).findFirst().orElseThrow();
    String anchor = ManifestCrossChecksTest.slug(heading.replaceFirst("^#+\\s*", ""));

    assertThat(ManifestCrossChecksTest.missingRunbook("https://example.org/onestop/blob/main/docs/runbooks/" + name)).isNull();
    assertThat(ManifestCrossChecksTest.missingRunbook("docs/runbooks/" + name + "#" + anchor)).isNull();
    assertThat(ManifestCrossChecksTest.missingRunbook("docs/runbooks/" + name + "#no-such-section"))
        .contains("no heading #no-such-section");
    assertThat(ManifestCrossChecksTest.missingRunbook("docs/runbooks/no-such-runbook.md"))
        .contains("no file docs/runbooks/no-such-runbook.md");
    assertThat(ManifestCrossChecksTest.missingRunbook("https://wiki.example.org/outbox"))
        .contains("does not point under docs/runbooks/");
  }

  @Test
  void theProdConfigResolvesProfilesAndExpressions(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("application.properties");
    Files.writeString(file, """
        %test.onestop.messaging.topic-prefix=test.
        mp.messaging.incoming.dossier-events.topic=${onestop.messaging.topic-prefix:}onestop.dossier.events.v1
        mp.messaging.incoming.replies.pattern=true
        mp.messaging.incoming.replies.topic=onestop\\\\.partner\\\\.[a-z]+\\\\.replies
        %prod.mp.messaging.incoming.replies.partitions=2
        %test.mp.messaging.incoming.test-only.topic=x
        mp.messaging.outgoing.out.topic=y
        """);

    ManifestCrossChecksTest.ProdConfig config = ManifestCrossChecksTest.ProdConfig.read(file);

    assertThat(config.incomingChannels()).containsExactlyInAnyOrder("dossier-events", "replies");
    assertThat(config.get("mp.messaging.incoming.dossier-events.topic")).isEqualTo("onestop.dossier.events.v1");
    assertThat(config.get("mp.messaging.incoming.replies.topic")).isEqualTo("onestop\\.partner\\.[a-z]+\\.replies");
    assertThat(config.getOrDefault("mp.messaging.incoming.replies.partitions", "1")).isEqualTo("2");
    assertThat(config.getOrDefault("mp.messaging.incoming.dossier-events.partitions", "1")).isEqualTo("1");
  }
}
