package io.github.goloswitness.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.goloswitness.client.TransactionJson;
import io.github.goloswitness.crypto.SignedTransaction;
import io.github.goloswitness.crypto.WitnessUpdate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One node's network_broadcast_api (chain-node plugins/network_broadcast_api): injected faults
 * first, then {@code max_block_age}, then {@link BroadcastCheck}; an accepted transaction joins
 * the network's pool. {@code broadcast_transaction_synchronous} holds the request until a block
 * includes the transaction or it expires (or the node goes down: then the connection is dropped).
 */
final class NodeBroadcasts {

  /** Upper bound on how long a synchronous broadcast holds its request. */
  static final Duration MAX_SYNC_WAIT = Duration.ofMinutes(10);

  private final SimNetwork network;
  private final NodeState node;

  NodeBroadcasts(SimNetwork network, NodeState node) {
    this.network = network;
    this.node = node;
  }

  JsonNode call(String method, ArrayNode args, ChainView view) throws RpcError {
    boolean sync;
    switch (method) {
      case "broadcast_transaction" -> sync = false;
      case "broadcast_transaction_synchronous" -> sync = true;
      default -> throw RpcError.notFound("method", method);
    }
    Instant now = network.now();
    Args.count(args, 1, 2, now);
    if (args.size() == 2) {
      long maxAge = Args.int32(args.get(1), now);
      // network_broadcast_api_plugin::check_max_block_age: a negative age disables the check.
      if (maxAge >= 0 && view.headTime().isBefore(now.minusSeconds(maxAge))) {
        throw TxErrors.staleHead(maxAge, view.headTime(), now);
      }
    }
    JsonNode txJson = args.get(0);
    SignedTransaction tx = parse(txJson, now);
    PendingTx pending = admit(tx, (ObjectNode) txJson, view, now);
    if (!sync) {
      return JsonNodeFactory.instance.objectNode();
    }
    return outcome(await(pending));
  }

  private static SignedTransaction parse(JsonNode txJson, Instant now) throws RpcError {
    if (!txJson.isObject()) {
      throw Args.badCast(txJson, "signed_transaction", now);
    }
    try {
      return TransactionJson.readSigned(txJson.toString());
    } catch (IllegalArgumentException e) {
      throw TxErrors.invalidOperation(0, e.getMessage(), now);
    }
  }

  /** Checks and admits atomically (no duplicate slips in between); listeners hear of it outside the lock. */
  private PendingTx admit(SignedTransaction tx, ObjectNode json, ChainView view, Instant now) throws RpcError {
    String id = tx.id();
    PendingTx pending;
    try {
      pending = checkAndAdmit(tx, json, view, now);
    } catch (RpcError e) {
      network.publish(new SimEvent.BroadcastReceived(now, node.index, id, Optional.of(e.errorName())));
      throw e;
    }
    network.publish(new SimEvent.BroadcastReceived(now, node.index, id, Optional.empty()));
    return pending;
  }

  private PendingTx checkAndAdmit(SignedTransaction tx, ObjectNode json, ChainView view, Instant now)
      throws RpcError {
    Instant expiration = tx.transaction().expiration().toInstant();
    Ledger ledger = network.ledger();
    synchronized (ledger) {
      String inject = node.rejectWith;
      if (inject != null) {
        String owner = tx.transaction().operations().stream().filter(WitnessUpdate.class::isInstance)
            .map(o -> ((WitnessUpdate) o).owner()).findFirst().orElse(network.witness());
        throw TxErrors.injected(inject, tx.id(), owner, view.headTime(), expiration,
            tx.transaction().refBlockPrefix(), now);
      }
      List<WitnessUpdate> updates = network.broadcastCheck().check(tx, view, now);
      long notBefore = ledger.head().headBlock() + 1 + network.inclusionDelay();
      PendingTx pending = new PendingTx(tx.id(), json.deepCopy(), updates, expiration, notBefore,
          node.dropBroadcasts);
      ledger.admit(pending);
      return pending;
    }
  }

  private PendingTx.Outcome await(PendingTx pending) throws RpcError {
    CompletableFuture<Object> first = CompletableFuture.anyOf(pending.outcome, node.downSignal());
    try {
      Object done = first.get(MAX_SYNC_WAIT.toMillis(), TimeUnit.MILLISECONDS);
      if (done instanceof PendingTx.Outcome outcome) {
        return outcome;
      }
      throw new NodeDown();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new NodeDown();
    } catch (ExecutionException | CancellationException e) {
      throw new NodeDown();
    } catch (TimeoutException e) {
      throw RpcError.plain(RpcError.INTERNAL_ERROR, "Internal error: no block within " + MAX_SYNC_WAIT);
    }
  }

  private static ObjectNode outcome(PendingTx.Outcome o) {
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    out.put("id", o.id());
    out.put("block_num", o.blockNum());
    out.put("trx_num", o.trxNum());
    out.put("expired", o.expired());
    return out;
  }

  /** The node went down (or the network closed) while a request waited: drop the connection. */
  static final class NodeDown extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NodeDown() {
      super("node down", null, false, false);
    }
  }
}
