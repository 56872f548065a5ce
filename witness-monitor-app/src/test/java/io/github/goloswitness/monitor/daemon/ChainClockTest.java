package io.github.goloswitness.monitor.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ChainClockTest {
  private static final Instant T0 = Instant.parse("2026-11-26T00:00:00Z");
  private final ChainClock clock = new ChainClock(Duration.ofSeconds(3));

  /** Polls at head time + {@code lag} seconds (the monitor's clock), one per block from block 1. */
  private void polls(int blocks, long lagMillis) {
    for (int b = 1; b <= blocks; b++) {
      Instant head = T0.plusSeconds(3L * b);
      clock.observe(head.plusMillis(lagMillis), b, head);
    }
  }

  @Test
  void aClockNineSecondsFastIsLearntAndHeadsAreJudgedByTheChainsPace() {
    polls(5, 9_500); // issue 18: the chain's time 9 s behind the monitor's clock
    Instant head = T0.plusSeconds(15);
    assertThat(clock.offset()).isEqualTo(Duration.ofMillis(9_500));
    // Beyond one block (what a synced clock shows) the offset is taken off: the newest head is 3 s old.
    assertThat(clock.age(head, head.plusMillis(9_500))).isEqualTo(Duration.ofSeconds(3));
    assertThat(clock.age(head.minusSeconds(12), head.plusMillis(9_500))).isEqualTo(Duration.ofSeconds(15));
  }

  @Test
  void aSyncedClockKeepsItsAges() {
    polls(5, 1_000);
    Instant head = T0.plusSeconds(15);
    assertThat(clock.correction()).isZero();
    assertThat(clock.age(head, head.plusSeconds(10))).isEqualTo(Duration.ofSeconds(10));
  }

  @Test
  void aClockBehindTheChainIsCorrectedToo() {
    polls(5, -5_000); // the head's timestamp 5 s ahead of this clock
    Instant head = T0.plusSeconds(15);
    assertThat(clock.age(head, head.minusSeconds(5))).isZero();
    assertThat(clock.age(head, head.plusSeconds(5))).isEqualTo(Duration.ofSeconds(10));
  }

  @Test
  void aHeadThatStopsMovingAgesWithTheClock() {
    polls(5, 500);
    Instant frozen = T0.plusSeconds(15);
    for (int i = 1; i <= 30; i++) {
      clock.observe(frozen.plusMillis(500).plusSeconds(3L * i), 5, frozen);
    }
    assertThat(clock.age(frozen, frozen.plusMillis(500).plusSeconds(90))).isEqualTo(Duration.ofMillis(90_500));
  }

  @Test
  void aNodeCatchingUpIsNoMeasureOfTheClock() {
    polls(3, 500);
    // A resyncing node: 20 blocks per poll, its head 40 s old and getting younger.
    Instant now = T0.plusSeconds(9).plusMillis(500);
    for (int i = 1; i <= 5; i++) {
      now = now.plusSeconds(3);
      clock.observe(now, 3 + 20L * i, now.minusSeconds(40 - 5L * i));
    }
    assertThat(clock.offset()).isEqualTo(Duration.ofMillis(500));
  }

  @Test
  void anOffsetBeyondAMinuteIsNotLearnt() {
    polls(5, 120_000);
    assertThat(clock.offset()).isZero();
  }

  @Test
  void theOffsetIsThePollThatCameSoonestAfterItsBlock() {
    polls(4, 3_600);
    clock.observe(T0.plusSeconds(15).plusMillis(600), 5, T0.plusSeconds(15));
    assertThat(clock.offset()).isEqualTo(Duration.ofMillis(600));
  }
}
