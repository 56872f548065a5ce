package io.github.goloswitness.monitor.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.goloswitness.failover.FailoverConfig;
import io.github.goloswitness.failover.sim.IncidentReport;
import io.github.goloswitness.failover.sim.Scenario;
import io.github.goloswitness.failover.sim.Simulation;
import io.github.goloswitness.failover.sim.SimulationReport;
import io.github.goloswitness.monitor.config.ConfigException;
import io.github.goloswitness.monitor.config.ConfigLoader;
import io.github.goloswitness.monitor.config.Environment;
import io.github.goloswitness.monitor.daemon.Wiring;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code simulate}: runs the real failover policy, with the user's settings, on a simulated Golos
 * chain and prints one row per incident and a summary. Same arguments, same seed: byte-identical
 * output.
 */
@Command(name = "simulate", mixinStandardHelpOptions = true,
    description = "Runs the failover policy on a simulated Golos network and reports each incident.")
public final class SimulateCommand implements Callable<Integer> {

  @Option(names = "--nodes", defaultValue = "3", description = "Nodes of the witness, 2-9 (default ${DEFAULT-VALUE}).")
  int nodes;

  @Option(names = "--scenario", defaultValue = "crash", description = "crash, stall, lag, flap, rpc-broken or partition (default ${DEFAULT-VALUE}).")
  String scenario;

  @Option(names = "--incidents", defaultValue = "5", description = "Incidents to run (default ${DEFAULT-VALUE}).")
  int incidents;

  @Option(names = "--seed", defaultValue = "1", description = "Random seed (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--config", description = "Your witness_monitor.yml: its policy settings (allowed_misses, miss_window, priority steps, …) are rehearsed; the Docker variables override them as in run.")
  Path config;

  @Option(names = "--tx-delay", defaultValue = "2", description = "Seconds until a broadcast lands (default ${DEFAULT-VALUE}).")
  int txDelaySeconds;

  @Option(names = "--peers", description = "Monitors see their peers' health (early takeover, rule 9).")
  boolean peers;

  @Option(names = "--json", description = "Print JSON instead of a table.")
  boolean json;

  @Option(names = "--verbose", description = "Print stack traces of errors.")
  boolean verbose;

  private final Environment env;

  public SimulateCommand(Environment env) {
    this.env = env;
  }

  @Override
  public Integer call() {
    SimulationReport report;
    try {
      if (incidents < 1 || incidents > 10_000) {
        throw new IllegalArgumentException("--incidents not in 1..10000: " + incidents);
      }
      if (txDelaySeconds < 0) {
        throw new IllegalArgumentException("--tx-delay < 0: " + txDelaySeconds);
      }
      FailoverConfig settings = config == null ? FailoverConfig.defaults()
          : Wiring.failoverConfig(ConfigLoader.load(config, env.variables()).config());
      Scenario s = new Scenario(Scenario.Kind.parse(scenario), IntStream.range(0, nodes).boxed().toList(),
          incidents, seed, settings, Duration.ofSeconds(txDelaySeconds), peers);
      report = new Simulation(s).run();
    } catch (ConfigException | IllegalArgumentException e) {
      FailureLine.print(env.err(), "simulate: " + e.getMessage(), e, verbose);
      return 2;
    }
    if (json) {
      try {
        env.out().println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(toJson(report)));
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("cannot write plain maps as JSON", e);
      }
    } else {
      printTable(env.out(), report);
    }
    return 0;
  }

  private static void printTable(PrintStream out, SimulationReport r) {
    Scenario s = r.scenario();
    FailoverConfig c = s.config();
    out.printf(Locale.ROOT, "scenario %s, %d nodes (priorities %s), %d incidents, seed %d, tx delay %d s%s%n",
        s.kind().name().toLowerCase(Locale.ROOT), s.priorities().size(), s.priorities(), s.incidents(), s.seed(),
        s.txDelay().toSeconds(), s.peerHealth() ? ", peer health" : "");
    out.printf(Locale.ROOT, "policy allowed_misses %d, miss_window %d s, takeover_step %d, cooldown %d, "
            + "max_switches_per_hour %d, confirm_within %d, min_participation %d%%%n",
        c.allowedMisses(), c.missWindow().toSeconds(), c.takeoverStep(), c.cooldown(), c.maxSwitchesPerHour(),
        c.confirmWithin(), c.minParticipation());
    out.printf(Locale.ROOT, "%4s %7s %12s %9s %6s %9s %7s  %s%n",
        "#", "misses", "s_to_switch", "switches", "flaps", "requests", "unsafe", "final_producer");
    for (IncidentReport i : r.incidents()) {
      out.printf(Locale.ROOT, "%4d %7d %12s %9d %6d %9d %7d  %s%n", i.number(), i.misses(),
          i.secondsToSwitch() < 0 ? "-" : Long.toString(i.secondsToSwitch()), i.switches(), i.flaps(),
          i.requests(), i.requestsWhileStalled() + i.requestsFromUnhealthy(),
          i.finalProducer() + (i.finalPriority() >= 0 ? " (priority " + i.finalPriority() + ")" : ""));
    }
    out.printf(Locale.ROOT, "summary: %d incidents, %d misses, %d switches, %d flaps, %d/%d with exactly one "
            + "switch, seconds to switch mean %.1f max %d, unsafe requests %d%n",
        r.incidents().size(), r.totalMisses(), r.totalSwitches(), r.totalFlaps(), r.incidentsWithOneSwitch(),
        r.incidents().size(), r.meanSecondsToSwitch(), r.maxSecondsToSwitch(), r.unsafeRequests());
  }

  private static Map<String, Object> toJson(SimulationReport r) {
    Scenario s = r.scenario();
    Map<String, Object> scenario = new LinkedHashMap<>();
    scenario.put("kind", s.kind().name().toLowerCase(Locale.ROOT));
    scenario.put("nodes", s.priorities().size());
    scenario.put("incidents", s.incidents());
    scenario.put("seed", s.seed());
    scenario.put("tx_delay_seconds", s.txDelay().toSeconds());
    scenario.put("peer_health", s.peerHealth());
    scenario.put("allowed_misses", s.config().allowedMisses());
    scenario.put("miss_window", s.config().missWindow().toSeconds());
    List<Map<String, Object>> incidents = new ArrayList<>();
    for (IncidentReport i : r.incidents()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("number", i.number());
      m.put("misses", i.misses());
      m.put("seconds_to_switch", i.secondsToSwitch());
      m.put("switches", i.switches());
      m.put("flaps", i.flaps());
      m.put("requests", i.requests());
      m.put("requests_while_stalled", i.requestsWhileStalled());
      m.put("requests_from_unhealthy", i.requestsFromUnhealthy());
      m.put("final_producer", i.finalProducer());
      m.put("final_priority", i.finalPriority());
      m.put("best_healthy_priority", i.bestHealthyPriority());
      incidents.add(m);
    }
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("incidents", r.incidents().size());
    summary.put("misses", r.totalMisses());
    summary.put("switches", r.totalSwitches());
    summary.put("flaps", r.totalFlaps());
    summary.put("incidents_with_one_switch", r.incidentsWithOneSwitch());
    summary.put("mean_seconds_to_switch", Math.round(r.meanSecondsToSwitch() * 10) / 10.0);
    summary.put("max_seconds_to_switch", r.maxSecondsToSwitch());
    summary.put("unsafe_requests", r.unsafeRequests());
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("scenario", scenario);
    root.put("incidents", incidents);
    root.put("summary", summary);
    return root;
  }
}
