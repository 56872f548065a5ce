package io.github.goloswitness.testkit;

import io.github.goloswitness.client.DynamicGlobalProperties;
import io.github.goloswitness.client.GolosClient;
import io.github.goloswitness.client.TransactionHeader;
import io.github.goloswitness.client.TransactionJson;
import io.github.goloswitness.crypto.Asset;
import io.github.goloswitness.crypto.ChainProperties17;
import io.github.goloswitness.crypto.PrivateKey;
import io.github.goloswitness.crypto.PublicKey;
import io.github.goloswitness.crypto.TimePointSec;
import io.github.goloswitness.crypto.Transaction;
import io.github.goloswitness.crypto.WitnessUpdate;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;

/** Real clients and real signed transactions for tests against a {@link SimNetwork}. */
final class SimClients {

  /** A client that never sleeps between retries and tries each node once. */
  static GolosClient client(URI... nodes) {
    return GolosClient.builder(nodes).timeout(Duration.ofSeconds(5)).maxRetries(0).sleeper(d -> { }).build();
  }

  /** A witness_update moving our witness to {@code newKey}, TaPoS from the node's head, expiring in 60 s. */
  static Transaction keyChange(SimNetwork net, GolosClient client, PublicKey newKey) throws IOException {
    DynamicGlobalProperties head = client.getDynamicGlobalProperties();
    TransactionHeader h = TransactionHeader.from(head, Duration.ofSeconds(60));
    return keyChange(net.witness(), newKey, h);
  }

  static Transaction keyChange(String owner, PublicKey newKey, TransactionHeader h) {
    WitnessUpdate op = new WitnessUpdate(owner, "https://golos.example/@" + owner, newKey,
        new ChainProperties17(Asset.golos(1000), 131072, 0), Asset.golos(0));
    return new Transaction(h.refBlockNum(), h.refBlockPrefix(), TimePointSec.of(h.expiration()), List.of(op));
  }

  /** The transaction signed with {@code keys} for the network's chain, as broadcast JSON. */
  static String signed(SimNetwork net, Transaction tx, PrivateKey... keys) {
    return TransactionJson.write(tx.sign(net.chainId(), keys));
  }

  private SimClients() {}
}
