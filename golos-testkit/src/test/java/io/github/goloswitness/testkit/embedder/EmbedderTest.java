package io.github.goloswitness.testkit.embedder;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.goloswitness.client.DynamicGlobalProperties;
import io.github.goloswitness.client.GolosClient;
import io.github.goloswitness.client.TransactionHeader;
import io.github.goloswitness.client.TransactionJson;
import io.github.goloswitness.client.Witness;
import io.github.goloswitness.crypto.Asset;
import io.github.goloswitness.crypto.ChainProperties17;
import io.github.goloswitness.crypto.PublicKey;
import io.github.goloswitness.crypto.TimePointSec;
import io.github.goloswitness.crypto.Transaction;
import io.github.goloswitness.crypto.WitnessUpdate;
import io.github.goloswitness.testkit.SimConfig;
import io.github.goloswitness.testkit.SimNetwork;
import io.github.goloswitness.testkit.SlotEvent;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * The done criterion of the test kit: an embedder's test, outside the kit's package, using only
 * golos-crypto, golos-client and the kit's public API (no witness-failover-core, no app).
 */
class EmbedderTest {

  @Test
  void signedWitnessUpdateBroadcastThroughTheClientIsAppliedByTheNetwork() throws IOException {
    try (SimNetwork net = SimNetwork.start(SimConfig.defaults().withNodes(2));
        GolosClient client = GolosClient.builder(net.uris()).timeout(Duration.ofSeconds(5)).build()) {
      Witness before = client.getWitnessByAccount("alpha-wit").orElseThrow();
      PublicKey node0 = net.signingKey(0).publicKey();
      PublicKey node1 = net.signingKey(1).publicKey();
      assertThat(before.signingKey()).isEqualTo(node0);

      DynamicGlobalProperties head = client.getDynamicGlobalProperties();
      TransactionHeader h = TransactionHeader.from(head, Duration.ofSeconds(60));
      WitnessUpdate op = new WitnessUpdate("alpha-wit", "https://example.org/alpha", node1,
          new ChainProperties17(Asset.golos(1000), 131072, 0), Asset.golos(0));
      Transaction tx = new Transaction(h.refBlockNum(), h.refBlockPrefix(), TimePointSec.of(h.expiration()),
          List.of(op));
      client.broadcastTransaction(TransactionJson.write(tx.sign(net.chainId(), net.activeKey())));

      net.advanceSlot(); // the next block includes the update
      Witness after = client.getWitnessByAccount("alpha-wit").orElseThrow();
      assertThat(after.signingKey()).isEqualTo(node1);
      assertThat(after.url()).isEqualTo("https://example.org/alpha");

      List<SlotEvent> round = net.advanceThroughOurSlot();
      assertThat(round.get(round.size() - 1).node()).isEqualTo(OptionalInt.of(1));
    }
  }
}
