package io.github.goloswitness.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.goloswitness.client.ConnectionLostException;
import io.github.goloswitness.client.GolosClient;
import io.github.goloswitness.client.NodeException;
import io.github.goloswitness.crypto.Transaction;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The chain clock moves only when told; the realtime driver and close() stop cleanly. */
class SimNetworkTimeTest {

  private static final Instant GENESIS = Instant.parse("2026-11-26T00:00:00Z");

  private final SimNetwork net = SimNetworks.start(SimConfig.defaults().withWarmupSlots(0));

  @AfterEach
  void close() {
    net.close();
  }

  @Test
  void eachSlotIsThreeSecondsAndTheClockIsChainTime() {
    assertThat(net.clock().instant()).isEqualTo(GENESIS);
    assertThat(net.headBlockNumber()).isZero();

    SlotEvent first = net.advanceSlot();

    assertThat(first).isEqualTo(new SlotEvent(1, GENESIS.plusSeconds(3), "alpha-wit", true, true, 1, OptionalInt.of(0)));
    assertThat(net.clock().instant()).isEqualTo(GENESIS.plusSeconds(3));
    List<SlotEvent> more = net.advanceTo(GENESIS.plusSeconds(31));
    assertThat(more).extracting(SlotEvent::slot).containsExactly(2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L);
    assertThat(more).extracting(SlotEvent::witness).startsWith("bravo-wit", "charlie-wit");
    assertThat(net.now()).isEqualTo(GENESIS.plusSeconds(30));
  }

  @Test
  void aMissIsCountedWhenTheNextBlockArrives() {
    net.crash(0);

    SlotEvent missed = net.advanceSlot();
    assertThat(missed.ourSlotMissed()).isTrue();
    assertThat(missed.blockNumber()).isZero();
    assertThat(net.totalMissed()).isZero();

    SlotEvent next = net.advanceSlot();
    assertThat(next.produced()).isTrue();
    assertThat(next.blockNumber()).isEqualTo(1);
    assertThat(net.totalMissed()).isEqualTo(1);
    assertThat(net.events()).filteredOn(e -> !(e instanceof SimEvent.FaultChanged)).map(Object::toString)
        .containsExactly(
            "2026-11-26T00:00:03Z slot 1 missed by alpha-wit (ours)",
            "2026-11-26T00:00:06Z block 1 by bravo-wit");
  }

  @Test
  void awaitEventFindsPastEventsAndGivesUpOnMissingOnes() throws InterruptedException {
    net.advanceSlots(2);

    assertThat(net.awaitEvent(e -> e instanceof SimEvent.BlockProduced b && b.block() == 2, Duration.ZERO))
        .hasValueSatisfying(e -> assertThat(e.toString()).isEqualTo("2026-11-26T00:00:06Z block 2 by bravo-wit"));
    assertThat(net.awaitEvent(e -> e instanceof SimEvent.KeyChanged, Duration.ofMillis(1))).isEmpty();
  }

  @Test
  void sameSeedSameChain() throws IOException {
    net.advanceSlots(30);
    try (SimNetwork twin = SimNetwork.start(SimConfig.defaults().withWarmupSlots(30))) {
      try (GolosClient a = SimClients.client(net.uri(0)); GolosClient b = SimClients.client(twin.uri(1))) {
        assertThat(b.getDynamicGlobalProperties()).isEqualTo(a.getDynamicGlobalProperties());
      }
      assertThat(twin.signingKey(1)).isEqualTo(net.signingKey(1));
      assertThat(twin.activeKey()).isEqualTo(net.activeKey());
    }
    try (SimNetwork other = SimNetwork.start(SimConfig.defaults().withSeed(7))) {
      assertThat(other.signingKey(0)).isNotEqualTo(net.signingKey(0));
    }
  }

  @Test
  void realtimeDriverProducesSlotsUntilClosed() throws InterruptedException {
    List<SlotEvent> seen = new CopyOnWriteArrayList<>();
    CountDownLatch three = new CountDownLatch(3);
    net.startRealtime(1000, e -> {
      seen.add(e);
      three.countDown();
    });

    assertThat(three.await(10, TimeUnit.SECONDS)).isTrue();
    assertThatThrownBy(() -> net.startRealtime(1, e -> { })).isInstanceOf(IllegalStateException.class);
    net.close(); // returns once the driver thread has ended

    assertThat(seen).extracting(SlotEvent::slot).startsWith(1L, 2L, 3L);
    assertThat(seen.get(seen.size() - 1).blockNumber()).isEqualTo(net.headBlockNumber());
    assertThatThrownBy(net::advanceSlot).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void closeEndsAWaitingSynchronousBroadcast() throws Exception {
    net.advanceSlots(3);
    GolosClient client = SimClients.client(net.uri(0));
    CountDownLatch received = new CountDownLatch(1);
    net.addListener(e -> {
      if (e instanceof SimEvent.BroadcastReceived) {
        received.countDown();
      }
    });
    Transaction tx = SimClients.keyChange(net, client, net.signingKey(1).publicKey());
    CompletableFuture<Object> reply = CompletableFuture.supplyAsync(() -> {
      try {
        return client.broadcastTransactionSynchronous(SimClients.signed(net, tx, net.activeKey()));
      } catch (IOException e) {
        return e;
      }
    });
    assertThat(received.await(10, TimeUnit.SECONDS)).isTrue();

    net.close();

    assertThat(reply.get(10, TimeUnit.SECONDS)).isInstanceOf(ConnectionLostException.class);
    client.close();
  }

  @Test
  void slowRepliesAreReleasedByACrash() throws Exception {
    GolosClient client = SimClients.client(net.uri(0));
    net.slow(0, Duration.ofMinutes(5));
    CompletableFuture<Object> reply = CompletableFuture.supplyAsync(() -> {
      try {
        return client.getDynamicGlobalProperties();
      } catch (IOException e) {
        return e;
      }
    });
    net.crash(0);
    try {
      assertThat(reply.get(10, TimeUnit.SECONDS)).isInstanceOf(NodeException.class);
    } catch (ExecutionException e) {
      throw new AssertionError(e);
    } finally {
      client.close();
    }
  }
}
