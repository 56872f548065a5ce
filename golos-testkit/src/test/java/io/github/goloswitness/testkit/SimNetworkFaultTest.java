package io.github.goloswitness.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.goloswitness.client.DynamicGlobalProperties;
import io.github.goloswitness.client.GolosClient;
import io.github.goloswitness.client.NodeTimeoutException;
import io.github.goloswitness.client.NodeUnreachableException;
import java.io.IOException;
import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Crash, stall, lag, slow replies and old binaries, seen through the real client. */
class SimNetworkFaultTest {

  private SimNetwork net = SimNetworks.start(SimConfig.defaults());
  private final GolosClient node0 = SimClients.client(net.uri(0));
  private final GolosClient node1 = SimClients.client(net.uri(1));

  @AfterEach
  void close() {
    node0.close();
    node1.close();
    net.close();
  }

  @Test
  void crashedNodeIsUnreachableAndDoesNotProduce() throws IOException {
    node0.getDynamicGlobalProperties(); // a pooled connection exists before the crash
    net.crash(0);

    assertThatThrownBy(node0::getDynamicGlobalProperties).isInstanceOf(NodeUnreachableException.class);
    assertThat(net.isUp(0)).isFalse();
    assertThat(net.advanceThroughOurSlot()).last().satisfies(e -> assertThat(e.ourSlotMissed()).isTrue());
    assertThat(node1.getDynamicGlobalProperties().headBlockNumber()).isEqualTo(21);

    net.restart(0);
    assertThat(node0.getDynamicGlobalProperties().headBlockNumber()).isEqualTo(21); // our slot 22 was missed
    assertThat(net.advanceThroughOurSlot()).last().satisfies(e -> assertThat(e.node()).hasValue(0));
    assertThat(node0.getWitnessByAccount("alpha-wit").orElseThrow().totalMissed()).isEqualTo(1);
  }

  @Test
  void stallDropsParticipationBelowAThird() throws IOException {
    net.stall(true);
    List<SlotEvent> slots = net.advanceSlots(130);

    DynamicGlobalProperties dgp = node0.getDynamicGlobalProperties();
    assertThat(dgp.participation()).isLessThan(33);
    assertThat(slots).filteredOn(SlotEvent::ours).allMatch(SlotEvent::ourSlotMissed).isNotEmpty();
    long lib = dgp.lastIrreversibleBlockNum();
    net.advanceSlots(21);
    assertThat(node0.getDynamicGlobalProperties().lastIrreversibleBlockNum()).isEqualTo(lib);

    net.stall(false);
    net.advanceSlots(128);
    assertThat(node0.getDynamicGlobalProperties().participationCount()).isEqualTo(128);
    assertThat(node0.getDynamicGlobalProperties().lastIrreversibleBlockNum()).isGreaterThan(lib);
  }

  @Test
  void recentSlotsFilledIsBuiltAsGolosdBuildsItAndShowsAStallWithinARound() throws IOException {
    BigInteger all = BigInteger.ONE.shiftLeft(128).subtract(BigInteger.ONE);
    BigInteger expected = node0.getDynamicGlobalProperties().recentSlotsFilled().orElseThrow();
    assertThat(expected).isEqualTo(all);
    net.stall(true);
    List<SlotEvent> slots = new ArrayList<>(net.advanceSlots(30));
    while (!slots.get(slots.size() - 1).produced()) {
      slots.add(net.advanceSlot());
    }
    int missed = 0;
    for (SlotEvent s : slots) { // update_global_dynamic_data: ((mask << 1) | 1) << missed slots
      if (s.produced()) {
        expected = expected.shiftLeft(1).or(BigInteger.ONE).shiftLeft(missed).and(all);
        missed = 0;
      } else {
        missed++;
      }
    }

    DynamicGlobalProperties dgp = node0.getDynamicGlobalProperties();
    assertThat(dgp.recentSlotsFilled()).contains(expected);
    assertThat(dgp.participationCount()).isEqualTo(expected.bitCount());
    assertThat(dgp.participation()).isGreaterThan(66);
    assertThat(dgp.recentParticipation(21)).isLessThan(33);
  }

  @Test
  void laggingNodeServesAnOldHeadAndDoesNotProduce() throws IOException {
    net.close();
    net = SimNetworks.start(SimConfig.defaults().withInitialNode(1).withWarmupSlots(42));
    try (GolosClient lagging = SimClients.client(net.uri(1))) {
      net.lag(1, 10);

      DynamicGlobalProperties old = lagging.getDynamicGlobalProperties();
      assertThat(old.headBlockNumber()).isEqualTo(net.headBlockNumber() - 10);
      assertThat(Duration.between(old.time(), net.now())).isEqualTo(Duration.ofSeconds(30));
      assertThat(lagging.getBlock(net.headBlockNumber())).isEmpty();
      assertThat(net.advanceThroughOurSlot()).last().satisfies(e -> assertThat(e.ourSlotMissed()).isTrue());

      net.lag(1, 0);
      assertThat(lagging.getDynamicGlobalProperties().headBlockNumber()).isEqualTo(net.headBlockNumber());
      assertThat(net.advanceThroughOurSlot()).last().satisfies(e -> assertThat(e.node()).hasValue(1));
    }
  }

  @Test
  void oldBinaryReportsItsVersionAndCannotProduce() throws IOException {
    net.close();
    net = SimNetworks.start(SimConfig.defaults().withInitialNode(1));
    try (GolosClient old = SimClients.client(net.uri(1))) {
      net.version(1, "0.29.0");

      assertThat(old.getConfig().blockchainVersion()).isEqualTo("0.29.0");
      assertThat(old.getHardforkVersion()).isEqualTo("0.30.0"); // the chain's, not the binary's
      assertThat(net.advanceThroughOurSlot()).last().satisfies(e -> assertThat(e.ourSlotMissed()).isTrue());

      net.version(1, "0.30.1");
      assertThat(net.advanceThroughOurSlot()).last().satisfies(e -> assertThat(e.node()).hasValue(1));
      assertThat(old.getWitnessByAccount("alpha-wit").orElseThrow().runningVersion()).isEqualTo("0.30.1");
      assertThat(old.getHardforkVersion()).isEqualTo("0.30.0");
    }
  }

  @Test
  void slowNodeTimesTheClientOut() throws IOException {
    try (GolosClient impatient = GolosClient.builder(net.uri(0)).timeout(Duration.ofMillis(200)).maxRetries(0)
        .sleeper(d -> { }).build()) {
      net.slow(0, Duration.ofMinutes(1));

      assertThatThrownBy(impatient::getDynamicGlobalProperties).isInstanceOf(NodeTimeoutException.class);

      net.slow(0, Duration.ZERO);
      assertThat(impatient.getDynamicGlobalProperties().headBlockNumber()).isEqualTo(21);
    }
  }

  @Test
  void faultsAreOnTheTimeline() {
    net.crash(1);
    net.lag(0, 3);
    net.stall(true);

    assertThat(net.events()).filteredOn(e -> e instanceof SimEvent.FaultChanged).map(Object::toString)
        .containsExactly(
            "2026-11-26T00:01:03Z node 1: crashed",
            "2026-11-26T00:01:03Z node 0: lagging 3 blocks",
            "2026-11-26T00:01:03Z network: stalled");
    assertThatThrownBy(() -> net.crash(2)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2");
    assertThat(net.signingNode()).isEqualTo(OptionalInt.of(0));
  }
}
