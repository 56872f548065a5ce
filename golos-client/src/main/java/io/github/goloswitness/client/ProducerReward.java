package io.github.goloswitness.client;

import io.github.goloswitness.crypto.Asset;
import java.util.Objects;

/**
 * producer_reward (virtual op 96): {@code (producer)(vesting_shares)}
 * (chain-node steem_virtual_operations.hpp).
 */
public record ProducerReward(String producer, Asset vestingShares) implements VirtualOperation {

  /**
   * Checks that no component is null.
   *
   * @throws NullPointerException if a required component is null; the message names it
   */
  public ProducerReward {
    Objects.requireNonNull(producer, "producer");
    Objects.requireNonNull(vestingShares, "vesting_shares");
  }
}
