package io.github.goloswitness.monitor.bench;

import io.github.goloswitness.failover.sim.Scenario;
import io.github.goloswitness.failover.sim.SimulatedMonitor;
import io.github.goloswitness.failover.sim.Simulation;
import io.github.goloswitness.failover.sim.SimulationReport;
import java.util.ArrayList;
import java.util.List;

/**
 * The failover benchmark: the same crash incidents, on the core's {@link Simulation} (same chain
 * model, same incident script from the same seed), for each {@link Variant}. Deterministic.
 */
final class FailoverBenchmark {

  /** The compared monitors. */
  enum Variant {
    /** {@code FailoverPolicy} with default settings, one poll per block. */
    POLICY("policy", "FailoverPolicy, defaults, a poll per block"),
    /** The same with peer health (early takeover, rule 9). */
    POLICY_PEERS("policy+peers", "FailoverPolicy, defaults, peers with their monitors (rule 9: second opinion,"
        + " peer_grace 1, no waiting for backups known down)"),
    /** {@link OriginalMonitor}: the Python monitor's logic. */
    ORIGINAL("original", "witness_monitor.py model: 30 s poll, tumbling 3600 s window, allowed_misses 1");

    final String label;
    final String description;

    Variant(String label, String description) {
      this.label = label;
      this.description = description;
    }
  }

  private FailoverBenchmark() {}

  /**
   * The crash scenario every variant runs: {@code nodes} nodes with priorities 0…n−1, default
   * settings ({@code allowed_misses} 1, {@code miss_window} 3600 s, the original's defaults too),
   * 2 s from broadcast to inclusion.
   */
  static Scenario scenario(int nodes, int incidents, long seed) {
    return Scenario.of(Scenario.Kind.CRASH, nodes, incidents, seed);
  }

  /** Runs one variant on {@code scenario}. */
  static SimulationReport run(Variant variant, Scenario scenario) {
    switch (variant) {
      case POLICY:
        return new Simulation(scenario, SimulatedMonitor.policy()).run();
      case POLICY_PEERS:
        return new Simulation(scenario.withPeerHealth(true), SimulatedMonitor.policy()).run();
      default:
        // the poll phases and durations get their own stream, derived from the same seed
        return new Simulation(scenario, OriginalMonitor.factory(scenario.seed() ^ 0x5DEECE66DL)).run();
    }
  }

  /** Runs every variant on {@code scenario} and summarizes each, in {@link Variant} order. */
  static List<VariantSummary> runAll(Scenario scenario) {
    List<VariantSummary> out = new ArrayList<>();
    for (Variant v : Variant.values()) {
      out.add(VariantSummary.of(v.label, v.description, run(v, scenario)));
    }
    return out;
  }
}
