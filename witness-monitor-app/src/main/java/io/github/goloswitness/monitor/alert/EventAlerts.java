package io.github.goloswitness.monitor.alert;

import io.github.goloswitness.failover.Event;
import io.github.goloswitness.failover.Event.Kind;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Turns the policy's events into operator alerts: every kind the core marks as an alert, plus the
 * milestones an operator wants to hear about (a miss, a takeover, its confirmation, production,
 * recovery, a peer down). Event names are those of {@code docs/operations.md} where it has one
 * ({@code missed_blocks}, {@code switched}, {@code network_unhealthy}, …), else the kind in
 * lower_snake_case ({@code switch_requested}).
 */
public final class EventAlerts {
  private static final Set<Kind> MILESTONES = EnumSet.of(
      Kind.MISS_DETECTED, Kind.SWITCH_REQUESTED, Kind.SWITCH_CONFIRMED, Kind.PRODUCTION_CONFIRMED, Kind.RECOVERED,
      Kind.PEER_DOWN);
  private static final Map<Kind, String> NAMES = Map.of(
      Kind.MISS_DETECTED, "missed_blocks",
      Kind.SWITCH_CONFIRMED, "switched",
      Kind.NETWORK_STALLED, "network_unhealthy",
      Kind.BUDGET_EXHAUSTED, "switch_limit_reached");
  /** Kinds describing a lasting condition: repeats are deduplicated by event name alone. */
  private static final Set<Kind> CONDITIONS = EnumSet.of(
      Kind.NODE_UNHEALTHY, Kind.NETWORK_STALLED, Kind.QUORUM_LOST, Kind.BUDGET_EXHAUSTED, Kind.WITNESS_DISABLED,
      Kind.THIS_NODE_FAILING);

  private final String witness;
  private final String node;
  private final Consumer<Alert> sink;

  /**
   * @param node the local node as shown in alerts (no credentials)
   * @param sink receives the alerts (usually {@link AlertDispatcher#submit})
   */
  public EventAlerts(String witness, String node, Consumer<Alert> sink) {
    this.witness = Objects.requireNonNull(witness, "witness");
    this.node = Objects.requireNonNull(node, "node");
    this.sink = Objects.requireNonNull(sink, "sink");
  }

  /** Whether an event of this kind is sent to the operator. */
  public static boolean alerts(Kind kind) {
    return kind.alert() || MILESTONES.contains(kind);
  }

  /** Sends {@code event} if its kind alerts; returns whether it did. */
  public boolean offer(Event event) {
    if (!alerts(event.kind())) {
      return false;
    }
    String key = CONDITIONS.contains(event.kind()) ? "" : event.detail();
    sink.accept(new Alert(name(event.kind()), key, witness, node, event.detail(), event.at()));
    return true;
  }

  /** The alert's event name for {@code kind}. */
  public static String name(Kind kind) {
    return NAMES.getOrDefault(kind, kind.name().toLowerCase(Locale.ROOT));
  }

  /** Sends an alert that does not come from the policy (e.g. {@code state_save_failed}). */
  public void send(String event, String message, java.time.Instant at) {
    sink.accept(new Alert(event, "", witness, node, message, at));
  }
}
