package io.github.goloswitness.failover;

import java.time.Duration;
import java.util.Objects;

/**
 * What this monitor knows about another node of the same witness (rule 9, early takeover).
 *
 * @param signingKey the public signing key whose private key the peer holds (opaque string)
 * @param reachable whether the peer's node answered the last poll
 * @param headAge how far the peer's head block time is behind (meaningless when unreachable)
 */
public record PeerHealth(String signingKey, boolean reachable, Duration headAge) {

  public PeerHealth {
    Objects.requireNonNull(signingKey, "signingKey");
    Objects.requireNonNull(headAge, "headAge");
    if (headAge.isNegative()) {
      throw new IllegalArgumentException("headAge < 0: " + headAge);
    }
  }

  /** A peer that answers with a fresh head. */
  public static PeerHealth up(String signingKey) {
    return new PeerHealth(signingKey, true, Duration.ZERO);
  }

  /** A peer that did not answer. */
  public static PeerHealth unreachable(String signingKey) {
    return new PeerHealth(signingKey, false, Duration.ZERO);
  }
}
