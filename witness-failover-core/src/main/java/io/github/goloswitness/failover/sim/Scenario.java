package io.github.goloswitness.failover.sim;

import io.github.goloswitness.failover.FailoverConfig;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * What to simulate: a fault kind repeated over incidents, the witness's nodes (one per priority),
 * the policy settings they share, and the seed that makes the run reproducible.
 *
 * <p>The {@code with…} methods return a validated copy with one component changed.
 *
 * @param kind the fault injected in every incident
 * @param priorities one entry per node: that node's {@code priority}; the best starts producing
 * @param incidents how many incidents to run, one after another
 * @param seed seed of the run's {@link java.util.SplittableRandom}
 * @param config settings shared by all nodes (ownKey and priority are set per node)
 * @param txDelay time from a broadcast until the transaction can be included in a block
 * @param peerHealth whether monitors see their peers' nodes and monitors' reports (rule 9)
 */
public record Scenario(
    Kind kind, List<Integer> priorities, int incidents, long seed, FailoverConfig config, Duration txDelay,
    boolean peerHealth) {

  /** Fault kinds. */
  public enum Kind {
    /** The producing node crashes and stays down until the incident ends. */
    CRASH,
    /** Most other witnesses go offline (participation falls), then the producer crashes. */
    STALL,
    /** The producer crashes while the best backup's node lags behind. */
    LAG,
    /** The producer misses about half of its slots for a while, then settles. */
    FLAP,
    /**
     * The producer's RPC fails for everyone else (a proxy answering 502) while its node keeps
     * producing and its own monitor reads it fine: nothing should switch.
     */
    RPC_BROKEN,
    /**
     * The best backup's monitor is cut off from the producer's node and monitor while the
     * producer keeps producing: nothing should switch when another backup still sees it.
     */
    PARTITION;

    /** Parses {@code crash|stall|lag|flap|rpc-broken|partition} (any case, {@code -} or {@code _}). */
    public static Kind parse(String text) {
      try {
        return valueOf(text.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("unknown scenario '" + text
            + "' (want crash, stall, lag, flap, rpc-broken or partition)", e);
      }
    }
  }

  /**
   * Checks the components, and keeps unmodifiable copies of the lists.
   *
   * @throws IllegalArgumentException if a component breaks a rule; the message names it
   * @throws NullPointerException if a required component is null
   */
  public Scenario {
    Objects.requireNonNull(kind, "kind");
    priorities = List.copyOf(priorities);
    if (priorities.size() < 2 || priorities.size() > 9) {
      throw new IllegalArgumentException("nodes not in 2..9: " + priorities.size());
    }
    for (int p : priorities) {
      if (p < 0) {
        throw new IllegalArgumentException("priority < 0: " + p);
      }
    }
    if (incidents < 1) {
      throw new IllegalArgumentException("incidents < 1: " + incidents);
    }
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(txDelay, "txDelay");
    if (txDelay.isNegative()) {
      throw new IllegalArgumentException("txDelay < 0: " + txDelay);
    }
  }

  /** {@code nodes} nodes with priorities 0, 1, …, default settings, a 2 s transaction delay. */
  public static Scenario of(Kind kind, int nodes, int incidents, long seed) {
    return new Scenario(kind, IntStream.range(0, nodes).boxed().toList(), incidents, seed,
        FailoverConfig.defaults(), Duration.ofSeconds(2), false);
  }

  /** A copy with {@code priorities} replaced (checked like the constructor). */
  public Scenario withPriorities(List<Integer> v) {
    return new Scenario(kind, v, incidents, seed, config, txDelay, peerHealth);
  }

  /** A copy with {@code config} replaced (checked like the constructor). */
  public Scenario withConfig(FailoverConfig v) {
    return new Scenario(kind, priorities, incidents, seed, v, txDelay, peerHealth);
  }

  /** A copy with {@code txDelay} replaced (checked like the constructor). */
  public Scenario withTxDelay(Duration v) {
    return new Scenario(kind, priorities, incidents, seed, config, v, peerHealth);
  }

  /** A copy with {@code peerHealth} replaced (checked like the constructor). */
  public Scenario withPeerHealth(boolean v) {
    return new Scenario(kind, priorities, incidents, seed, config, txDelay, v);
  }
}
