package io.github.goloswitness.client;

import io.github.goloswitness.crypto.Asset;
import java.util.Objects;

/**
 * fill_transfer_from_savings (virtual op 91): {@code (from)(to)(amount)(request_id)(memo)}
 * (chain-node steem_virtual_operations.hpp).
 */
public record FillTransferFromSavings(
    String from,
    String to,
    Asset amount,
    long requestId,
    String memo) implements VirtualOperation {

  /**
   * Checks that no component is null.
   *
   * @throws NullPointerException if a required component is null; the message names it
   */
  public FillTransferFromSavings {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(memo, "memo");
  }
}
