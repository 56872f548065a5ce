package io.github.goloswitness.monitor.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.goloswitness.client.GolosClient;
import io.github.goloswitness.failover.Observation;
import java.math.BigInteger;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The participation the policy sees: the lower of the 128-slot and the last round's. */
class PollerTest {
  private static final BigInteger ALL = BigInteger.ONE.shiftLeft(128).subtract(BigInteger.ONE);

  FakeChain chain;
  GolosClient client;
  Poller poller;
  TickReads reads;

  @BeforeEach
  void start() throws Exception {
    chain = new FakeChain(MonitorTest.KEY_A, MonitorTest.ACTIVE.publicKey().toString());
    FakeChain.Node node = chain.node();
    client = GolosClient.builder(List.of(node.uri())).timeout(Duration.ofSeconds(5)).maxRetries(0).build();
    reads = new TickReads(Duration.ofSeconds(5));
    poller = new Poller(client, client, 1, FakeChain.WITNESS, 3, PeerLinks.none(FakeChain.WITNESS), reads, chain.clock());
  }

  @AfterEach
  void stop() {
    client.close();
    reads.close();
    chain.close();
  }

  private Observation observe() {
    Poll poll = poller.poll();
    assertThat(poll.problems()).isEmpty();
    return poll.observation().orElseThrow();
  }

  @Test
  void aStalledLastRoundDrivesParticipationWhileThe128SlotAverageIsStillHigh() {
    // every older slot filled, 5 of the last 21: participation_count 112 (87.5 %), last round 23.8 %
    BigInteger mask = ALL.shiftRight(21).shiftLeft(21).or(BigInteger.valueOf(0b100001000010000100001));
    chain.participation(mask.bitCount());
    chain.recentSlotsFilled(mask);

    assertThat(mask.bitCount()).isEqualTo(112);
    assertThat(observe().participation()).isEqualTo(23);
  }

  @Test
  void aLow128SlotAverageWinsOverAFullLastRound() {
    BigInteger mask = BigInteger.ONE.shiftLeft(40).subtract(BigInteger.ONE); // the network just came back
    chain.participation(40);
    chain.recentSlotsFilled(mask);

    assertThat(observe().participation()).isEqualTo(31); // 40 / 128, not the last round's 100 %
  }

  @Test
  void withoutTheMaskTheCountAloneIsUsed() {
    chain.participation(96);

    assertThat(observe().participation()).isEqualTo(75);
  }
}
