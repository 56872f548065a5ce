package io.github.goloswitness.monitor.daemon;

import io.github.goloswitness.client.DynamicGlobalProperties;
import io.github.goloswitness.client.GolosClient;
import io.github.goloswitness.client.TransactionJson;
import io.github.goloswitness.client.Witness;
import io.github.goloswitness.client.WitnessSchedule;
import io.github.goloswitness.crypto.PublicKey;
import io.github.goloswitness.crypto.SignedTransaction;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A planned switch of the witness's signing key: waits for a moment when the witness is not about
 * to produce, switches, and waits until the new key's node has produced a block, switching back
 * when it misses its first slot. Progress goes to {@code out}, one line per step. Not thread-safe.
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
  public enum Result { CONFIRMED, ALREADY, DRY_RUN, FAILED, ROLLED_BACK }

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
   * Switches to {@code target} (its server checked by the caller, {@link HandoverTarget}). A dry
   * run (the switcher only signs) does not wait: it prints the signed transaction and returns. When
   * the witness's schedule is too small for any moment to be clear of its own slot, fails at once.
   * When the target misses its first slot after the switch, switches back to the previous key.
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
    int slots = slotsUntilOwn();
    boolean noSafeMoment = slots >= 0 && scheduleSize <= UNSAFE_SLOTS + 2;
    String noSafe = "the schedule has " + scheduleSize + " witness(es): " + witness + "'s slot is never more than "
        + scheduleSize + " slots away, so no moment is " + (UNSAFE_SLOTS + 2) + " slots clear of it";
    if (switcher.signsOnly()) {
      return dryRun(target, noSafeMoment ? noSafe : null);
    }
    if (noSafeMoment) {
      out.println("FAILED: " + noSafe + "; not switching (a switch now risks the witness's next block: use"
          + " cli_wallet update_witness right after its block if you accept that)");
      return Result.FAILED;
    }
    int wait = 0;
    for (; unsafe(slots); slots = slotsUntilOwn()) {
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
    long missedAtSwitch = now.totalMissed();
    out.println("key on chain at block " + switchedAt + "; waiting for the new node's first block");
    // The old node may still have produced in the switch block itself: count only later blocks.
    for (int i = 0; now.lastConfirmedBlockNum() <= switchedAt; i++, now = witness()) {
      if (now.totalMissed() > missedAtSwitch) {
        // The switch came at a safe moment, so this slot was the new key's: its node missed it.
        return rollBack(before.signingKey(), target, maxBlocks);
      }
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

  /** Prints the signed transaction without waiting or sending (the docs' promise for --dry-run). */
  private Result dryRun(PublicKey target, String noSafeMoment) throws IOException {
    if (noSafeMoment != null) {
      out.println("note: " + noSafeMoment + ": a real handover would fail at once");
    }
    SignedTransaction signed = switcher.sign(target);
    out.println("dry run: signed" + (switcher.hasActiveKey() ? "" : " with a throwaway key (no active key configured)")
        + ", not broadcast, not waiting for a safe moment; tx " + signed.id() + ":");
    out.println(TransactionJson.write(signed));
    return Result.DRY_RUN;
  }

  /** The target missed its first slot: puts {@code previous} back, if it is a key to go back to. */
  private Result rollBack(PublicKey previous, PublicKey target, int maxBlocks) throws IOException, InterruptedException {
    Witness now = witness();
    if (previous.isNull()) {
      out.println("FAILED: " + target + "'s node missed its first slot (total_missed " + now.totalMissed()
          + "); the previous key was the null key: nothing to roll back to");
      return Result.FAILED;
    }
    out.println("the node of " + target + " missed its first slot (total_missed " + now.totalMissed()
        + "): rolling back to " + previous);
    SwitchOutcome back = switcher.execute(previous, Optional.of(target.toString()));
    out.println("switch back " + back.kind() + ": tx " + (back.transactionId().isEmpty() ? "-" : back.transactionId())
        + " (" + back.detail() + ")");
    if (back.kind() == SwitchOutcome.Kind.REJECTED) {
      out.println("FAILED: the roll-back was not accepted; the key on chain is still " + now.signingKey()
          + ": switch back by hand");
      return Result.FAILED;
    }
    for (int i = 0; !now.signingKey().equals(previous); i++, now = witness()) {
      if (i >= maxBlocks) {
        out.println("FAILED: the roll-back to " + previous + " is not on chain after " + maxBlocks + " blocks (still "
            + now.signingKey() + ")");
        return Result.FAILED;
      }
      waiter.nextBlock();
    }
    out.println("ROLLED BACK: " + previous + " is on chain again; check " + target + "'s golosd (witness plugin,"
        + " private-key, sync) before handing over again");
    return Result.ROLLED_BACK;
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
