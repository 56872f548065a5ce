package io.github.goloswitness.monitor.feed;

import io.github.goloswitness.client.GolosClient;
import io.github.goloswitness.client.NodeException;
import io.github.goloswitness.client.RpcException;
import io.github.goloswitness.client.Witness;
import io.github.goloswitness.crypto.FeedPublish;
import io.github.goloswitness.crypto.Operation;
import io.github.goloswitness.crypto.PrivateKey;
import io.github.goloswitness.crypto.SignedTransaction;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link FeedChain} on golos-client's public API: {@code get_witness_by_account} (signing key,
 * {@code sbd_exchange_rate}, {@code last_sbd_exchange_update}), {@code get_dynamic_global_properties}
 * (head time), {@code witness_api.get_current_median_history_price}, {@code market_history.get_ticker}, and
 * {@code feed_publish} signed with the active key and broadcast ({@code broadcast_transaction}). Thread-safe as the
 * client is.
 */
public final class GolosFeedChain implements FeedChain {
  private final GolosClient client;
  private final Optional<PrivateKey> activeKey;
  private final Duration ttl;

  /**
   * @param activeKey the witness account's active key; empty = sign with a throwaway key and never broadcast
   * @param ttl the transaction's time to live after the head block time
   */
  public GolosFeedChain(GolosClient client, Optional<PrivateKey> activeKey, Duration ttl) {
    this.client = Objects.requireNonNull(client, "client");
    this.activeKey = Objects.requireNonNull(activeKey, "activeKey");
    this.ttl = Objects.requireNonNull(ttl, "ttl");
  }

  @Override
  public ChainFeed read(String witness) throws IOException {
    Witness w = client.getWitnessByAccount(witness)
        .orElseThrow(() -> new IOException("account " + witness + " is not a witness"));
    var head = client.getDynamicGlobalProperties();
    double median = FeedPrice.valueOf(client.getCurrentMedianHistoryPrice());
    return new ChainFeed(w.signingKey().toString(), FeedPrice.valueOf(w.sbdExchangeRate()), w.lastSbdExchangeUpdate(),
        median, head.time());
  }

  @Override
  public double latestMarketPrice() throws IOException {
    return client.getTicker().latest().doubleValue();
  }

  @Override
  public String publish(String witness, FeedPrice price, boolean broadcast) throws IOException {
    List<Operation> ops = List.of(new FeedPublish(witness, price.toPrice()));
    if (!broadcast || activeKey.isEmpty()) {
      // Signed with a throwaway key when there is no active key, so the report still shows the
      // exact id the transaction would have.
      PrivateKey signer = activeKey.orElseGet(() -> PrivateKey.fromPassword(witness, "watch-only", "active"));
      SignedTransaction signed = client.prepareTransaction(ttl, ops).sign(client.getChainId(), signer);
      if (broadcast) {
        throw new IOException("no active key configured (key_file or WITNESS_ACTIVE_KEY): transaction "
            + signed.id() + " signed, not broadcast");
      }
      return signed.id();
    }
    // broadcast_transaction (not _synchronous): a round must not wait for a block; the next round
    // reads the feed back from the chain, and a feed that never arrives is republished then.
    SignedTransaction signed = client.prepareTransaction(ttl, ops).sign(client.getChainId(), activeKey.get());
    try {
      client.broadcastTransaction(signed);
    } catch (RpcException e) {
      throw new IOException("node refused transaction " + signed.id() + ": " + e.summary(), e);
    } catch (NodeException e) {
      throw new IOException((e.requestMayHaveArrived() ? "outcome unknown for transaction " + signed.id()
          + " (the next round reads the chain): " : "not delivered: ") + e.getMessage(), e);
    }
    return signed.id();
  }
}
