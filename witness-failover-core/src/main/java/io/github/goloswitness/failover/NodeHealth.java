package io.github.goloswitness.failover;

import java.time.Duration;
import java.util.Objects;

/**
 * Health of the golosd node next to this monitor, the one that would produce after a takeover.
 *
 * @param headAge how old the node's head block is (not negative): the daemon measures it with its
 *     clock less the clock's offset to the chain, learnt from the chain's pace, so a skewed clock
 *     does not make a synced node look stale
 * @param running the version of the node binary (its {@code running_version})
 * @param synced whether the node reports itself synced (its witness plugin would produce)
 */
public record NodeHealth(Duration headAge, Version running, boolean synced) {

  /**
   * Checks the components.
   *
   * @throws IllegalArgumentException if a component breaks a rule; the message names it
   * @throws NullPointerException if a required component is null; the message names it
   */
  public NodeHealth {
    Objects.requireNonNull(headAge, "headAge");
    Objects.requireNonNull(running, "running");
    if (headAge.isNegative()) {
      throw new IllegalArgumentException("headAge < 0: " + headAge);
    }
  }

  /** A synced node with a fresh head running {@code running}. */
  public static NodeHealth healthy(Version running) {
    return new NodeHealth(Duration.ZERO, running, true);
  }
}
