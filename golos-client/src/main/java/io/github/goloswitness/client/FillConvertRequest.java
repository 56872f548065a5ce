package io.github.goloswitness.client;

import io.github.goloswitness.crypto.Asset;
import java.util.Objects;

/**
 * fill_convert_request (virtual op 82): {@code (owner)(requestid)(amount_in)(amount_out)(fee_in)}
 * (chain-node steem_virtual_operations.hpp).
 */
public record FillConvertRequest(
    String owner,
    long requestid,
    Asset amountIn,
    Asset amountOut,
    Asset feeIn) implements VirtualOperation {

  /**
   * Checks that no component is null.
   *
   * @throws NullPointerException if a required component is null; the message names it
   */
  public FillConvertRequest {
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(amountIn, "amount_in");
    Objects.requireNonNull(amountOut, "amount_out");
    Objects.requireNonNull(feeIn, "fee_in");
  }
}
