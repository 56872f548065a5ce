package io.github.goloswitness.monitor.daemon;

import io.github.goloswitness.crypto.PublicKey;
import io.github.goloswitness.failover.Decision;
import io.github.goloswitness.failover.Event;
import io.github.goloswitness.failover.FailoverPolicy;
import io.github.goloswitness.failover.FailoverState;
import io.github.goloswitness.failover.Observation;
import io.github.goloswitness.failover.Step;
import io.github.goloswitness.monitor.alert.EventAlerts;
import io.github.goloswitness.monitor.observe.Health;
import io.github.goloswitness.monitor.observe.HealthLog;
import io.github.goloswitness.monitor.observe.MonitorMetrics;
import io.github.goloswitness.monitor.observe.PeerStatus;
import io.github.goloswitness.monitor.observe.ProblemLog;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One witness monitor: {@link #tick()} polls the chain once, lets the policy decide, persists the
 * state when it changed and executes a switch. Synchronous and single-threaded: the caller (the
 * daemon loop, the demo, a test) decides when to tick. Node failures never escape a tick.
 *
 * <p>Logs every event and decision once, in one line, with its evidence; never a private key.
 */
public final class Monitor {
  private static final Logger log = LoggerFactory.getLogger(Monitor.class);

  private final String name;
  private final Poller poller;
  private final Switcher switcher;
  private final FailoverPolicy policy;
  private final StateStore store;
  private final EventAlerts alerts;
  private final MonitorMetrics metrics;
  private final InstantSource clock;
  private final ProblemAlerts problems;
  private final HealthLog healthLog;
  private FailoverState state;
  private String lastHold = "";
  private String priorityConflict = "";
  private long lastTotalMissed = -1;
  private Instant switchRequestedAt;
  private static final String STARTING = "starting";
  private volatile Health health = Health.down(STARTING, Map.of());
  /** Chain time of the local node's head at the last poll that read it; null when unknown. */
  private volatile Instant localHead;
  private volatile Optional<PeerStatus> peerStatus = Optional.empty();
  private final String witness;
  private final OwnStatus ownStatus;

  Monitor(String name, String witness, Poller poller, Switcher switcher, FailoverPolicy policy, StateStore store,
      FailoverState initial, EventAlerts alerts, MonitorMetrics metrics, InstantSource clock, boolean signingKeyVerified) {
    this.name = Objects.requireNonNull(name, "name");
    this.witness = Objects.requireNonNull(witness, "witness");
    this.poller = Objects.requireNonNull(poller, "poller");
    this.switcher = Objects.requireNonNull(switcher, "switcher");
    this.policy = Objects.requireNonNull(policy, "policy");
    this.store = Objects.requireNonNull(store, "store");
    this.state = Objects.requireNonNull(initial, "initial");
    this.alerts = Objects.requireNonNull(alerts, "alerts");
    this.metrics = Objects.requireNonNull(metrics, "metrics");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.problems = new ProblemAlerts(new ProblemLog(name), alerts);
    this.healthLog = new HealthLog(name);
    this.ownStatus = new OwnStatus(witness, policy.config(), signingKeyVerified);
  }

  /** The policy state after the last tick. */
  public FailoverState state() {
    return state;
  }

  /**
   * The health served on {@code /health}; safe to call from any thread. Down when the last poll
   * failed, the local node is not synced, there is no quorum, or the local head is older than
   * {@code max_head_lag} blocks by the monitor's clock when asked: a node whose head stopped
   * moving (lost peers, a proxy replaying old answers) is down even when it is the only view.
   */
  public Health health() {
    Health last = health;
    Instant head = localHead;
    if (last.up() && head != null) {
      Duration age = Duration.between(head, clock.instant());
      if (age.compareTo(policy.config().blocks(policy.config().maxHeadLag())) > 0) {
        return healthLog.report(Health.down("local head " + age.toSeconds() + " s old", last.details()));
      }
    }
    return last.reason().equals(STARTING) ? last : healthLog.report(last);
  }

  /**
   * What this monitor tells its peers on {@code /peer} (rule 9): what its last poll saw of its own
   * node and of the others, whether that poll read the chain or not (then its node counts as down
   * and not producing), with the poll's age by this monitor's clock now; empty before the first
   * poll. Safe to call from any thread.
   */
  public Optional<PeerStatus> peerStatus() {
    return peerStatus.map(s -> s.servedAt(clock.instant()));
  }

  /** Polls once, decides, persists, and switches if the policy says so. Never throws for node failures. */
  public TickReport tick() {
    Poll poll;
    try {
      poll = poller.poll();
    } catch (RuntimeException e) { // a bug or an unforeseen reply shape must not stop the daemon
      poll = Poll.unknown(List.of("poll failed: " + Poller.message(e)));
    }
    // A broken node is worth an alert even when nothing is to be decided (e.g. the producer's own
    // RPC fails while it still produces): the policy alerts only when a problem blocks a takeover.
    problems.report(poll.problems(), poll.observation().isPresent(), clock.instant());
    if (poll.observation().isEmpty()) {
      peerStatus = Optional.of(ownStatus.unread(poll.peers(), state.headBlock(), clock.instant()));
      metrics.pollFailed();
      health = Health.down("chain not readable: " + String.join("; ", poll.problems()), details());
      health();
      return new TickReport(Optional.empty(), Optional.empty(), List.of(), Optional.empty(), poll.problems());
    }
    Observation seen = poll.observation().get();
    reportPriorityConflicts(seen);
    localHead = clock.instant().minus(seen.local().headAge());
    observeMetrics(seen);
    peerStatus = Optional.of(ownStatus.read(seen, poll.localRefused(), clock.instant()));
    Step step = policy.evaluate(state, seen);
    List<Event> events = new ArrayList<>(step.events());
    accept(step);
    Optional<SwitchOutcome> switched = Optional.empty();
    if (step.decision() instanceof Decision.TakeOver || step.decision() instanceof Decision.Disable) {
      SwitchOutcome outcome = execute(step.decision(), seen);
      switched = Optional.of(outcome);
      if (outcome.result().isPresent()) {
        Step after = policy.onBroadcast(state, outcome.result().get());
        events.addAll(after.events());
        accept(after);
      }
    }
    metrics.policyState(state, policy.config(), seen.headTime());
    health = seen.local().synced() && seen.quorumOk()
        ? Health.up(details())
        : Health.down(seen.quorumOk() ? "local node not synced" : "no quorum", details());
    health(); // logs a change of what /health answers
    return new TickReport(Optional.of(seen), Optional.of(step.decision()), events, switched, poll.problems());
  }

  /**
   * Equal priorities seen in the peers' reports: one ERROR line and a {@code priority_conflict}
   * alert when they appear or change, one INFO line when they are gone. The policy meanwhile breaks
   * the tie by signing key, so the two never act in the same block.
   */
  private void reportPriorityConflicts(Observation seen) {
    List<String> same = PeerPriorities.conflicts(seen.peers(), policy.config().priority());
    String now = String.join(", ", same);
    if (now.equals(priorityConflict)) {
      return;
    }
    if (now.isEmpty()) {
      log.info("[{}] priority conflict resolved: no peer reports priority {} any more", name,
          policy.config().priority());
    } else {
      String line = "peer(s) " + now + " report priority " + policy.config().priority() + ", the same as this"
          + " server's: give every server of the witness a different priority (meanwhile the lower signing key"
          + " acts first)";
      log.error("[{}] priority conflict: {}", name, line);
      alerts.send("priority_conflict", line, clock.instant());
    }
    priorityConflict = now;
  }

  private void accept(Step step) {
    for (Event e : step.events()) {
      logEvent(e);
      metrics.event(e.kind());
      alerts.offer(e);
      if (e.kind() == Event.Kind.SWITCH_REQUESTED) {
        switchRequestedAt = clock.instant();
      } else if (e.kind() == Event.Kind.SWITCH_CONFIRMED) {
        metrics.switchAttempt("confirmed");
        if (switchRequestedAt != null) {
          metrics.switchLatency(Duration.between(switchRequestedAt, clock.instant()));
          switchRequestedAt = null;
        }
      } else if (e.kind() == Event.Kind.SWITCH_FAILED) {
        metrics.switchAttempt("failed");
      }
    }
    boolean changed = !step.next().equals(state);
    state = step.next();
    logDecision(step.decision());
    if (changed) {
      save();
    }
  }

  private SwitchOutcome execute(Decision decision, Observation seen) {
    SwitchOutcome outcome;
    try {
      PublicKey key = decision instanceof Decision.TakeOver t ? PublicKey.fromString(t.newKey()) : PublicKey.NULL;
      outcome = switcher.execute(key, Optional.of(seen.signingKey()));
    } catch (RuntimeException e) { // a bug must not stop the daemon: report it as a failed attempt
      outcome = new SwitchOutcome(SwitchOutcome.Kind.REJECTED, String.valueOf(policy.config().ownKey()), "",
          "internal error: " + Poller.message(e));
    }
    metrics.switchAttempt(outcome.kind().name().toLowerCase(java.util.Locale.ROOT));
    String line = "[{}] switch {}: witness_update signing_key {} replacing {} at block {}, tx {}: {}";
    Object[] args = {name, outcome.kind(), outcome.newKey(), seen.signingKey(), seen.headBlock(),
        outcome.transactionId().isEmpty() ? "-" : outcome.transactionId(), outcome.detail()};
    if (outcome.kind() == SwitchOutcome.Kind.SENT || outcome.kind() == SwitchOutcome.Kind.DRY_RUN) {
      log.info(line, args);
    } else {
      log.warn(line, args);
    }
    return outcome;
  }

  /**
   * Reports that the state was recovered from {@code state_file.bak} at start ({@code detail} says
   * why): the operator should look at the state file, so it is an alert, not only a log line.
   */
  public void stateRecovered(String detail) {
    alerts.send("state_recovered", detail, clock.instant());
  }

  /** Saves the current state (again); called at shutdown in case an earlier save failed. */
  public void persist() {
    save();
  }

  private void save() {
    try {
      store.save(state.toMap());
    } catch (IOException | RuntimeException e) {
      // StateStore's IOException already names the file ("cannot save state to FILE: ...").
      String message = (e instanceof IOException ? Poller.message(e)
          : "cannot save state to " + store.file() + ": " + Poller.message(e)) + " (kept in memory)";
      log.error("[{}] {}", name, message);
      alerts.send("state_save_failed", message, clock.instant());
    }
  }

  private void observeMetrics(Observation seen) {
    metrics.pollSucceeded(seen, policy, clock.instant());
    metrics.headLag(seen.local().headAge());
    if (lastTotalMissed >= 0 && seen.totalMissed() > lastTotalMissed) {
      metrics.missedBlocks(seen.totalMissed() - lastTotalMissed);
    }
    lastTotalMissed = seen.totalMissed();
  }

  private void logEvent(Event e) {
    if (e.alert()) {
      log.warn("[{}] {}: {}", name, e.kind(), e.detail());
    } else {
      log.info("[{}] {}: {}", name, e.kind(), e.detail());
    }
  }

  private void logDecision(Decision decision) {
    String kind;
    if (decision instanceof Decision.Hold hold) {
      kind = "hold";
      // Hold reasons carry block numbers; log again only when the reason itself changes.
      String shape = hold.reason().replaceAll("[0-9]+", "#");
      if (!shape.equals(lastHold)) {
        lastHold = shape;
        log.info("[{}] holding: {} (phase {})", name, hold.reason(), state.phase());
      } else {
        log.debug("[{}] holding: {}", name, hold.reason());
      }
    } else if (decision instanceof Decision.TakeOver t) {
      kind = "take_over";
      lastHold = "";
      log.warn("[{}] decision TAKE_OVER: set signing key {}", name, t.newKey());
    } else {
      kind = "disable";
      lastHold = "";
      log.warn("[{}] decision DISABLE: set the null key", name);
    }
    metrics.decision(kind);
  }

  private Map<String, String> details() {
    return Map.of("monitor", name, "phase", state.phase().name(), "signingKey", state.watchedKey(),
        "headBlock", Long.toString(state.headBlock()), "producing",
        Boolean.toString(state.watchedKey().equals(policy.config().ownKey())));
  }
}
