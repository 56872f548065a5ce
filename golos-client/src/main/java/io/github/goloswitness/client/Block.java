package io.github.goloswitness.client;

import java.util.List;
import java.util.Objects;

/**
 * golosd's {@code timed_signed_block} ({@code database_api.get_block}).
 *
 * @param header the header fields
 * @param witnessSignature {@code witness_signature}, 130 hex chars
 * @param transactions {@code transactions}, each as the node's JSON text
 */
public record Block(BlockHeader header, String witnessSignature, List<String> transactions) {

  public Block {
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(witnessSignature, "witnessSignature");
    transactions = List.copyOf(transactions);
  }

  /** This block's number, see {@link BlockHeader#number()}. */
  public long number() {
    return header.number();
  }
}
