package io.github.goloswitness.failover;

import java.util.Objects;

/**
 * Outcome of broadcasting the {@code witness_update} that a {@link Decision.TakeOver} or {@link
 * Decision.Disable} asked for; fed back with {@link FailoverPolicy#onBroadcast}.
 *
 * @param accepted whether the node accepted the transaction (inclusion is verified separately)
 * @param detail the node's error message when rejected, a short note otherwise
 */
public record BroadcastResult(boolean accepted, String detail) {

  /**
   * Checks that no component is null.
   *
   * @throws NullPointerException if a required component is null; the message names it
   */
  public BroadcastResult {
    Objects.requireNonNull(detail, "detail");
  }

  /** The node accepted the transaction. */
  public static BroadcastResult ok() {
    return new BroadcastResult(true, "accepted");
  }

  /** The node (or the network) rejected the transaction for {@code reason}. */
  public static BroadcastResult rejected(String reason) {
    return new BroadcastResult(false, reason);
  }
}
