package io.github.goloswitness.monitor.daemon;

import io.github.goloswitness.failover.BroadcastResult;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link Switcher#execute} did.
 *
 * @param kind how far it got
 * @param newKey the signing key the transaction sets
 * @param transactionId the signed transaction's id (40 hex), empty when nothing was signed
 * @param detail one line for the log: the node's error, or what was sent
 */
public record SwitchOutcome(Kind kind, String newKey, String transactionId, String detail) {

  /** How far a switch got. */
  public enum Kind {
    /** The node accepted the transaction (inclusion is checked by the next polls). */
    SENT,
    /** Signed and logged, not broadcast ({@code dry_run}, or no active key). */
    DRY_RUN,
    /** The node refused it, or it could not be built (no quorum on the witness, no head). */
    REJECTED,
    /** The broadcast timed out after reaching the node: it may still be included. */
    UNKNOWN
  }

  public SwitchOutcome {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(newKey, "newKey");
    Objects.requireNonNull(transactionId, "transactionId");
    Objects.requireNonNull(detail, "detail");
  }

  /**
   * The result to feed to the policy's {@code onBroadcast}; empty when the outcome is unknown and
   * the policy must find out from the chain (its confirmation deadline).
   */
  public Optional<BroadcastResult> result() {
    return switch (kind) {
      case SENT, DRY_RUN -> Optional.of(BroadcastResult.ok());
      case REJECTED -> Optional.of(BroadcastResult.rejected(detail));
      case UNKNOWN -> Optional.empty();
    };
  }
}
