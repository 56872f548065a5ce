package io.github.goloswitness.failover;

import java.time.Instant;
import java.util.Objects;

/**
 * Something the policy noticed, stamped with the injected clock's time.
 *
 * @param kind what happened
 * @param at the policy clock's instant when it was noticed
 * @param detail a short human-readable explanation (keys, counts, block numbers)
 */
public record Event(Kind kind, Instant at, String detail) {

  /**
   * Checks that no component is null.
   *
   * @throws NullPointerException if a required component is null; the message names it
   */
  public Event {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(detail, "detail");
  }

  /** True when an operator should be told (see {@link Kind#alert()}). */
  public boolean alert() {
    return kind.alert();
  }

  /** The kinds of events; {@link #alert()} marks the ones an operator must see. */
  public enum Kind {
    /** {@code total_missed} of the witness grew while another key was on chain. */
    MISS_DETECTED(false),
    /** More than {@code allowed_misses} misses in the sliding window. */
    THRESHOLD_REACHED(false),
    /** This backup will act after its priority wait, if the failing key is still on chain. */
    TAKEOVER_SCHEDULED(false),
    /** A pending takeover was dropped: another key appeared, or the producer recovered. */
    TAKEOVER_CANCELLED(false),
    /** A takeover was decided; the app must broadcast. */
    SWITCH_REQUESTED(false),
    /** Our key is on chain after our request. */
    SWITCH_CONFIRMED(false),
    /** Our key did not appear in time, or the broadcast was rejected. */
    SWITCH_FAILED(true),
    /** Our node produced a block with our key. */
    PRODUCTION_CONFIRMED(false),
    /** Our key is on chain but our node missed its slot. */
    PRODUCTION_MISSING(true),
    /** The failing producer produced again before anyone took over. */
    RECOVERED(false),
    /** The signing key on chain changed (any change, by anyone). */
    KEY_CHANGED(false),
    /** This node cannot take over: stale, not synced, or too old for the hardfork. */
    NODE_UNHEALTHY(true),
    /** Participation is below {@code min_participation}: misses are counted, no takeover. */
    NETWORK_STALLED(true),
    /** Independent nodes disagree with ours: no takeover. */
    QUORUM_LOST(true),
    /** The null key is on chain: the witness is disabled (by the chain or an operator). */
    WITNESS_DISABLED(true),
    /** Our own key is on chain and misses grow: this node is the failing one. */
    THIS_NODE_FAILING(true),
    /** {@code max_switches_per_hour} reached: alerts only. */
    BUDGET_EXHAUSTED(true),
    /** The peer holding the on-chain key is unreachable or stale (rule 9). */
    PEER_DOWN(false),
    /** The observation is older than one already seen; ignored. */
    STALE_OBSERVATION(false);

    private final boolean alert;

    Kind(boolean alert) {
      this.alert = alert;
    }

    /** Whether this kind needs an operator's attention. */
    public boolean alert() {
      return alert;
    }
  }
}
