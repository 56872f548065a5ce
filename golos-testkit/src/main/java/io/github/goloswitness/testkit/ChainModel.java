package io.github.goloswitness.testkit;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
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
 * on production. Not thread-safe; time moves only through {@link #produceSlot}.
 */
final class ChainModel {

  /** The null key: a witness signing with it does not produce. */
  static final String NULL_KEY = "GLS1111111111111111111111111111111114T1Anm";

  /** Slots per round ({@code STEEMIT_MAX_WITNESSES}). */
  static final int ROUND_LENGTH = 21;
  /** Block interval ({@code STEEMIT_BLOCK_INTERVAL}). */
  static final Duration BLOCK_INTERVAL = Duration.ofSeconds(3);
  /** Default {@code witness_skipping_reset_time} (6 h) / 3, in blocks. */
  static final long SKIPPING_RESET_BLOCKS = 7200;

  private final Map<String, Witness> witnesses = new LinkedHashMap<>();
  private final Instant genesis;
  private final List<KeyChange> pending = new ArrayList<>();
  private final boolean[] recent = new boolean[128];
  private final List<String> schedule = new ArrayList<>();
  private int recentPos;
  private int participationCount = 128;
  private long slot; // last processed slot; slot n is at genesis + n * 3 s
  private long lastBlockSlot;
  private long headBlock;
  private String headProducer = "";

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
   */
  ChainModel(Map<String, String> keys, Instant genesis) {
    if (keys.isEmpty()) {
      throw new IllegalArgumentException("keys: no witnesses");
    }
    keys.forEach((name, key) -> witnesses.put(Objects.requireNonNull(name, "witness name"),
        new Witness(Objects.requireNonNull(key, "key of " + name))));
    this.genesis = Objects.requireNonNull(genesis, "genesis");
    Arrays.fill(recent, true);
  }

  /** Time of the next slot. */
  Instant nextSlotTime() {
    return slotTime(slot + 1);
  }

  /** Chain time now: the time of the last processed slot. */
  Instant now() {
    return slotTime(slot);
  }

  /**
   * Processes the next slot. The scheduled witness produces when {@code canProduce} accepts its
   * current on-chain key (never the null key). Returns whether a block was produced.
   */
  boolean produceSlot(Predicate<String> canProduce) {
    slot++;
    if ((slot - 1) % ROUND_LENGTH == 0) {
      reschedule();
    }
    String producer = scheduledAt(slot);
    if (producer == null) {
      return false;
    }
    Witness w = witnesses.get(producer);
    if (w.key.equals(NULL_KEY) || !canProduce.test(w.key)) {
      return false;
    }
    headBlock++;
    headProducer = producer;
    // database::update_global_dynamic_data: the skipped slots' witnesses get total_missed++ now.
    for (long s = lastBlockSlot + 1; s < slot; s++) {
      String missed = scheduledAt(s);
      if (missed != null && !missed.equals(producer)) {
        Witness m = witnesses.get(missed);
        m.totalMissed++;
        if (headBlock - m.lastConfirmed > SKIPPING_RESET_BLOCKS) {
          m.key = NULL_KEY;
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
   * next produced block.
   *
   * @throws IllegalArgumentException when the witness is unknown
   */
  void submitKeyChange(String witness, String newKey) {
    witness(witness);
    pending.add(new KeyChange(witness, Objects.requireNonNull(newKey, "newKey"), now()));
  }

  private void reschedule() {
    schedule.clear();
    List<String> active = new ArrayList<>();
    witnesses.forEach((name, w) -> {
      if (!w.key.equals(NULL_KEY)) {
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

  /** The witness scheduled for the next slot, or null when nobody is. */
  String nextScheduledWitness() {
    return (slot % ROUND_LENGTH == 0) ? null : scheduledAt(slot + 1);
  }

  /** Number of the head block (0 before the first block). */
  long headBlockNumber() {
    return headBlock;
  }

  /** Timestamp of the head block (genesis for block 0). */
  Instant headBlockTime() {
    return slotTime(lastBlockSlot);
  }

  /** The witness that produced the head block, empty for block 0. */
  String headProducer() {
    return headProducer;
  }

  /** The head block id as 40 hex digits: big-endian block number, then 16 bytes of a digest. */
  String headBlockId() {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(ByteBuffer.allocate(8).putLong(headBlock).array());
      sha.update(headProducer.getBytes(StandardCharsets.UTF_8));
      byte[] id = ByteBuffer.allocate(20).putInt((int) headBlock).put(sha.digest(), 0, 16).array();
      return HexFormat.of().formatHex(id);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every JDK", e);
    }
  }

  /** Filled slots among the last 128 ({@code participation_count}). */
  int participationCount() {
    return participationCount;
  }

  /** Witness names in schedule order. */
  List<String> witnesses() {
    return List.copyOf(witnesses.keySet());
  }

  /**
   * The witness's on-chain signing key.
   *
   * @throws IllegalArgumentException for an unknown witness
   */
  String signingKey(String witness) {
    return witness(witness).key;
  }

  /**
   * The witness's {@code total_missed}.
   *
   * @throws IllegalArgumentException for an unknown witness
   */
  long totalMissed(String witness) {
    return witness(witness).totalMissed;
  }

  /**
   * The witness's {@code last_confirmed_block_num} (0 before its first block).
   *
   * @throws IllegalArgumentException for an unknown witness
   */
  long lastConfirmedBlockNum(String witness) {
    return witness(witness).lastConfirmed;
  }
}
