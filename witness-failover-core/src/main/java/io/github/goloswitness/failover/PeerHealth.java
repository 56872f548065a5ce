package io.github.goloswitness.failover;

import java.time.Duration;
import java.util.Objects;

/**
 * What this monitor knows about another node of the same witness (rule 9, early takeover): its
 * own read of the peer's node, and what the peer's monitor said about it.
 *
 * @param signingKey the public signing key whose private key the peer holds (opaque string)
 * @param reachable whether the peer's node answered the last poll
 * @param headAge how far the peer's head block time is behind (meaningless when unreachable)
 * @param monitor the peer monitor's second opinion: not configured, unreachable, or its report
 */
public record PeerHealth(String signingKey, boolean reachable, Duration headAge, PeerMonitor monitor) {

  /**
   * Checks the components.
   *
   * @throws IllegalArgumentException if a component breaks a rule; the message names it
   * @throws NullPointerException if a required component is null; the message names it
   */
  public PeerHealth {
    Objects.requireNonNull(signingKey, "signingKey");
    Objects.requireNonNull(headAge, "headAge");
    if (headAge.isNegative()) {
      throw new IllegalArgumentException("headAge < 0: " + headAge);
    }
    Objects.requireNonNull(monitor, "monitor");
  }

  /** A peer without a configured monitor: judged from this monitor's read of its node alone. */
  public PeerHealth(String signingKey, boolean reachable, Duration headAge) {
    this(signingKey, reachable, headAge, PeerMonitor.NOT_CONFIGURED);
  }

  /** A peer that answers with a fresh head (no monitor configured). */
  public static PeerHealth up(String signingKey) {
    return new PeerHealth(signingKey, true, Duration.ZERO);
  }

  /** A peer that did not answer (no monitor configured). */
  public static PeerHealth unreachable(String signingKey) {
    return new PeerHealth(signingKey, false, Duration.ZERO);
  }

  /** A copy with the peer monitor's second opinion. */
  public PeerHealth withMonitor(PeerMonitor m) {
    return new PeerHealth(signingKey, reachable, headAge, m);
  }
}
