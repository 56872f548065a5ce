package io.github.goloswitness.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.goloswitness.client.GolosClient;
import io.github.goloswitness.client.TransactionConfirmation;
import io.github.goloswitness.client.Witness;
import io.github.goloswitness.crypto.PublicKey;
import io.github.goloswitness.crypto.Transaction;
import io.github.goloswitness.crypto.WitnessUpdate;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A correctly signed witness_update over real HTTP moves production to another node. */
class SimNetworkKeyChangeTest {

  private final SimNetwork net = SimNetworks.start(SimConfig.defaults());
  private final GolosClient client = SimClients.client(net.uri(0));

  @AfterEach
  void close() {
    client.close();
    net.close();
  }

  @Test
  void keyChangeTakesEffectFromTheBlockAfterInclusion() throws IOException {
    PublicKey node1 = net.signingKey(1).publicKey();
    Transaction tx = SimClients.keyChange(net, client, node1);
    client.broadcastTransaction(SimClients.signed(net, tx, net.activeKey()));

    SlotEvent ours = net.advanceSlot(); // slot 22 is ours: the block includes the tx, signed with the old key
    assertThat(ours.ours()).isTrue();
    assertThat(ours.node()).isEqualTo(OptionalInt.of(0));
    assertThat(client.getBlock(22).orElseThrow().transactions()).hasSize(1).first().asString()
        .contains(node1.toString());
    assertThat(client.getWitnessByAccount("alpha-wit").orElseThrow().signingKey()).isEqualTo(node1);
    assertThat(net.signingNode()).isEqualTo(OptionalInt.of(1));

    List<SlotEvent> round = net.advanceThroughOurSlot();
    SlotEvent next = round.get(round.size() - 1);
    assertThat(next.produced()).isTrue();
    assertThat(next.node()).isEqualTo(OptionalInt.of(1));
    assertThat(net.totalMissed()).isZero();
    assertThat(net.events()).contains(new SimEvent.KeyChanged(ours.time(), "alpha-wit", 22,
        net.signingKey(0).publicKey().toString(), node1.toString()));
  }

  @Test
  void failoverAfterACrashCostsOneMissedBlock() throws IOException {
    net.crash(0);
    SlotEvent missed = net.advanceSlot();
    assertThat(missed.ourSlotMissed()).isTrue();

    try (GolosClient backup = SimClients.client(net.uri(1))) {
      Transaction tx = SimClients.keyChange(net, backup, net.signingKey(1).publicKey());
      backup.broadcastTransaction(SimClients.signed(net, tx, net.activeKey()));
      net.advanceSlot(); // bravo-wit's block 22 counts our miss and includes the key change

      Witness w = backup.getWitnessByAccount("alpha-wit").orElseThrow();
      assertThat(w.totalMissed()).isEqualTo(1);
      assertThat(w.signingKey()).isEqualTo(net.signingKey(1).publicKey());
      SlotEvent recovered = net.advanceThroughOurSlot().get(SimNetwork.OTHER_WITNESSES - 1);
      assertThat(recovered.ours()).isTrue();
      assertThat(recovered.node()).isEqualTo(OptionalInt.of(1));
      assertThat(backup.getWitnessByAccount("alpha-wit").orElseThrow().lastConfirmedBlockNum())
          .isEqualTo(recovered.blockNumber());
    }
  }

  @Test
  void urlIsWhatTheUpdateSent() throws IOException {
    Transaction tx = SimClients.keyChange(net, client, net.signingKey(0).publicKey());
    WitnessUpdate op = (WitnessUpdate) tx.operations().get(0);
    Transaction renamed = new Transaction(tx.refBlockNum(), tx.refBlockPrefix(), tx.expiration(), List.of(
        new WitnessUpdate(op.owner(), "https://new.example", op.blockSigningKey(), op.props(), op.fee())));
    client.broadcastTransaction(SimClients.signed(net, renamed, net.activeKey()));
    net.advanceSlot();

    assertThat(client.getWitnessByAccount("alpha-wit").orElseThrow().url()).isEqualTo("https://new.example");
    assertThat(net.events()).noneMatch(e -> e instanceof SimEvent.KeyChanged);
  }

  @Test
  void synchronousBroadcastAnswersWithTheIncludingBlock() throws Exception {
    Transaction tx = SimClients.keyChange(net, client, net.signingKey(1).publicKey());
    String json = SimClients.signed(net, tx, net.activeKey());
    CompletableFuture<TransactionConfirmation> reply = CompletableFuture.supplyAsync(() -> {
      try {
        return client.broadcastTransactionSynchronous(json);
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    });
    assertThat(net.awaitEvent(e -> e instanceof SimEvent.BroadcastReceived r && r.txId().equals(tx.id()),
        Duration.ofSeconds(10))).isPresent();
    assertThat(reply).isNotDone();

    net.advanceSlot();

    TransactionConfirmation c = reply.get(10, TimeUnit.SECONDS);
    assertThat(c).isEqualTo(new TransactionConfirmation(tx.id(), 22, 0, false));
    assertThat(net.events()).contains(new SimEvent.TransactionIncluded(net.now(), tx.id(), 22));
  }

  @Test
  void delayedInclusionSkipsBlocks() throws IOException {
    net.delayInclusion(3);
    Transaction tx = SimClients.keyChange(net, client, net.signingKey(1).publicKey());
    client.broadcastTransaction(SimClients.signed(net, tx, net.activeKey()));

    net.advanceSlots(3);
    assertThat(net.signingNode()).isEqualTo(OptionalInt.of(0));
    net.advanceSlot();
    assertThat(net.signingNode()).isEqualTo(OptionalInt.of(1));
    assertThat(client.getBlock(25).orElseThrow().transactions()).hasSize(1);
  }

  @Test
  void droppedBroadcastExpiresUnincluded() throws Exception {
    net.dropBroadcasts(0);
    Transaction tx = SimClients.keyChange(net, client, net.signingKey(1).publicKey());
    String json = SimClients.signed(net, tx, net.activeKey());
    CountDownLatch received = new CountDownLatch(1);
    net.addListener(e -> {
      if (e instanceof SimEvent.BroadcastReceived) {
        received.countDown();
      }
    });
    CompletableFuture<TransactionConfirmation> reply = CompletableFuture.supplyAsync(() -> {
      try {
        return client.broadcastTransactionSynchronous(json);
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    });
    assertThat(received.await(10, TimeUnit.SECONDS)).isTrue();

    net.advanceSlots(20); // 60 s: the expiration

    TransactionConfirmation c = reply.get(10, TimeUnit.SECONDS);
    assertThat(c.expired()).isTrue();
    assertThat(c.trxNum()).isEqualTo(-1);
    assertThat(net.signingNode()).isEqualTo(OptionalInt.of(0));
  }
}
