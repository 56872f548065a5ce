package io.github.goloswitness.failover;

import java.util.Objects;

/**
 * What the app should do after one evaluation. Alerts are not decisions: they travel as {@link
 * Event}s whose {@link Event.Kind#alert()} is true, so one step can both hold and alert.
 */
public sealed interface Decision permits Decision.Hold, Decision.TakeOver, Decision.Disable {

  /** Do nothing on chain; {@code reason} says why, for logs and the status page. */
  record Hold(String reason) implements Decision {
    /**
     * Checks that no component is null.
     *
     * @throws NullPointerException if a required component is null; the message names it
     */
    public Hold {
      Objects.requireNonNull(reason, "reason");
    }
  }

  /** Broadcast a {@code witness_update} setting the witness's signing key to {@code newKey}. */
  record TakeOver(String newKey) implements Decision {
    /**
     * Checks that no component is null.
     *
     * @throws NullPointerException if a required component is null; the message names it
     */
    public TakeOver {
      Objects.requireNonNull(newKey, "newKey");
    }
  }

  /**
   * Broadcast a {@code witness_update} with the null key {@link FailoverPolicy#NULL_KEY}; only
   * returned when {@link FailoverConfig#disableOnOwnFailure()} is set.
   */
  record Disable() implements Decision {}
}
