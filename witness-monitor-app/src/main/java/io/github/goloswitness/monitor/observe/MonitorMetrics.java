package io.github.goloswitness.monitor.observe;

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
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The meters the daemon updates, exported in Prometheus format by {@link MetricsServer}:
 *
 * <ul>
 *   <li>{@code witness_monitor_missed_blocks_total} — blocks the witness missed, as observed
 *   <li>{@code witness_monitor_head_lag_seconds} — how far the local node's head is behind (NaN until known)
 *   <li>{@code witness_monitor_decisions_total{kind}} — policy decisions by kind
 *   <li>{@code witness_monitor_switches_total{result}} — switch attempts by result
 *   <li>{@code witness_monitor_switch_latency_seconds} — from decision to the switch seen on chain
 *   <li>{@code witness_monitor_rpc_errors_total{node}} — failed node calls, node = URL without credentials or query
 *   <li>{@code witness_monitor_alerts_{delivered,failed,dropped}_total} — once {@link #bindAlerts} was called
 * </ul>
 *
 * Thread-safe.
 */
public final class MonitorMetrics {
  private final PrometheusMeterRegistry registry;
  private final Counter missedBlocks;
  private final AtomicReference<Double> headLagSeconds = new AtomicReference<>(Double.NaN);
  private final Timer switchLatency;

  private MonitorMetrics(PrometheusMeterRegistry registry) {
    this.registry = registry;
    this.missedBlocks = Counter.builder("witness.monitor.missed.blocks")
        .description("Blocks the witness missed, as observed by this monitor").register(registry);
    Gauge.builder("witness.monitor.head.lag", headLagSeconds, AtomicReference::get)
        .baseUnit("seconds").description("How far the local node's head block is behind").register(registry);
    this.switchLatency = Timer.builder("witness.monitor.switch.latency")
        .description("Time from the switch decision to the new signing key seen on chain").register(registry);
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
    Counter.builder("witness.monitor.decisions").tag("kind", kind)
        .description("Failover policy decisions by kind").register(registry).increment();
  }

  /** Counts one switch attempt with {@code result} (e.g. {@code confirmed}, {@code failed}, {@code dry_run}). */
  public void switchAttempt(String result) {
    Counter.builder("witness.monitor.switches").tag("result", result)
        .description("Switch attempts by result").register(registry).increment();
  }

  /** Records how long a switch took to show up on chain. */
  public void switchLatency(Duration latency) {
    switchLatency.record(latency);
  }

  /** Counts one failed call to {@code node}; the tag is {@link #nodeTag(URI)}. */
  public void rpcError(URI node) {
    Counter.builder("witness.monitor.rpc.errors").tag("node", nodeTag(node))
        .description("Failed calls to a node").register(registry).increment();
  }

  /** Exposes the dispatcher's delivered/failed/dropped counts. */
  public void bindAlerts(AlertDispatcher alerts) {
    Objects.requireNonNull(alerts, "alerts");
    FunctionCounter.builder("witness.monitor.alerts.delivered", alerts, AlertDispatcher::delivered).register(registry);
    FunctionCounter.builder("witness.monitor.alerts.failed", alerts, AlertDispatcher::failed).register(registry);
    FunctionCounter.builder("witness.monitor.alerts.dropped", alerts, AlertDispatcher::dropped).register(registry);
  }

  /** The node URL safe to show: scheme, host, port and path; no user info, query or fragment. */
  public static String nodeTag(URI node) {
    try {
      return new URI(node.getScheme(), null, node.getHost(), node.getPort(), node.getPath(), null, null).toString();
    } catch (URISyntaxException e) {
      return String.valueOf(node.getHost());
    }
  }

  /** All meters in the Prometheus text format. */
  public String scrape() {
    return registry.scrape();
  }
}
