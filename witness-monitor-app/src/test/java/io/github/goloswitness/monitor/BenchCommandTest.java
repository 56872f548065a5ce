package io.github.goloswitness.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** Smoke test of {@code bench failover}: tiny, deterministic, all three variants. */
class BenchCommandTest {

  @Test
  void threeIncidentsPrintThreeVariantsIdenticallyTwice() {
    CommandRun a = CommandRun.run("", "bench", "failover", "--incidents", "3", "--seed", "5");
    CommandRun b = CommandRun.run("", "bench", "failover", "--incidents", "3", "--seed", "5");
    assertThat(a.exitCode()).isZero();
    assertThat(a.err()).isEmpty();
    assertThat(a.out()).isEqualTo(b.out());
    assertThat(a.out()).contains("3 producer crashes").containsPattern("(?m)^policy ")
        .containsPattern("(?m)^policy\\+peers ").containsPattern("(?m)^original ");
  }

  @Test
  void jsonHasOneEntryPerVariantAndOurPolicyNeverFlaps() throws Exception {
    CommandRun r = CommandRun.run("", "bench", "failover", "--incidents", "3", "--seed", "5", "--json");
    assertThat(r.exitCode()).isZero();
    JsonNode root = new ObjectMapper().readTree(r.out());
    assertThat(root.get("incidents").asInt()).isEqualTo(3);
    JsonNode variants = root.get("variants");
    assertThat(variants).hasSize(3);
    assertThat(variants.get(0).get("name").asText()).isEqualTo("policy");
    assertThat(variants.get(0).get("flaps").asInt()).isZero();
    assertThat(variants.get(0).get("unrepaired").asInt()).isZero();
    assertThat(variants.get(1).get("misses_mean").asDouble())
        .isLessThanOrEqualTo(variants.get(0).get("misses_mean").asDouble());
  }

  @Test
  void badIncidentCountIsOneLineOnStderr() {
    CommandRun r = CommandRun.run("", "bench", "failover", "--incidents", "0");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().strip()).isEqualTo("bench failover: --incidents not in 1..10000: 0");
  }

  @Test
  void footprintRunsAShortHourAndReportsMemoryAndCpu() {
    CommandRun r = CommandRun.run("", "bench", "footprint", "--blocks", "120");
    assertThat(r.err()).isEmpty();
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("120 blocks", "switches 1", "node1 producing at the end: yes")
        .containsPattern("heap used MiB \\(end: after GC\\) +\\d+\\.\\d")
        .containsPattern("monitor thread CPU during ticks: \\d+\\.\\d+ s");
  }

  @Test
  void footprintRefusesATooShortRun() {
    CommandRun r = CommandRun.run("", "bench", "footprint", "--blocks", "5");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err().strip()).isEqualTo("bench footprint: --blocks not in 30..100000: 5");
  }
}
