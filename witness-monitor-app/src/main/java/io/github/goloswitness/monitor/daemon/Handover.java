package io.github.goloswitness.monitor.daemon;

import io.github.goloswitness.client.DynamicGlobalProperties;
import io.github.goloswitness.client.GolosClient;
import io.github.goloswitness.client.Witness;
import io.github.goloswitness.client.WitnessSchedule;
import io.github.goloswitness.crypto.PublicKey;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Objects;

/**
 * A planned switch of the witness's signing key: waits for a moment when the witness is not about
 * to produce, switches, and waits until the new key's node has produced a block. Progress goes to
 * {@code out}, one line per step. Not thread-safe.
 */
public final class Handover {
  /** The switch is not sent when the witness's own slot is this close (in slots). */
  static final int UNSAFE_SLOTS = 2;

  /** Waits about one block interval (real time in production, one simulated slot in tests). */
  @FunctionalInterface
  public interface Waiter {
    void nextBlock() throws InterruptedException;
  }

  /** How a handover ended. */
  public enum Result { CONFIRMED, ALREADY, DRY_RUN, FAILED }

  private final GolosClient nodes;
  private final Switcher switcher;
  private final String witness;
  private final Waiter waiter;
  private final PrintStream out;
  private int scheduleSize = Integer.MAX_VALUE;

  public Handover(GolosClient nodes, Switcher switcher, String witness, Waiter waiter, PrintStream out) {
    this.nodes = Objects.requireNonNull(nodes, "nodes");
    this.switcher = Objects.requireNonNull(switcher, "switcher");
    this.witness = Objects.requireNonNull(witness, "witness");
    this.waiter = Objects.requireNonNull(waiter, "waiter");
    this.out = Objects.requireNonNull(out, "out");
  }

  /**
   * Switches to {@code target}.
   *
   * @param maxBlocks how many blocks each phase (safe moment, key on chain, first block) may take
   * @throws IOException if the chain cannot be read
   */
  public Result run(PublicKey target, int maxBlocks) throws IOException, InterruptedException {
    Witness before = witness();
    if (before.signingKey().equals(target)) {
      out.println("the signing key is already " + target + ": nothing to do");
      return Result.ALREADY;
    }
    out.println("handover of " + witness + ": " + before.signingKey() + " -> " + target);
    int wait = 0;
    for (int slots = slotsUntilOwn(); unsafe(slots); slots = slotsUntilOwn()) {
      if (wait++ == 0) {
        out.println("waiting: " + witness + " produces in " + slots + " slot(s), not switching right before it");
      }
      if (wait > maxBlocks) {
        out.println("FAILED: no safe moment within " + maxBlocks + " blocks");
        return Result.FAILED;
      }
      waiter.nextBlock();
    }
    DynamicGlobalProperties head = nodes.getDynamicGlobalProperties();
    SwitchOutcome sent = switcher.execute(target);
    out.println("switch " + sent.kind() + " at block " + head.headBlockNumber() + ": tx "
        + (sent.transactionId().isEmpty() ? "-" : sent.transactionId()) + " (" + sent.detail() + ")");
    if (sent.kind() == SwitchOutcome.Kind.DRY_RUN) {
      return Result.DRY_RUN;
    }
    if (sent.kind() == SwitchOutcome.Kind.REJECTED) {
      out.println("FAILED: the switch was not accepted; the key on chain is still " + before.signingKey());
      return Result.FAILED;
    }
    Witness now = witness();
    for (int i = 0; !now.signingKey().equals(target); i++, now = witness()) {
      if (i >= maxBlocks) {
        out.println("FAILED: " + target + " not on chain after " + maxBlocks + " blocks (still " + now.signingKey() + ")");
        return Result.FAILED;
      }
      waiter.nextBlock();
    }
    long switchedAt = nodes.getDynamicGlobalProperties().headBlockNumber();
    out.println("key on chain at block " + switchedAt + "; waiting for the new node's first block");
    // The old node may still have produced in the switch block itself: count only later blocks.
    for (int i = 0; now.lastConfirmedBlockNum() <= switchedAt; i++, now = witness()) {
      if (i >= maxBlocks + Wiring.ROUND_LENGTH) {
        out.println("FAILED: the key " + target + " is on chain but its node produced nothing by block "
            + (switchedAt + i) + "; check that node, or hand over back");
        return Result.FAILED;
      }
      waiter.nextBlock();
    }
    out.println("confirmed: block " + now.lastConfirmedBlockNum() + " produced with " + target
        + " (total_missed " + before.totalMissed() + " -> " + now.totalMissed() + ")");
    return Result.CONFIRMED;
  }

  /**
   * Whether {@code slots} (from {@link #slotsUntilOwn()}) is too close to the witness's own slot:
   * within {@link #UNSAFE_SLOTS}, plus one slot of margin each way for a schedule view that is one
   * slot off (the inclusion block, a node or simulator numbering slots from 1).
   */
  private boolean unsafe(int slots) {
    return slots >= 0 && (slots <= UNSAFE_SLOTS + 1 || slots >= scheduleSize);
  }

  private Witness witness() throws IOException {
    return nodes.getWitnessByAccount(witness).orElseThrow(() -> new UnknownWitnessException(witness, "the nodes"));
  }

  /**
   * Slots from the head until the witness's next scheduled slot (1 = the very next one), or -1
   * when it is not in the current schedule. golosd: {@code get_scheduled_witness(n)} is
   * {@code current_shuffled_witnesses[(current_aslot + n) % num_scheduled_witnesses]}
   * (chain-node libraries/chain/database.cpp).
   */
  int slotsUntilOwn() throws IOException {
    WitnessSchedule schedule = nodes.getWitnessSchedule();
    long aslot = nodes.getDynamicGlobalProperties().currentAslot();
    List<String> shuffled = schedule.currentShuffledWitnesses();
    int n = shuffled.size();
    scheduleSize = n;
    for (int i = 1; i <= n; i++) {
      if (shuffled.get((int) ((aslot + i) % n)).equals(witness)) {
        return i;
      }
    }
    return -1;
  }
}
