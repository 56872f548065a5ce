package io.github.goloswitness.client;

import io.github.goloswitness.crypto.Asset;
import java.math.BigInteger;
import java.util.Objects;

/**
 * author_reward (virtual op 83): {@code (author)(hashlink)(permlink)(sbd_payout)(steem_payout)(vesting_payout)}
 * (chain-node steem_virtual_operations.hpp).
 */
public record AuthorReward(
    String author,
    BigInteger hashlink,
    String permlink,
    Asset sbdPayout,
    Asset steemPayout,
    Asset vestingPayout) implements VirtualOperation {

  /**
   * Checks that no component is null.
   *
   * @throws NullPointerException if a required component is null; the message names it
   */
  public AuthorReward {
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(hashlink, "hashlink");
    Objects.requireNonNull(permlink, "permlink");
    Objects.requireNonNull(sbdPayout, "sbd_payout");
    Objects.requireNonNull(steemPayout, "steem_payout");
    Objects.requireNonNull(vestingPayout, "vesting_payout");
  }
}
