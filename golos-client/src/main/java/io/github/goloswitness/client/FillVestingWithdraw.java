package io.github.goloswitness.client;

import io.github.goloswitness.crypto.Asset;
import java.util.Objects;

/**
 * fill_vesting_withdraw (virtual op 88): {@code (from_account)(to_account)(withdrawn)(deposited)}
 * (chain-node steem_virtual_operations.hpp).
 */
public record FillVestingWithdraw(
    String fromAccount,
    String toAccount,
    Asset withdrawn,
    Asset deposited) implements VirtualOperation {

  /**
   * Checks that no component is null.
   *
   * @throws NullPointerException if a required component is null; the message names it
   */
  public FillVestingWithdraw {
    Objects.requireNonNull(fromAccount, "from_account");
    Objects.requireNonNull(toAccount, "to_account");
    Objects.requireNonNull(withdrawn, "withdrawn");
    Objects.requireNonNull(deposited, "deposited");
  }
}
