package io.github.goloswitness.monitor.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.goloswitness.failover.sim.Scenario;
import io.github.goloswitness.failover.sim.Simulation;
import io.github.goloswitness.monitor.config.Environment;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench failover}: K producer crashes, each at a random time, run for our policy (defaults),
 * our policy with peers, and a model of the original {@code witness_monitor.py}, printed side by
 * side. Same arguments: byte-identical output.
 */
@Command(name = "failover", mixinStandardHelpOptions = true,
    description = "Compares the failover policy with the original witness_monitor.py on simulated crashes.")
final class FailoverBenchCommand implements Callable<Integer> {

  @Option(names = "--incidents", defaultValue = "200", description = "Crash incidents (default ${DEFAULT-VALUE}).")
  int incidents;

  @Option(names = "--seed", defaultValue = "1", description = "Random seed (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--nodes", defaultValue = "3", description = "Nodes of the witness, 2-5 (default ${DEFAULT-VALUE}).")
  int nodes;

  @Option(names = "--json", description = "Print JSON instead of a table.")
  boolean json;

  private final Environment env;

  FailoverBenchCommand(Environment env) {
    this.env = env;
  }

  @Override
  public Integer call() {
    if (incidents < 1 || incidents > 10_000) {
      env.err().println("bench failover: --incidents not in 1..10000: " + incidents);
      return 2;
    }
    if (nodes < 2 || nodes > 5) {
      env.err().println("bench failover: --nodes not in 2..5: " + nodes);
      return 2;
    }
    Scenario scenario = FailoverBenchmark.scenario(nodes, incidents, seed);
    List<VariantSummary> results = FailoverBenchmark.runAll(scenario);
    if (json) {
      printJson(env.out(), scenario, results);
    } else {
      printTable(env.out(), scenario, results);
    }
    return 0;
  }

  private static void printTable(PrintStream out, Scenario s, List<VariantSummary> results) {
    out.printf(Locale.ROOT, "bench failover: %d producer crashes (one per %d-min incident, at a random time in "
            + "its first third), %d nodes, seed %d, tx delay %d s%n", s.incidents(), Simulation.INCIDENT_SLOTS / 20,
        s.priorities().size(), s.seed(), s.txDelay().toSeconds());
    out.printf(Locale.ROOT, "%-13s %11s %10s %14s %12s %11s %10s %6s %11s%n", "", "misses/inc", "misses",
        "s miss->switch", "s miss->sw", "unrepaired", "switches/", "flaps", "broadcasts/");
    out.printf(Locale.ROOT, "%-13s %11s %10s %14s %12s %11s %10s %6s %11s%n", "variant", "mean", "p95",
        "median", "p95", "incidents", "incident", "total", "incident");
    for (VariantSummary v : results) {
      out.printf(Locale.ROOT, "%-13s %11.2f %10d %14s %12s %11d %10.2f %6d %11.2f%n", v.name(), v.missesMean(),
          v.missesP95(), seconds(v.switchSecondsMedian()), seconds(v.switchSecondsP95()), v.unrepaired(),
          v.switchesMean(), v.flaps(), v.broadcastsMean());
    }
    for (VariantSummary v : results) {
      out.printf(Locale.ROOT, "  %-13s %s%n", v.name(), v.description());
    }
    out.println("misses by crash position (slots from the crash to the witness's next slot: incidents, misses/inc):");
    for (VariantSummary v : results) {
      StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %-13s", v.name()));
      for (VariantSummary.Lead l : v.leads()) {
        line.append(String.format(Locale.ROOT, "  %2s: %4d, %.2f", l.slots(), l.incidents(),
            l.incidents() == 0 ? 0.0 : (double) l.misses() / l.incidents()));
      }
      out.println(line);
    }
  }

  private static String seconds(long s) {
    return s < 0 ? "-" : Long.toString(s);
  }

  private static void printJson(PrintStream out, Scenario s, List<VariantSummary> results) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("incidents", s.incidents());
    root.put("nodes", s.priorities().size());
    root.put("seed", s.seed());
    root.put("tx_delay_seconds", s.txDelay().toSeconds());
    List<Map<String, Object>> variants = new ArrayList<>();
    for (VariantSummary v : results) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("name", v.name());
      m.put("description", v.description());
      m.put("misses_mean", round2(v.missesMean()));
      m.put("misses_p95", v.missesP95());
      m.put("seconds_to_switch_median", v.switchSecondsMedian());
      m.put("seconds_to_switch_p95", v.switchSecondsP95());
      m.put("unrepaired", v.unrepaired());
      m.put("switches_mean", round2(v.switchesMean()));
      m.put("flaps", v.flaps());
      m.put("broadcasts_mean", round2(v.broadcastsMean()));
      List<Map<String, Object>> leads = new ArrayList<>();
      for (VariantSummary.Lead l : v.leads()) {
        Map<String, Object> lead = new LinkedHashMap<>();
        lead.put("slots_to_next_slot", l.slots());
        lead.put("incidents", l.incidents());
        lead.put("misses", l.misses());
        leads.add(lead);
      }
      m.put("misses_by_crash_position", leads);
      variants.add(m);
    }
    root.put("variants", variants);
    try {
      out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(root));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write plain maps as JSON", e);
    }
  }

  private static double round2(double v) {
    return Math.round(v * 100) / 100.0;
  }
}
