package io.github.goloswitness.client;

import io.github.goloswitness.crypto.Asset;
import java.util.Objects;

/**
 * return_vesting_delegation (virtual op 95): {@code (account)(vesting_shares)}
 * (chain-node steem_virtual_operations.hpp).
 */
public record ReturnVestingDelegation(
    String account,
    Asset vestingShares) implements VirtualOperation {

  /**
   * Checks that no component is null.
   *
   * @throws NullPointerException if a required component is null; the message names it
   */
  public ReturnVestingDelegation {
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(vestingShares, "vesting_shares");
  }
}
