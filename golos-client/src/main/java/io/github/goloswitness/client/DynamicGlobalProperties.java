package io.github.goloswitness.client;

import java.math.BigInteger;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * golosd's {@code dynamic_global_property_api_object}
 * ({@code database_api.get_dynamic_global_properties}); field names are the node's in camelCase.
 * The fields a witness tool watches are components here; every other field is in {@link #supply()}.
 *
 * @param headBlockNumber {@code head_block_number}
 * @param headBlockId {@code head_block_id}, 40 lowercase hex chars (20 bytes)
 * @param time {@code time}: the head block's timestamp (chain time, UTC)
 * @param currentWitness {@code current_witness}: who signed the head block
 * @param participationCount {@code participation_count}: filled slots of the last 128, 0..128
 * @param lastIrreversibleBlockNum {@code last_irreversible_block_num}
 * @param currentAslot {@code current_aslot}: absolute slot number of the head block
 * @param maximumBlockSize {@code maximum_block_size}
 * @param recentSlotsFilled {@code recent_slots_filled}: the 128-bit mask of the last 128 slots, bit 0
 *     the newest, a 1 per filled slot (sent by golosd as a decimal string); empty when the reply did
 *     not carry it
 * @param supply every other field of the reply (supplies, vesting, rates, …); empty when the
 *     reply lacks {@code current_supply} (a trimmed fake node; golosd always sends it) or for
 *     properties built by hand with the shorter constructors
 */
public record DynamicGlobalProperties(
    long headBlockNumber,
    String headBlockId,
    Instant time,
    String currentWitness,
    int participationCount,
    long lastIrreversibleBlockNum,
    long currentAslot,
    long maximumBlockSize,
    Optional<BigInteger> recentSlotsFilled,
    Optional<GlobalSupply> supply) {

  /** Slots covered by {@code recent_slots_filled} and {@code participation_count}. */
  public static final int WINDOW = 128;

  /**
   * Checks the components.
   *
   * @throws IllegalArgumentException if a component breaks a rule; the message names it
   * @throws NullPointerException if a required component is null; the message names it
   */
  public DynamicGlobalProperties {
    if (headBlockNumber < 0) {
      throw new IllegalArgumentException("headBlockNumber < 0: " + headBlockNumber);
    }
    Objects.requireNonNull(headBlockId, "headBlockId");
    if (!headBlockId.matches("[0-9a-f]{40}")) {
      throw new IllegalArgumentException("headBlockId is not 40 lowercase hex chars: " + headBlockId);
    }
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(currentWitness, "currentWitness");
    if (participationCount < 0 || participationCount > WINDOW) {
      throw new IllegalArgumentException("participationCount not in 0..128: " + participationCount);
    }
    Objects.requireNonNull(recentSlotsFilled, "recentSlotsFilled");
    Objects.requireNonNull(supply, "supply");
    recentSlotsFilled.ifPresent(mask -> {
      if (mask.signum() < 0 || mask.bitLength() > WINDOW) {
        throw new IllegalArgumentException("recentSlotsFilled is not a 128-bit unsigned value: " + mask);
      }
    });
  }

  /** Properties without the {@link #supply()} fields (hand-made values, tests). */
  public DynamicGlobalProperties(long headBlockNumber, String headBlockId, Instant time, String currentWitness,
      int participationCount, long lastIrreversibleBlockNum, long currentAslot, long maximumBlockSize,
      Optional<BigInteger> recentSlotsFilled) {
    this(headBlockNumber, headBlockId, time, currentWitness, participationCount, lastIrreversibleBlockNum,
        currentAslot, maximumBlockSize, recentSlotsFilled, Optional.empty());
  }

  /** Properties from a reply without {@code recent_slots_filled} (older nodes, hand-made fixtures). */
  public DynamicGlobalProperties(long headBlockNumber, String headBlockId, Instant time, String currentWitness,
      int participationCount, long lastIrreversibleBlockNum, long currentAslot, long maximumBlockSize) {
    this(headBlockNumber, headBlockId, time, currentWitness, participationCount, lastIrreversibleBlockNum,
        currentAslot, maximumBlockSize, Optional.empty());
  }

  /** Block production participation in percent over the last 128 slots (0..100). */
  public double participation() {
    return participationCount * 100.0 / WINDOW;
  }

  /**
   * Block production participation in percent over the last {@code slots} slots (0..100): the
   * filled bits among the low {@code slots} bits of {@code recent_slots_filled}. Without the mask
   * this is {@link #participation()}.
   *
   * <p>golosd records a block that follows {@code m} empty slots as {@code ((mask << 1) | 1) << m}
   * (chain-node libraries/chain/database.cpp: update_global_dynamic_data), so the head block's bit
   * sits above the zeros of the empty slots that preceded it; counts over {@code slots} are exact
   * whenever the last gap is shorter than {@code slots}.
   *
   * @throws IllegalArgumentException if {@code slots} is not in 1..128
   */
  public double recentParticipation(int slots) {
    if (slots < 1 || slots > WINDOW) {
      throw new IllegalArgumentException("slots not in 1..128: " + slots);
    }
    if (recentSlotsFilled.isEmpty()) {
      return participation();
    }
    BigInteger low = recentSlotsFilled.get().and(BigInteger.ONE.shiftLeft(slots).subtract(BigInteger.ONE));
    return low.bitCount() * 100.0 / slots;
  }
}
