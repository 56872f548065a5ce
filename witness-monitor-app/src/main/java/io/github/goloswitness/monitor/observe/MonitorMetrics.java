package io.github.goloswitness.monitor.observe;

import io.github.goloswitness.failover.Event;
import io.github.goloswitness.failover.FailoverConfig;
import io.github.goloswitness.failover.FailoverPolicy;
import io.github.goloswitness.failover.FailoverState;
import io.github.goloswitness.failover.Observation;
import io.github.goloswitness.monitor.alert.AlertDispatcher;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The meters the daemon updates, exported in Prometheus format by {@link MetricsServer}:
 *
 * <ul>
 *   <li>{@code witness_monitor_missed_blocks_total} — blocks the witness missed, as observed
 *   <li>{@code witness_monitor_head_lag_seconds} — how old the local node's head was at the last poll, the
 *       clock's offset to the chain beyond one block taken off (NaN until known)
 *   <li>{@code witness_monitor_decisions_total{kind}} — policy decisions by kind
 *   <li>{@code witness_monitor_switches_total{result}} — switch attempts by result
 *   <li>{@code witness_monitor_switch_latency_seconds} — from decision to the switch seen on chain
 *   <li>{@code witness_monitor_rpc_errors_total{node}} — failed node calls, node = URL without credentials or query
 *   <li>{@code witness_monitor_alerts_{delivered,failed,dropped}_total} — once {@link #bindAlerts} was called
 *   <li>{@code witness_monitor_feed_price_gbg_per_golos} — the last computed feed price (NaN until known; docs/feed.md)
 *   <li>{@code witness_monitor_feed_age_seconds} — how old the witness's feed on chain is (NaN until known)
 *   <li>{@code witness_monitor_feed_source_failures_total{source}} — price sources that gave no usable value
 *   <li>{@code witness_monitor_feed_rounds_total{outcome}} — feed rounds by outcome
 *   <li>{@code witness_monitor_polls_total{result}} — polls by result, {@code ok} (the chain was read) or {@code failed}
 *   <li>{@code witness_monitor_last_poll_timestamp_seconds} — monitor clock time of the last {@code ok} poll, 0 before
 *   <li>{@code witness_monitor_local_node_healthy} — 1 when the last poll saw the local node able to produce
 *       (synced, head not older than {@code max_head_lag} blocks, binary not older than the hardfork), else 0
 *   <li>{@code witness_monitor_quorum_reached} — 1 when {@code quorum} nodes agreed at the last poll, else 0
 *   <li>{@code witness_monitor_producing} — 1 when the on-chain signing key is this server's key, else 0
 *   <li>{@code witness_monitor_witness_disabled} — 1 when the null key is on chain, else 0
 *   <li>{@code witness_monitor_witness_total_missed} — the witness's on-chain {@code total_missed}
 *   <li>{@code witness_monitor_head_block} — the head block number agreed by the quorum
 *   <li>{@code witness_monitor_switch_budget_remaining} — switches still allowed by {@code max_switches_per_hour}
 *   <li>{@code witness_monitor_phase{phase}} — 1 for the policy's current phase, 0 for the others
 *   <li>{@code witness_monitor_events_total{kind}} — policy events by kind (e.g. {@code SWITCH_FAILED})
 * </ul>
 *
 * The gauges of the last poll are NaN until the first poll read the chain. Counters with a fixed
 * set of labels are registered at 0 up front, so that Prometheus' {@code increase()} sees their
 * first increment. Thread-safe.
 */
public final class MonitorMetrics {
  private final PrometheusMeterRegistry registry;
  private final Counter missedBlocks;
  private final AtomicReference<Double> headLagSeconds = new AtomicReference<>(Double.NaN);
  private final Timer switchLatency;
  private final AtomicReference<Double> feedPrice = new AtomicReference<>(Double.NaN);
  private final AtomicReference<Double> feedAgeSeconds = new AtomicReference<>(Double.NaN);
  private final AtomicReference<Double> lastPollSeconds = new AtomicReference<>(0.0);
  private final AtomicReference<Double> localNodeHealthy = new AtomicReference<>(Double.NaN);
  private final AtomicReference<Double> quorumReached = new AtomicReference<>(Double.NaN);
  private final AtomicReference<Double> producing = new AtomicReference<>(Double.NaN);
  private final AtomicReference<Double> witnessDisabled = new AtomicReference<>(Double.NaN);
  private final AtomicReference<Double> witnessTotalMissed = new AtomicReference<>(Double.NaN);
  private final AtomicReference<Double> headBlock = new AtomicReference<>(Double.NaN);
  private final AtomicReference<Double> switchBudgetRemaining = new AtomicReference<>(Double.NaN);
  private final AtomicReference<FailoverState.Phase> phase = new AtomicReference<>();

  /** The results {@link #switchAttempt} is called with by the daemon, registered at 0. */
  static final List<String> SWITCH_RESULTS = List.of("sent", "dry_run", "rejected", "unknown", "confirmed", "failed");
  /** The kinds {@link #decision} is called with by the daemon, registered at 0. */
  static final List<String> DECISION_KINDS = List.of("hold", "take_over", "disable");

  private MonitorMetrics(PrometheusMeterRegistry registry) {
    this.registry = registry;
    this.missedBlocks = Counter.builder("witness.monitor.missed.blocks")
        .description("Blocks the witness missed, as observed by this monitor").register(registry);
    Gauge.builder("witness.monitor.head.lag", headLagSeconds, AtomicReference::get)
        .baseUnit("seconds").description("How old the local node's head block was at the last poll (clock offset to the"
            + " chain beyond one block taken off)").register(registry);
    this.switchLatency = Timer.builder("witness.monitor.switch.latency")
        .description("Time from the switch decision to the new signing key seen on chain").register(registry);
    Gauge.builder("witness.monitor.feed.price.gbg.per.golos", feedPrice, AtomicReference::get)
        .description("The last computed price feed, GBG per GOLOS").register(registry);
    Gauge.builder("witness.monitor.feed.age", feedAgeSeconds, AtomicReference::get)
        .baseUnit("seconds").description("How old the witness's feed on chain is").register(registry);
    gauge("witness.monitor.last.poll.timestamp", lastPollSeconds, "seconds",
        "Monitor clock time of the last poll that read the chain, 0 before the first");
    gauge("witness.monitor.local.node.healthy", localNodeHealthy, null,
        "1 when the local node could produce at the last poll (synced, fresh head, binary not older than the hardfork)");
    gauge("witness.monitor.quorum.reached", quorumReached, null, "1 when the quorum of nodes agreed at the last poll");
    gauge("witness.monitor.producing", producing, null, "1 when the on-chain signing key is this server's key");
    gauge("witness.monitor.witness.disabled", witnessDisabled, null, "1 when the null signing key is on chain");
    gauge("witness.monitor.witness.total.missed", witnessTotalMissed, null, "The witness's on-chain total_missed");
    gauge("witness.monitor.head.block", headBlock, null, "Head block number agreed by the quorum");
    gauge("witness.monitor.switch.budget.remaining", switchBudgetRemaining, null,
        "Switches still allowed in the last hour of chain time by max_switches_per_hour");
    for (FailoverState.Phase p : FailoverState.Phase.values()) {
      Gauge.builder("witness.monitor.phase", phase, ref -> ref.get() == p ? 1 : 0).tag("phase", p.name())
          .description("1 for the failover policy's current phase").register(registry);
    }
    for (String result : List.of("ok", "failed")) {
      pollCounter(result);
    }
    SWITCH_RESULTS.forEach(this::switchCounter);
    DECISION_KINDS.forEach(this::decisionCounter);
    for (Event.Kind kind : Event.Kind.values()) {
      eventCounter(kind);
    }
  }

  private void gauge(String name, AtomicReference<Double> value, String unit, String description) {
    Gauge.Builder<AtomicReference<Double>> b = Gauge.builder(name, value, AtomicReference::get).description(description);
    if (unit != null) {
      b.baseUnit(unit);
    }
    b.register(registry);
  }

  private Counter pollCounter(String result) {
    return Counter.builder("witness.monitor.polls").tag("result", result)
        .description("Polls by result: ok (the chain was read) or failed").register(registry);
  }

  private Counter switchCounter(String result) {
    return Counter.builder("witness.monitor.switches").tag("result", result)
        .description("Switch attempts by result").register(registry);
  }

  private Counter decisionCounter(String kind) {
    return Counter.builder("witness.monitor.decisions").tag("kind", kind)
        .description("Failover policy decisions by kind").register(registry);
  }

  private Counter eventCounter(Event.Kind kind) {
    return Counter.builder("witness.monitor.events").tag("kind", kind.name())
        .description("Failover policy events by kind").register(registry);
  }

  /**
   * One feed round: the computed price (NaN when none), the feed's age on chain (null when the
   * chain was not read), the sources that failed, and the outcome.
   */
  public void feedRound(double price, Duration feedAge, List<String> failedSources, String outcome) {
    if (!Double.isNaN(price)) {
      feedPrice.set(price);
    }
    if (feedAge != null) {
      feedAgeSeconds.set((double) feedAge.toSeconds());
    }
    failedSources.forEach(source -> Counter.builder("witness.monitor.feed.source.failures").tag("source", source)
        .description("Price sources that gave no usable value").register(registry).increment());
    Counter.builder("witness.monitor.feed.rounds").tag("outcome", outcome)
        .description("Feed rounds by outcome").register(registry).increment();
  }

  /** A fresh set of meters in its own registry. */
  public static MonitorMetrics create() {
    return new MonitorMetrics(new PrometheusMeterRegistry(PrometheusConfig.DEFAULT));
  }

  /** Adds {@code count} (>= 0) newly observed missed blocks. */
  public void missedBlocks(long count) {
    if (count < 0) {
      throw new IllegalArgumentException("count < 0: " + count);
    }
    missedBlocks.increment(count);
  }

  /** Sets the local node's head lag. */
  public void headLag(Duration lag) {
    headLagSeconds.set(lag.toNanos() / 1e9);
  }

  /** Counts one policy decision of {@code kind} (a small fixed set, e.g. the decision enum's names). */
  public void decision(String kind) {
    decisionCounter(kind).increment();
  }

  /** Counts one switch attempt with {@code result} (e.g. {@code confirmed}, {@code failed}, {@code dry_run}). */
  public void switchAttempt(String result) {
    switchCounter(result).increment();
  }

  /** Records how long a switch took to show up on chain. */
  public void switchLatency(Duration latency) {
    switchLatency.record(latency);
  }

  /** Counts one failed call to {@code node}; the tag is {@link #nodeTag(URI)}. */
  public void rpcError(URI node) {
    rpcErrorCounter(node).increment();
  }

  /** Registers {@code node}'s error counter at 0 (so that {@code increase()} sees its first error). */
  public void rpcNode(URI node) {
    rpcErrorCounter(node);
  }

  private Counter rpcErrorCounter(URI node) {
    return Counter.builder("witness.monitor.rpc.errors").tag("node", nodeTag(node))
        .description("Failed calls to a node").register(registry);
  }

  /**
   * Records a poll that read the chain at {@code now} (the monitor's injected clock): the poll time,
   * the local node's fitness as the policy judges it ({@link FailoverPolicy#localNodeProblem}),
   * quorum, who produces, the witness's miss counter and the head.
   */
  public void pollSucceeded(Observation seen, FailoverPolicy policy, Instant now) {
    FailoverConfig config = policy.config();
    pollCounter("ok").increment();
    lastPollSeconds.set(now.toEpochMilli() / 1e3);
    localNodeHealthy.set(policy.localNodeProblem(seen).isEmpty() ? 1.0 : 0.0);
    quorumReached.set(seen.quorumOk() ? 1.0 : 0.0);
    producing.set(seen.signingKey().equals(config.ownKey()) ? 1.0 : 0.0);
    witnessDisabled.set(seen.signingKey().equals(FailoverPolicy.NULL_KEY) ? 1.0 : 0.0);
    witnessTotalMissed.set((double) seen.totalMissed());
    headBlock.set((double) seen.headBlock());
  }

  /**
   * Records a poll that could not read the chain (too few nodes answered): the local node is not
   * known to be healthy and no quorum was reached; the other gauges keep the last poll's values.
   */
  public void pollFailed() {
    pollCounter("failed").increment();
    localNodeHealthy.set(0.0);
    quorumReached.set(0.0);
  }

  /**
   * Records the policy state after a poll: its phase, and the switch budget left, counted as the
   * policy counts it (switch requests in the hour of chain time up to {@code headTime}).
   */
  public void policyState(FailoverState state, FailoverConfig config, Instant headTime) {
    Instant budgetStart = headTime.minus(Duration.ofHours(1));
    long used = state.switches().stream().filter(t -> t.isAfter(budgetStart)).count();
    switchBudgetRemaining.set((double) Math.max(0, config.maxSwitchesPerHour() - used));
    phase.set(state.phase());
  }

  /** Counts one policy event. */
  public void event(Event.Kind kind) {
    eventCounter(kind).increment();
  }

  /** Exposes the dispatcher's delivered/failed/dropped counts. */
  public void bindAlerts(AlertDispatcher alerts) {
    Objects.requireNonNull(alerts, "alerts");
    FunctionCounter.builder("witness.monitor.alerts.delivered", alerts, AlertDispatcher::delivered)
        .description("Alert deliveries that a sink accepted (one per sink)").register(registry);
    FunctionCounter.builder("witness.monitor.alerts.failed", alerts, AlertDispatcher::failed)
        .description("Alert deliveries that a sink failed").register(registry);
    FunctionCounter.builder("witness.monitor.alerts.dropped", alerts, AlertDispatcher::dropped)
        .description("Alerts dropped because the delivery queue was full").register(registry);
  }

  /** The node URL safe to show: scheme, host, port and path; no user info, query or fragment. */
  public static String nodeTag(URI node) {
    try {
      // A lone "/" path is dropped, as the config does: one node, one tag, however it was written.
      String path = "/".equals(node.getPath()) ? "" : node.getPath();
      return new URI(node.getScheme(), null, node.getHost(), node.getPort(), path, null, null).toString();
    } catch (URISyntaxException e) {
      return String.valueOf(node.getHost());
    }
  }

  /** All meters in the Prometheus text format. */
  public String scrape() {
    return registry.scrape();
  }
}
