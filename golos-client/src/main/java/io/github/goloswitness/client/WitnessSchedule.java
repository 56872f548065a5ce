package io.github.goloswitness.client;

import io.github.goloswitness.crypto.ChainProperties;
import io.github.goloswitness.crypto.ChainProperties17;
import java.math.BigInteger;
import java.util.List;
import java.util.Objects;

/**
 * golosd's {@code witness_schedule_object} ({@code witness_api.get_witness_schedule}), every field
 * (chain-node libraries/chain/include/golos/chain/witness_objects.hpp FC_REFLECT).
 *
 * <p>{@code current_shuffled_witnesses} comes in two forms: a JSON array of names (current nodes),
 * or, on older nodes where it is an {@code fc::array} of {@code fixed_string}, one hex string of
 * the array's memory, 16 bytes per name; both read into the same list.
 *
 * @param id {@code id}
 * @param currentVirtualTime {@code current_virtual_time} (uint128)
 * @param nextShuffleBlockNum {@code next_shuffle_block_num}
 * @param currentShuffledWitnesses {@code current_shuffled_witnesses} without the empty slots
 * @param numScheduledWitnesses {@code num_scheduled_witnesses}
 * @param top19Weight {@code top19_weight}
 * @param timeshareWeight {@code timeshare_weight}
 * @param minerWeight {@code miner_weight}
 * @param witnessPayNormalizationFactor {@code witness_pay_normalization_factor}
 * @param medianProps {@code median_props} (first three fields)
 * @param medianChainProperties {@code median_props} in full: the newest {@link ChainProperties}
 *     version whose fields the node sent
 * @param majorityVersion {@code majority_version}
 */
public record WitnessSchedule(
    long id,
    BigInteger currentVirtualTime,
    long nextShuffleBlockNum,
    List<String> currentShuffledWitnesses,
    int numScheduledWitnesses,
    int top19Weight,
    int timeshareWeight,
    int minerWeight,
    long witnessPayNormalizationFactor,
    ChainProperties17 medianProps,
    ChainProperties medianChainProperties,
    String majorityVersion) {

  /**
   * Checks that no component is null, and keeps unmodifiable copies of the lists.
   *
   * @throws NullPointerException if a required component is null
   */
  public WitnessSchedule {
    Objects.requireNonNull(currentVirtualTime, "currentVirtualTime");
    currentShuffledWitnesses = List.copyOf(currentShuffledWitnesses);
    Objects.requireNonNull(medianProps, "medianProps");
    Objects.requireNonNull(medianChainProperties, "medianChainProperties");
    Objects.requireNonNull(majorityVersion, "majorityVersion");
  }
}
