package io.github.goloswitness.client;

import java.time.Instant;
import java.util.Objects;

/**
 * The subset of golosd's {@code dynamic_global_property_api_object} a witness tool needs
 * ({@code database_api.get_dynamic_global_properties}); field names are the node's in camelCase.
 *
 * @param headBlockNumber {@code head_block_number}
 * @param headBlockId {@code head_block_id}, 40 lowercase hex chars (20 bytes)
 * @param time {@code time}: the head block's timestamp (chain time, UTC)
 * @param currentWitness {@code current_witness}: who signed the head block
 * @param participationCount {@code participation_count}: filled slots of the last 128, 0..128
 * @param lastIrreversibleBlockNum {@code last_irreversible_block_num}
 * @param currentAslot {@code current_aslot}: absolute slot number of the head block
 * @param maximumBlockSize {@code maximum_block_size}
 */
public record DynamicGlobalProperties(
    long headBlockNumber,
    String headBlockId,
    Instant time,
    String currentWitness,
    int participationCount,
    long lastIrreversibleBlockNum,
    long currentAslot,
    long maximumBlockSize) {

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
    if (participationCount < 0 || participationCount > 128) {
      throw new IllegalArgumentException("participationCount not in 0..128: " + participationCount);
    }
  }

  /** Block production participation in percent over the last 128 slots (0..100). */
  public double participation() {
    return participationCount * 100.0 / 128;
  }
}
