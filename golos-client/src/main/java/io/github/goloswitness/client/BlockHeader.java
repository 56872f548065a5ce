package io.github.goloswitness.client;

import java.time.Instant;
import java.util.Objects;

/**
 * golosd's {@code timed_block_header} ({@code database_api.get_block_header}). golosd does not
 * send the block's own id; {@link #number()} is derived from {@code previous}.
 *
 * @param previous {@code previous}: id of the parent block (40 hex chars)
 * @param timestamp {@code timestamp} (UTC)
 * @param witness {@code witness}: who produced the block
 * @param transactionMerkleRoot {@code transaction_merkle_root}
 */
public record BlockHeader(String previous, Instant timestamp, String witness, String transactionMerkleRoot) {

  /**
   * Checks the components.
   *
   * @throws IllegalArgumentException if a component breaks a rule; the message names it
   * @throws NullPointerException if a required component is null; the message names it
   */
  public BlockHeader {
    Objects.requireNonNull(previous, "previous");
    if (!previous.matches("[0-9a-f]{40}")) {
      throw new IllegalArgumentException("previous is not 40 lowercase hex chars: " + previous);
    }
    Objects.requireNonNull(timestamp, "timestamp");
    Objects.requireNonNull(witness, "witness");
    Objects.requireNonNull(transactionMerkleRoot, "transactionMerkleRoot");
  }

  /** This block's number: the parent's number (big-endian first 4 bytes of its id) plus one. */
  public long number() {
    return Long.parseLong(previous.substring(0, 8), 16) + 1;
  }
}
