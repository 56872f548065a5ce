package io.github.goloswitness.testkit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.goloswitness.crypto.WitnessUpdate;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * An accepted transaction waiting for a block. Its outcome completes when a block includes it or
 * when chain time passes its expiration first; {@code broadcast_transaction_synchronous} waits on it.
 */
final class PendingTx {

  /** The reply of {@code broadcast_transaction_synchronous}. */
  record Outcome(String id, long blockNum, int trxNum, boolean expired) {}

  final String id;
  final ObjectNode json;
  final List<WitnessUpdate> updates;
  final Instant expiration;
  final long notBeforeBlock;
  final boolean dropped;
  final CompletableFuture<Outcome> outcome = new CompletableFuture<>();

  PendingTx(String id, ObjectNode json, List<WitnessUpdate> updates, Instant expiration, long notBeforeBlock,
      boolean dropped) {
    this.id = id;
    this.json = json;
    this.updates = List.copyOf(updates);
    this.expiration = expiration;
    this.notBeforeBlock = notBeforeBlock;
    this.dropped = dropped;
  }

  boolean includableIn(long block, Instant blockTime) {
    return !dropped && block >= notBeforeBlock && expiration.isAfter(blockTime);
  }
}
