package io.github.goloswitness.failover.sim;

import io.github.goloswitness.failover.FailoverPolicy;
import io.github.goloswitness.failover.Observation;
import io.github.goloswitness.failover.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * A deterministic model of a Golos chain's witness bookkeeping (protocol doc §6): 3 s slots,
 * 21-slot rounds, a block per slot when the scheduled witness's on-chain key can produce, misses
 * counted when the next block arrives, key changes applied in the block that includes them and
 * effective from the next, the null key leaving the schedule at the next round, and the chain's
 * own key reset after {@link #SKIPPING_RESET_BLOCKS} blocks without production.
 *
 * <p>Simplifications: the schedule is the active witnesses in creation order (no shuffle, no
 * votes), cycled to fill a round; there is no fork, no irreversibility and no participation gate
 * on production. Not thread-safe; time moves only through {@link #produceSlot} / {@link #advanceTo}.
 *
 * <p>(Slightly over 300 lines: the schedule, slots, misses and key changes of one chain model,
 * which the simulator's tests read as one unit.)
 */
public final class SimulatedChain {

  /** Slots per round ({@code STEEMIT_MAX_WITNESSES}). */
  public static final int ROUND_LENGTH = 21;
  /** Block interval ({@code STEEMIT_BLOCK_INTERVAL}). */
  public static final Duration BLOCK_INTERVAL = Duration.ofSeconds(3);
  /** Default {@code witness_skipping_reset_time} (6 h) / 3, in blocks. */
  public static final long SKIPPING_RESET_BLOCKS = 7200;

  private final Map<String, Witness> witnesses = new LinkedHashMap<>();
  private final Instant genesis;
  private final Duration txDelay;
  private final Version hardfork;
  private final List<KeyChange> pending = new ArrayList<>();
  private final boolean[] recent = new boolean[128];
  private final List<String> schedule = new ArrayList<>();
  private int recentPos;
  private int participationCount = 128;
  private long slot; // last processed slot; slot n is at genesis + n * 3 s
  private long lastBlockSlot;
  private long headBlock;

  private static final class Witness {
    String key;
    long totalMissed;
    long lastConfirmed;

    Witness(String key) {
      this.key = key;
    }
  }

  private record KeyChange(String witness, String key, Instant landsAt) {}

  /**
   * @param keys signing key per witness name; the iteration order is the schedule order
   * @param genesis time of block 0; slot n is at {@code genesis + n × 3 s}
   * @param txDelay how long after {@link #submitKeyChange} a transaction can be included
   * @param hardfork the chain's hardfork version, reported by {@link #hardfork()}
   */
  public SimulatedChain(Map<String, String> keys, Instant genesis, Duration txDelay, Version hardfork) {
    if (keys.isEmpty()) {
      throw new IllegalArgumentException("keys: no witnesses");
    }
    keys.forEach((name, key) -> witnesses.put(Objects.requireNonNull(name, "witness name"),
        new Witness(Objects.requireNonNull(key, "key of " + name))));
    this.genesis = Objects.requireNonNull(genesis, "genesis");
    this.txDelay = Objects.requireNonNull(txDelay, "txDelay");
    if (txDelay.isNegative()) {
      throw new IllegalArgumentException("txDelay < 0: " + txDelay);
    }
    this.hardfork = Objects.requireNonNull(hardfork, "hardfork");
    Arrays.fill(recent, true);
  }

  /** Time of the next slot. */
  public Instant nextSlotTime() {
    return slotTime(slot + 1);
  }

  /** Chain time now: the time of the last processed slot. */
  public Instant now() {
    return slotTime(slot);
  }

  /** Processes every slot up to and including {@code time}; see {@link #produceSlot}. */
  public void advanceTo(Instant time, Predicate<String> canProduce) {
    while (!nextSlotTime().isAfter(time)) {
      produceSlot(canProduce);
    }
  }

  /**
   * Processes the next slot. The scheduled witness produces when {@code canProduce} accepts its
   * current on-chain key (never the null key). Returns whether a block was produced.
   */
  public boolean produceSlot(Predicate<String> canProduce) {
    slot++;
    if ((slot - 1) % ROUND_LENGTH == 0) {
      reschedule();
    }
    String producer = scheduledAt(slot);
    if (producer == null) {
      return false;
    }
    Witness w = witnesses.get(producer);
    if (w.key.equals(FailoverPolicy.NULL_KEY) || !canProduce.test(w.key)) {
      return false;
    }
    headBlock++;
    // database::update_global_dynamic_data: the skipped slots' witnesses get total_missed++ now.
    for (long s = lastBlockSlot + 1; s < slot; s++) {
      String missed = scheduledAt(s);
      if (missed != null && !missed.equals(producer)) {
        Witness m = witnesses.get(missed);
        m.totalMissed++;
        if (headBlock - m.lastConfirmed > SKIPPING_RESET_BLOCKS) {
          m.key = FailoverPolicy.NULL_KEY;
        }
      }
    }
    // update_global_dynamic_data records the block first, then the empty slots before it.
    record(true);
    for (long s = lastBlockSlot + 1; s < slot; s++) {
      record(false);
    }
    lastBlockSlot = slot;
    w.lastConfirmed = headBlock;
    // Transactions in this block are applied after its header was validated with the old key.
    Instant now = slotTime(slot);
    pending.removeIf(c -> {
      if (c.landsAt.isAfter(now)) {
        return false;
      }
      witnesses.get(c.witness).key = c.key;
      return true;
    });
    return true;
  }

  /**
   * Queues a {@code witness_update} changing {@code witness}'s signing key; it is included in the
   * first block at or after {@code now() + txDelay}.
   *
   * @throws IllegalArgumentException when the witness is unknown
   */
  public void submitKeyChange(String witness, String newKey) {
    submitKeyChange(witness, newKey, now());
  }

  /**
   * Queues a {@code witness_update} broadcast at {@code submittedAt} (e.g. a wall-clock time
   * between two slots); it is included in the first block at or after {@code submittedAt + txDelay}.
   *
   * @throws IllegalArgumentException when the witness is unknown
   */
  public void submitKeyChange(String witness, String newKey, Instant submittedAt) {
    witness(witness);
    pending.add(new KeyChange(witness, Objects.requireNonNull(newKey, "newKey"),
        Objects.requireNonNull(submittedAt, "submittedAt").plus(txDelay)));
  }

  private void reschedule() {
    schedule.clear();
    List<String> active = new ArrayList<>();
    witnesses.forEach((name, w) -> {
      if (!w.key.equals(FailoverPolicy.NULL_KEY)) {
        active.add(name);
      }
    });
    for (int i = 0; !active.isEmpty() && i < ROUND_LENGTH; i++) {
      schedule.add(active.get(i % active.size()));
    }
  }

  private String scheduledAt(long s) {
    return schedule.isEmpty() ? null : schedule.get((int) ((s - 1) % ROUND_LENGTH) % schedule.size());
  }

  private void record(boolean filled) {
    if (recent[recentPos] != filled) {
      participationCount += filled ? 1 : -1;
      recent[recentPos] = filled;
    }
    recentPos = (recentPos + 1) % recent.length;
  }

  private Instant slotTime(long s) {
    return genesis.plus(BLOCK_INTERVAL.multipliedBy(s));
  }

  private Witness witness(String name) {
    Witness w = witnesses.get(name);
    if (w == null) {
      throw new IllegalArgumentException("unknown witness: " + name);
    }
    return w;
  }

  /**
   * Slots from the next slot until {@code witness} is scheduled under the current schedule: 0 when
   * it is scheduled in the next slot, -1 when it is not scheduled.
   *
   * @throws IllegalArgumentException for an unknown witness
   */
  public int slotsUntilScheduled(String witness) {
    witness(witness);
    for (int k = 0; k < ROUND_LENGTH; k++) {
      if (witness.equals(scheduledAt(slot + 1 + k))) {
        return k;
      }
    }
    return -1;
  }

  /** Number of the head block (0 before the first block). */
  public long headBlockNumber() {
    return headBlock;
  }

  /** Timestamp of the head block (genesis for block 0). */
  public Instant headBlockTime() {
    return slotTime(lastBlockSlot);
  }

  /** Filled slots among the last 128 ({@code participation_count}). */
  public int participationCount() {
    return participationCount;
  }

  /** Participation in percent, as {@link Observation#participationPercent(int)}. */
  public int participation() {
    return Observation.participationPercent(participationCount);
  }

  /**
   * Percent (rounded down) of the last {@code slots} slots up to the head block that were filled:
   * the low bits of golosd's {@code recent_slots_filled}, in its order (a block's bit comes before
   * the empty slots that preceded it).
   *
   * @throws IllegalArgumentException if {@code slots} is not in 1..128
   */
  public int recentParticipation(int slots) {
    if (slots < 1 || slots > recent.length) {
      throw new IllegalArgumentException("slots not in 1..128: " + slots);
    }
    int filled = 0;
    for (int i = 1; i <= slots; i++) {
      if (recent[Math.floorMod(recentPos - i, recent.length)]) {
        filled++;
      }
    }
    return filled * 100 / slots;
  }

  /**
   * The participation a monitor should act on: the lower of {@link #participation()} and the last
   * round's {@link #recentParticipation(int)}, as the daemon computes it from golosd's reply.
   */
  public int observedParticipation() {
    return Math.min(participation(), recentParticipation(ROUND_LENGTH));
  }

  /** The chain's current hardfork version (constant in this model). */
  public Version hardfork() {
    return hardfork;
  }

  /** Witness names in schedule order. */
  public List<String> witnesses() {
    return List.copyOf(witnesses.keySet());
  }

  /**
   * The witness's on-chain signing key.
   *
   * @throws IllegalArgumentException for an unknown witness
   */
  public String signingKey(String witness) {
    return witness(witness).key;
  }

  /**
   * The witness's {@code total_missed}.
   *
   * @throws IllegalArgumentException for an unknown witness
   */
  public long totalMissed(String witness) {
    return witness(witness).totalMissed;
  }

  /**
   * The witness's {@code last_confirmed_block_num} (0 before its first block).
   *
   * @throws IllegalArgumentException for an unknown witness
   */
  public long lastConfirmedBlockNum(String witness) {
    return witness(witness).lastConfirmed;
  }
}
