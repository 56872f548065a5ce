package io.github.goloswitness.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.goloswitness.client.Block;
import io.github.goloswitness.client.GolosClient;
import io.github.goloswitness.client.TransactionConfirmation;
import io.github.goloswitness.client.Witness;
import io.github.goloswitness.crypto.Operation;
import io.github.goloswitness.crypto.PrivateKey;
import io.github.goloswitness.crypto.SignedTransaction;
import io.github.goloswitness.crypto.Transaction;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the tests ask the chain, through one node: typed reads of golos-client, raw JSON replies
 * (where a test must check the node's own words), and waits measured in blocks.
 */
final class Chain {
  static final Duration TTL = Duration.ofSeconds(60);

  private final GolosClient client;
  private final Poll poll;
  private final ObjectMapper json = new ObjectMapper();

  Chain(GolosClient client, Poll poll) {
    this.client = client;
    this.poll = poll;
  }

  GolosClient client() {
    return client;
  }

  Poll poll() {
    return poll;
  }

  long head() throws IOException {
    return client.getDynamicGlobalProperties().headBlockNumber();
  }

  Witness witness(String name) throws IOException {
    return client.getWitnessByAccount(name)
        .orElseThrow(() -> new AssertionError("the node knows no witness " + name));
  }

  Block block(long n) throws IOException {
    return client.getBlock(n).orElseThrow(() -> new AssertionError("the node has no block " + n));
  }

  /** Signs with {@code keys} and broadcasts synchronously (in a block when this returns). */
  TransactionConfirmation broadcast(List<Operation> ops, PrivateKey... keys) throws IOException {
    return client.signAndBroadcast(ops, TTL, keys);
  }

  /**
   * An operation that needs no authority (the node refuses any signature on it): prepared like
   * signAndBroadcast does, broadcast without signatures (signAndBroadcast needs at least one key).
   */
  TransactionConfirmation broadcastUnsigned(List<Operation> ops) throws IOException {
    Transaction tx = client.prepareTransaction(TTL, ops);
    return client.broadcastTransactionSynchronous(new SignedTransaction(tx, List.of()), null);
  }

  /** The node's raw {@code result} for any call; args are Java values. */
  JsonNode raw(String api, String method, Object... args) throws IOException {
    return json.readTree(client.call(api, method, args));
  }

  /** Waits until the head is at least {@code n}; returns the head seen. */
  long awaitBlock(long n, Duration timeout) {
    return poll.until("head block >= " + n, timeout, () -> {
      long h = head();
      return h >= n ? Optional.of(h) : Optional.empty();
    });
  }

  /**
   * The operations named {@code opName} in blocks {@code from..to} (inclusive), as the node's
   * {@code operation_history.get_ops_in_block} JSON ({@code {"block":..,"op":[name,{...}],..}}).
   */
  List<JsonNode> opsInBlocks(long from, long to, String opName) {
    List<JsonNode> out = new ArrayList<>();
    for (long b = from; b <= to; b++) {
      JsonNode ops;
      try {
        ops = raw("operation_history", "get_ops_in_block", b, false);
      } catch (IOException e) {
        throw new UncheckedIOException("get_ops_in_block " + b, e);
      }
      for (JsonNode op : ops) {
        if (opName.equals(op.path("op").path(0).asText())) {
          out.add(op);
        }
      }
    }
    return out;
  }

  ObjectMapper json() {
    return json;
  }
}
