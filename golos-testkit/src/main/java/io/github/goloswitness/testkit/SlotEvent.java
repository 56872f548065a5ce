package io.github.goloswitness.testkit;

import java.time.Instant;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * What happened in one 3 s slot of a {@link SimNetwork}.
 *
 * @param slot absolute slot number ({@code current_aslot}): the slot is at {@code genesis + 3 s × slot}
 * @param time the slot's time (chain time)
 * @param witness the witness scheduled for the slot, empty when nobody was scheduled
 * @param ours whether the slot was our witness's
 * @param produced whether a block was produced in the slot
 * @param blockNumber the head block number after the slot (the new block's number when produced)
 * @param node which of our nodes produced the block; empty when the slot was not ours or missed
 */
public record SlotEvent(
    long slot, Instant time, String witness, boolean ours, boolean produced, long blockNumber, OptionalInt node) {

  /**
   * Checks the components.
   *
   * @throws IllegalArgumentException if a component breaks a rule; the message names it
   * @throws NullPointerException if a required component is null; the message names it
   */
  public SlotEvent {
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(witness, "witness");
    Objects.requireNonNull(node, "node");
    if (node.isPresent() && !(ours && produced)) {
      throw new IllegalArgumentException("node given for a slot our witness did not produce: " + node);
    }
  }

  /** Whether this was our witness's slot and nobody produced it (it counts in total_missed). */
  public boolean ourSlotMissed() {
    return ours && !produced;
  }

  @Override
  public String toString() {
    String who = witness.isEmpty() ? "nobody" : witness;
    if (!produced) {
      return "slot " + slot + " " + time + ": " + who + " missed (head " + blockNumber + ")";
    }
    return "slot " + slot + " " + time + ": block " + blockNumber + " by " + who
        + (node.isPresent() ? " (node " + node.getAsInt() + ")" : "");
  }
}
