package io.github.goloswitness.monitor.daemon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TickerTest {
  final Ticker ticker = new Ticker(Duration.ofSeconds(3), Duration.ofMillis(500));
  final Instant head = Instant.parse("2026-11-26T04:00:00Z");

  @Test
  void pollsHalfASecondAfterTheNextSlot() {
    assertThat(ticker.next(head, head.plusMillis(700))).isEqualTo(head.plusMillis(3500));
  }

  @Test
  void staysAlignedToTheChainWhenAPollWasLate() {
    // 7.9 s after the head: slots at +3 and +6 have passed, the next poll is at +9.5 s.
    assertThat(ticker.next(head, head.plusMillis(7900))).isEqualTo(head.plusMillis(9500));
    assertThat(ticker.next(head, head.plusMillis(3500))).isEqualTo(head.plusMillis(6500));
  }

  @Test
  void waitsOneIntervalWhenTheHeadIsUnknownOrInTheFuture() {
    assertThat(ticker.next(null, head)).isEqualTo(head.plusSeconds(3));
    assertThat(ticker.next(head.plusSeconds(60), head)).isEqualTo(head.plusSeconds(3));
  }

  @Test
  void rejectsADelayAsLongAsTheInterval() {
    assertThatThrownBy(() -> new Ticker(Duration.ofSeconds(3), Duration.ofSeconds(3)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("delay");
  }
}
