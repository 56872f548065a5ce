package io.github.goloswitness.client;

import io.github.goloswitness.crypto.ChainId;
import java.util.Objects;

/**
 * The constants from {@code database_api.get_config} a signer needs (the node's names are the
 * {@code STEEMIT_*} keys).
 *
 * @param chainId {@code STEEMIT_CHAIN_ID} (64 hex chars on the wire), what transactions are signed for
 * @param addressPrefix {@code STEEMIT_ADDRESS_PREFIX}, "GLS" on mainnet
 * @param blockInterval {@code STEEMIT_BLOCK_INTERVAL} in seconds
 * @param maxWitnesses {@code STEEMIT_MAX_WITNESSES}
 * @param maxTimeUntilExpiration {@code STEEMIT_MAX_TIME_UNTIL_EXPIRATION} in seconds
 * @param blockchainVersion {@code STEEMIT_BLOCKCHAIN_VERSION}, e.g. "0.30.0"
 */
public record ChainConfig(
    ChainId chainId,
    String addressPrefix,
    int blockInterval,
    int maxWitnesses,
    int maxTimeUntilExpiration,
    String blockchainVersion) {

  /**
   * Checks that no component is null.
   *
   * @throws NullPointerException if a required component is null; the message names it
   */
  public ChainConfig {
    Objects.requireNonNull(chainId, "chainId");
    Objects.requireNonNull(addressPrefix, "addressPrefix");
    Objects.requireNonNull(blockchainVersion, "blockchainVersion");
  }
}
