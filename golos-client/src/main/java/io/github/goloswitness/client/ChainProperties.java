package io.github.goloswitness.client;

import java.util.Objects;

/**
 * The witness-voted chain properties that {@code witness_update} carries (the first three fields
 * of golosd's {@code chain_api_properties}); the many later optional fields are not kept.
 *
 * @param accountCreationFee {@code account_creation_fee}, an asset string such as "1.000 GOLOS"
 * @param maximumBlockSize {@code maximum_block_size} in bytes
 * @param sbdInterestRate {@code sbd_interest_rate} in basis points
 */
public record ChainProperties(String accountCreationFee, long maximumBlockSize, int sbdInterestRate) {

  public ChainProperties {
    Objects.requireNonNull(accountCreationFee, "accountCreationFee");
    if (maximumBlockSize < 0) {
      throw new IllegalArgumentException("maximumBlockSize < 0: " + maximumBlockSize);
    }
  }
}
