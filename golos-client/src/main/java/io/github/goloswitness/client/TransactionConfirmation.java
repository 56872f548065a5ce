package io.github.goloswitness.client;

import java.util.Objects;

/**
 * The reply of {@code network_broadcast_api.broadcast_transaction_synchronous}.
 *
 * @param id {@code id}: the transaction id, 40 hex chars
 * @param blockNum {@code block_num}: the block that included it
 * @param trxNum {@code trx_num}: its index in that block, -1 if it expired
 * @param expired {@code expired}: true if it expired before inclusion (it is not on chain)
 */
public record TransactionConfirmation(String id, long blockNum, int trxNum, boolean expired) {

  /**
   * Checks that no component is null.
   *
   * @throws NullPointerException if a required component is null; the message names it
   */
  public TransactionConfirmation {
    Objects.requireNonNull(id, "id");
  }
}
