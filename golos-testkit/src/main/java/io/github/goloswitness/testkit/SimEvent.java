package io.github.goloswitness.testkit;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The timeline of a {@link SimNetwork}, for listeners and the demo: every event carries the chain
 * time at which it happened and prints as one line.
 */
public sealed interface SimEvent {

  /** Chain time of the event. */
  Instant time();

  /** A block was produced; {@code node} is ours (0-based) or -1 for another witness. */
  record BlockProduced(Instant time, long block, String witness, int node) implements SimEvent {
    @Override
    public String toString() {
      return time + " block " + block + " by " + witness + (node >= 0 ? " on node " + node : "");
    }
  }

  /** A scheduled witness did not produce its slot. */
  record SlotMissed(Instant time, long slot, String witness, boolean ours) implements SimEvent {
    @Override
    public String toString() {
      return time + " slot " + slot + " missed by " + witness + (ours ? " (ours)" : "");
    }
  }

  /**
   * A node received a broadcast: {@code error} is the golosd error name it answered with, empty
   * when it accepted the transaction.
   */
  record BroadcastReceived(Instant time, int node, String txId, Optional<String> error) implements SimEvent {
    /**
     * Checks that {@code txId} and {@code error} are not null.
     *
     * @throws NullPointerException if a required component is null; the message names it
     */
    public BroadcastReceived {
      Objects.requireNonNull(txId, "txId");
      Objects.requireNonNull(error, "error");
    }

    @Override
    public String toString() {
      return time + " node " + node + " received tx " + txId + error.map(e -> ": rejected " + e).orElse(": accepted");
    }
  }

  /** An accepted transaction was included in a block. */
  record TransactionIncluded(Instant time, String txId, long block) implements SimEvent {
    @Override
    public String toString() {
      return time + " tx " + txId + " included in block " + block;
    }
  }

  /** An accepted transaction expired before any block included it. */
  record TransactionExpired(Instant time, String txId) implements SimEvent {
    @Override
    public String toString() {
      return time + " tx " + txId + " expired unincluded";
    }
  }

  /**
   * The witness's on-chain signing key changed in {@code block}; it is effective from the next
   * block. {@code newKey} is the null key when the chain itself disabled the witness.
   */
  record KeyChanged(Instant time, String witness, long block, String oldKey, String newKey) implements SimEvent {
    @Override
    public String toString() {
      return time + " " + witness + " signing key " + oldKey + " -> " + newKey + " at block " + block;
    }
  }

  /** A fault was injected or cleared through the control API; {@code node} is -1 for the whole network. */
  record FaultChanged(Instant time, int node, String fault) implements SimEvent {
    @Override
    public String toString() {
      return time + (node >= 0 ? " node " + node + ": " : " network: ") + fault;
    }
  }
}
