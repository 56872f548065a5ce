package io.github.goloswitness.failover.sim;

import io.github.goloswitness.failover.Decision;
import io.github.goloswitness.failover.FailoverConfig;
import io.github.goloswitness.failover.FailoverPolicy;
import io.github.goloswitness.failover.FakeClock;
import io.github.goloswitness.failover.Observation;
import io.github.goloswitness.failover.PeerReport;
import io.github.goloswitness.failover.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * Runs a {@link Scenario}: one witness with N nodes, each running a monitor (by default the real
 * {@link FailoverPolicy}, see {@link SimulatedMonitor}) with its own priority, on a {@link
 * SimulatedChain} with 20 other witnesses. Every monitor is shown the chain after every slot.
 * Deterministic: the same scenario (seed included) gives the same report, and the incidents (fault
 * times, restarts) depend only on the scenario, not on the monitors, so that strategies can be
 * compared on the same script.
 *
 * <p>Incidents last {@value #INCIDENT_SLOTS} slots (30 min); faults end and crashed nodes restart
 * (monitor process included) when their incident ends. Not thread-safe; use one instance per run.
 */
public final class Simulation {

  /** Slots per incident (30 minutes of chain time). */
  public static final int INCIDENT_SLOTS = 600;
  /** The simulated witness's account name. */
  public static final String WITNESS = "witness";

  private static final Instant GENESIS = Instant.parse("2026-01-01T00:00:00Z");
  private static final Version VERSION = Version.parse("0.30.0");
  private static final int OTHERS = 20;
  private static final int STALLED_OTHERS = 16;

  private final Scenario scenario;
  private final RandomGenerator random;
  private final FakeClock clock = new FakeClock(GENESIS);
  private final SimulatedChain chain;
  private final List<SimulatedNode> nodes = new ArrayList<>();
  private boolean stalled;

  /** A simulation whose nodes run the real {@link FailoverPolicy}. */
  public Simulation(Scenario scenario) {
    this(scenario, SimulatedMonitor.policy());
  }

  /**
   * A simulation whose nodes run monitors made by {@code monitors}, each created with the
   * scenario's config, that node's own key and priority, and the simulation's clock.
   */
  public Simulation(Scenario scenario, SimulatedMonitor.Factory monitors) {
    this.scenario = Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(monitors, "monitors");
    this.random = new SplittableRandom(scenario.seed());
    for (int i = 0; i < scenario.priorities().size(); i++) {
      int priority = scenario.priorities().get(i);
      String key = "GLS_NODE_" + i;
      FailoverConfig config = scenario.config().withOwnKey(key).withPriority(priority);
      nodes.add(new SimulatedNode("node-" + i, key, priority, monitors.create(config, clock)));
    }
    SimulatedNode first = nodes.stream().min((a, b) -> Integer.compare(a.priority, b.priority)).orElseThrow();
    Map<String, String> keys = new LinkedHashMap<>();
    for (int i = 1; i <= OTHERS; i++) {
      keys.put(other(i), "GLS_OTHER_" + i);
      if (i == OTHERS / 2) {
        keys.put(WITNESS, first.key);
      }
    }
    chain = new SimulatedChain(keys, GENESIS, scenario.txDelay(), VERSION);
  }

  private static String other(int i) {
    return String.format("w%02d", i);
  }

  /** Runs every incident and returns the report. Call once. */
  public SimulationReport run() {
    List<IncidentReport> reports = new ArrayList<>();
    for (int i = 1; i <= scenario.incidents(); i++) {
      reports.add(incident(i));
    }
    return new SimulationReport(scenario, reports);
  }

  private record Plan(int crashAt, int stallFrom, int stallTo, SimulatedNode lag, int flapFrom, int flapTo,
      SimulatedNode restart, int restartAt) {

    /** The slot the fault starts at: misses and switches are timed from there. */
    int faultStart() {
      return stallFrom >= 0 ? stallFrom : flapFrom >= 0 ? flapFrom : Math.max(crashAt, 0);
    }
  }

  private Plan plan(SimulatedNode holder) {
    int earliest = scenario.config().cooldown() * scenario.config().roundLength() + 21;
    int crashAt = random.nextInt(earliest, INCIDENT_SLOTS / 3);
    SimulatedNode restart = nodes.get(random.nextInt(nodes.size()));
    int restartAt = random.nextInt(INCIDENT_SLOTS);
    switch (scenario.kind()) {
      case STALL: {
        int from = random.nextInt(earliest, INCIDENT_SLOTS / 6);
        return new Plan(from + 110 + random.nextInt(20), from, from + 220, null, -1, -1, restart, restartAt);
      }
      case LAG: {
        SimulatedNode lag = bestBackup(holder);
        return new Plan(crashAt, -1, -1, lag, -1, -1, restart, restartAt);
      }
      case FLAP:
        return new Plan(-1, -1, -1, null, crashAt, crashAt + 300, restart, restartAt);
      default:
        return new Plan(crashAt, -1, -1, null, -1, -1, restart, restartAt);
    }
  }

  private IncidentReport incident(int number) {
    SimulatedNode holder = holder();
    Plan plan = plan(holder);
    Tally tally = new Tally(chain.totalMissed(WITNESS), chain.signingKey(WITNESS));
    if (plan.lag != null) {
      plan.lag.lagging = true;
    }
    SimulatedNode victim = null;
    int faultLead = -1;
    for (int s = 0; s < INCIDENT_SLOTS; s++) {
      // the fault hits the node producing when it starts (another strategy may have moved the key)
      if (s == plan.crashAt || s == plan.flapFrom) {
        victim = holder();
      }
      if (s == plan.faultStart()) {
        faultLead = chain.slotsUntilScheduled(WITNESS);
      }
      if (victim != null && s == plan.crashAt) {
        switch (scenario.kind()) {
          case RPC_BROKEN:
            victim.rpcBroken = true;
            break;
          case PARTITION:
            SimulatedNode cut = bestBackup(victim);
            if (cut != null) {
              cut.cutOffFrom = victim;
            }
            break;
          default:
            victim.up = false;
        }
      }
      if (victim != null && s == plan.flapFrom) {
        victim.flapping = true;
      }
      if (victim != null && s == plan.flapTo) {
        victim.flapping = false;
      }
      stalled = s >= plan.stallFrom && s < plan.stallTo;
      if (s == plan.restartAt && plan.restart.up) {
        plan.restart.restartMonitor();
      }
      chain.produceSlot(this::canProduce);
      tally.afterSlot(chain, s >= plan.faultStart());
      poll(tally);
    }
    SimulatedNode last = holder();
    int best = nodes.stream().filter(SimulatedNode::healthy).mapToInt(n -> n.priority).min().orElse(-1);
    for (SimulatedNode n : nodes) { // faults end with the incident
      if (!n.up) {
        n.restartMonitor(); // the server and its monitor process come back
      }
      n.up = true;
      n.lagging = false;
      n.flapping = false;
      n.rpcBroken = false;
      n.cutOffFrom = null;
    }
    stalled = false;
    return new IncidentReport(number, scenario.kind(), chain.totalMissed(WITNESS) - tally.missedAtStart,
        tally.secondsToSwitch(), tally.switches, Math.max(0, tally.switches - 1), tally.requests,
        tally.requestsWhileStalled, tally.requestsFromUnhealthy, last == null ? "none" : last.name,
        last == null ? -1 : last.priority, best, faultLead);
  }

  /** The healthy node of best priority other than {@code holder}, or null. */
  private SimulatedNode bestBackup(SimulatedNode holder) {
    return nodes.stream().filter(n -> n != holder && n.healthy())
        .min((a, b) -> Integer.compare(a.priority, b.priority)).orElse(null);
  }

  private SimulatedNode holder() {
    String key = chain.signingKey(WITNESS);
    return nodes.stream().filter(n -> n.key.equals(key)).findFirst().orElse(null);
  }

  private boolean canProduce(String key) {
    for (SimulatedNode n : nodes) {
      if (n.key.equals(key)) {
        return n.healthy() && (!n.flapping || random.nextBoolean());
      }
    }
    if (stalled) {
      int i = Integer.parseInt(key.substring("GLS_OTHER_".length()));
      return i > STALLED_OTHERS;
    }
    return true;
  }

  private void poll(Tally tally) {
    clock.set(chain.now().plusMillis(500));
    for (SimulatedNode n : nodes) {
      if (!n.up) {
        continue;
      }
      // Peer monitors' reports are those of the previous slot: a monitor serves its last poll.
      Observation seen = new Observation(chain.headBlockNumber(), chain.headBlockTime(), chain.observedParticipation(),
          chain.signingKey(WITNESS), chain.totalMissed(WITNESS), chain.lastConfirmedBlockNum(WITNESS),
          chain.hardfork(), n.health(VERSION), true,
          scenario.peerHealth() ? SimulatedNode.peersOf(n, nodes, true) : List.of());
      Decision d = n.monitor.poll(seen);
      if (d instanceof Decision.TakeOver t) {
        tally.requests++;
        if (seen.participation() < scenario.config().minParticipation()) {
          tally.requestsWhileStalled++;
        }
        if (!n.healthy()) {
          tally.requestsFromUnhealthy++;
        }
        chain.submitKeyChange(WITNESS, t.newKey());
      } else if (d instanceof Decision.Disable) {
        chain.submitKeyChange(WITNESS, FailoverPolicy.NULL_KEY);
      }
    }
    List<PeerReport> reports = new ArrayList<>();
    for (SimulatedNode n : nodes) {
      reports.add(n.up ? n.reportAfterPoll(chain.headBlockNumber(), chain.signingKey(WITNESS), nodes) : null);
    }
    for (int i = 0; i < nodes.size(); i++) {
      nodes.get(i).report = reports.get(i);
    }
  }

  /** Counters of one incident. */
  private static final class Tally {
    final long missedAtStart;
    String key;
    long lastMissed;
    Instant firstMiss;
    Instant firstSwitch;
    int switches;
    int requests;
    int requestsWhileStalled;
    int requestsFromUnhealthy;

    Tally(long missedAtStart, String key) {
      this.missedAtStart = missedAtStart;
      this.lastMissed = missedAtStart;
      this.key = key;
    }

    /** {@code faultStarted}: key changes and misses before the fault do not start the timer. */
    void afterSlot(SimulatedChain chain, boolean faultStarted) {
      long missed = chain.totalMissed(WITNESS);
      if (missed > lastMissed && firstMiss == null && faultStarted) {
        firstMiss = chain.headBlockTime();
      }
      lastMissed = missed;
      String now = chain.signingKey(WITNESS);
      if (!now.equals(key)) {
        switches++;
        key = now;
        if (firstSwitch == null && faultStarted) {
          firstSwitch = chain.headBlockTime();
        }
      }
    }

    long secondsToSwitch() {
      if (firstSwitch == null) {
        return -1;
      }
      return firstMiss == null || firstMiss.isAfter(firstSwitch)
          ? 0 : Duration.between(firstMiss, firstSwitch).toSeconds();
    }
  }
}
