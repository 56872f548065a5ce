package io.github.goloswitness.client;

import io.github.goloswitness.crypto.Asset;
import java.util.Objects;

/**
 * internal_transfer (virtual op 103): {@code (from)(to)(amount)(memo)}
 * (chain-node steem_virtual_operations.hpp).
 */
public record InternalTransfer(
    String from,
    String to,
    Asset amount,
    String memo) implements VirtualOperation {

  /**
   * Checks that no component is null.
   *
   * @throws NullPointerException if a required component is null; the message names it
   */
  public InternalTransfer {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(memo, "memo");
  }
}
