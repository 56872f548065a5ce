package io.github.goloswitness.client;

import io.github.goloswitness.crypto.ChainProperties17;
import java.util.List;
import java.util.Objects;

/**
 * golosd's {@code witness_schedule_object} ({@code witness_api.get_witness_schedule}).
 *
 * @param nextShuffleBlockNum {@code next_shuffle_block_num}
 * @param currentShuffledWitnesses {@code current_shuffled_witnesses} without the empty slots
 * @param numScheduledWitnesses {@code num_scheduled_witnesses}
 * @param medianProps {@code median_props} (first three fields)
 * @param majorityVersion {@code majority_version}
 */
public record WitnessSchedule(
    long nextShuffleBlockNum,
    List<String> currentShuffledWitnesses,
    int numScheduledWitnesses,
    ChainProperties17 medianProps,
    String majorityVersion) {

  public WitnessSchedule {
    currentShuffledWitnesses = List.copyOf(currentShuffledWitnesses);
    Objects.requireNonNull(medianProps, "medianProps");
    Objects.requireNonNull(majorityVersion, "majorityVersion");
  }
}
