package io.github.goloswitness.monitor.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.goloswitness.monitor.ScenarioCluster;
import io.github.goloswitness.monitor.demo.DemoCluster;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Base of the scenario classes: starts a {@link ScenarioCluster}, and {@link #finish} runs the
 * scenario's own checks plus the ones every scenario must pass (expected switches, no false
 * switch, no flap, no lost state, no private key in any log line or alert), recording a row of
 * the summary either way.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ScenarioTest {
  /** A round: 21 slots. */
  static final int ROUND = 21;

  @TempDir Path tmp;
  private final List<ScenarioSummary.Row> rows = new ArrayList<>();
  private int started;
  ScenarioCluster c;
  /** The current scenario's directory: {@code nodeN/} holds node N's config, key and state files. */
  Path dir;

  /** Checks of one scenario; may throw an AssertionError. */
  @FunctionalInterface
  interface Checks {
    void run() throws Exception;
  }

  /** {@code nodes} nodes, node 0 producing, one round of normal production. */
  ScenarioCluster start(int nodes, IntFunction<String> extraYaml) throws Exception {
    dir = Files.createDirectories(tmp.resolve("s" + (++started)));
    c = ScenarioCluster.start(nodes, 40 + started, dir, extraYaml);
    c.steps(ROUND);
    return c;
  }

  /** As {@link #start(int, IntFunction)} with the monitors' read timeout and, if {@code peers}, rule 9's peers. */
  ScenarioCluster start(int nodes, IntFunction<String> extraYaml, Duration callTimeout, boolean peers)
      throws Exception {
    dir = Files.createDirectories(tmp.resolve("s" + (++started)));
    c = ScenarioCluster.start(nodes, 40 + started, dir, extraYaml, callTimeout, peers);
    c.steps(ROUND);
    return c;
  }

  /** As {@link #start(int, IntFunction)} with every option of the cluster. */
  ScenarioCluster start(int nodes, IntFunction<String> extraYaml, DemoCluster.Options options) throws Exception {
    dir = Files.createDirectories(tmp.resolve("s" + (++started)));
    c = ScenarioCluster.start(nodes, 40 + started, dir, extraYaml, options);
    c.steps(ROUND);
    return c;
  }

  ScenarioCluster start(int nodes) throws Exception {
    return start(nodes, i -> "");
  }

  @AfterEach
  void close() {
    if (c != null) {
      c.close();
      c = null;
    }
  }

  @AfterAll
  void writeSummary() {
    ScenarioSummary.write(getClass().getSimpleName(), rows);
  }

  /**
   * Runs {@code checks}, then the common ones; records the row.
   *
   * @param exempt monitors whose state file may legitimately differ (a broken file)
   */
  void finish(String scenario, int expectedSwitches, Set<Integer> exempt, Checks checks) throws Exception {
    record(scenario, "pass", exempt, () -> {
      checks.run();
      assertThat(c.switches()).as("switches").isEqualTo(expectedSwitches);
      assertThat(c.falseSwitches()).as("false switches").isZero();
    });
  }

  /**
   * For a scenario that shows a known limitation instead of the wanted outcome: runs {@code checks}
   * (which pin the current behaviour, false switches included), then the checks that must hold
   * anyway (no flap, no lost state, no private key in logs); the row says {@code known
   * limitation: why}.
   */
  void knownLimitation(String scenario, String why, Checks checks) throws Exception {
    record(scenario, "known limitation: " + why, Set.of(), checks);
  }

  /**
   * Runs {@code checks}, then what every scenario must show whatever its outcome (no flap, no lost
   * state, no private key in a log line or alert), and adds the summary row: {@code result}, or
   * the first line of the failure.
   */
  private void record(String scenario, String result, Set<Integer> exempt, Checks checks) throws Exception {
    int lost = c.lostState(exempt);
    try {
      checks.run();
      assertThat(c.flaps()).as("flaps").isZero();
      assertThat(lost).as("monitors with lost state").isZero();
      assertThat(c.secretLeaked()).as("a private key in a log line or alert").isFalse();
    } catch (AssertionError | Exception e) {
      result = "FAIL: " + String.valueOf(e.getMessage()).lines().filter(l -> !l.isBlank()).findFirst().orElse("");
      throw e;
    } finally {
      rows.add(new ScenarioSummary.Row(scenario, c.faults(), c.switches(), c.falseSwitches(), c.flaps(), lost,
          result));
    }
  }

  void finish(String scenario, int expectedSwitches, Checks checks) throws Exception {
    finish(scenario, expectedSwitches, Set.of(), checks);
  }
}
