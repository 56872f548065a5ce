package io.github.goloswitness.it;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.goloswitness.client.Block;
import io.github.goloswitness.crypto.PublicKey;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One failover scenario measured on the chain: the moment of the fault (wall clock, the same
 * machine's clock the chain's timestamps come from), the head and alpha's {@code total_missed}
 * then; afterwards the {@code witness_update}s by alpha since, the key on chain, and the first
 * block alpha produced with a given key (the key recovered from the block's witness_signature).
 */
final class FailoverScenario {
  final String name;
  final Instant fault;
  final long faultBlock;
  final long missedBefore;
  final PublicKey keyBefore;
  private final Chain chain;

  FailoverScenario(String name, Chain chain) throws IOException {
    this.name = name;
    this.chain = chain;
    this.fault = chain.poll().now();
    this.faultBlock = chain.head();
    var w = chain.witness(Bootstrap.ALPHA);
    this.missedBefore = w.totalMissed();
    this.keyBefore = w.signingKey();
  }

  /** alpha's witness_update operations in the blocks after the fault, as the node lists them. */
  List<JsonNode> witnessUpdates() throws IOException {
    return chain.opsInBlocks(faultBlock + 1, chain.head(), "witness_update").stream()
        .filter(op -> Bootstrap.ALPHA.equals(op.path("op").path(1).path("owner").asText()))
        .toList();
  }

  long missedSince() throws IOException {
    return chain.witness(Bootstrap.ALPHA).totalMissed() - missedBefore;
  }

  /** Waits for alpha's signing key on chain to become {@code key}. */
  void awaitKey(PublicKey key, Duration timeout) {
    chain.poll().untilTrue("alpha's signing_key = " + key + " (" + name + ")", timeout,
        () -> chain.witness(Bootstrap.ALPHA).signingKey().equals(key));
  }

  /** The first block after the fault that alpha produced with {@code key}. */
  Block firstBlockWith(PublicKey key, Duration timeout) {
    long[] next = {faultBlock + 1};
    return chain.poll().until("a block by alpha signed with " + key + " (" + name + ")", timeout, () -> {
      long head = chain.head();
      for (; next[0] <= head; next[0]++) {
        Block b = chain.block(next[0]);
        if (b.header().witness().equals(Bootstrap.ALPHA) && b.signingKey().equals(key)) {
          return Optional.of(b);
        }
      }
      return Optional.empty();
    });
  }

  /** Seconds from the fault to a chain timestamp. */
  long secondsTo(Instant chainTime) {
    return Duration.between(fault, chainTime).toSeconds();
  }

  /** The chain time of the block an operation (from get_ops_in_block) is in. */
  static Instant time(JsonNode op) {
    return Instant.parse(op.path("timestamp").asText() + "Z");
  }
}
