package io.github.goloswitness.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigInteger;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DynamicGlobalPropertiesTest {
  private static final BigInteger ALL = BigInteger.ONE.shiftLeft(128).subtract(BigInteger.ONE);

  private static DynamicGlobalProperties withMask(BigInteger mask) {
    return new DynamicGlobalProperties(1, "000186cb311b6559517229081bce8fc4d7ee0892",
        Instant.parse("2026-11-26T04:18:57Z"), "x", mask.bitCount(), 0, 1, 0, Optional.of(mask));
  }

  /** A block after {@code missed} empty slots, as golosd records it (update_global_dynamic_data). */
  private static BigInteger block(BigInteger mask, int missed) {
    return mask.shiftLeft(1).or(BigInteger.ONE).shiftLeft(missed).and(ALL);
  }

  @Test
  void theFixtureMaskIsFullParticipationOverAnyWindow() {
    DynamicGlobalProperties p = withMask(new BigInteger("340282366920938463463374607431768211455"));
    assertThat(p.participationCount()).isEqualTo(128);
    assertThat(p.recentParticipation(21)).isEqualTo(100.0);
    assertThat(p.recentParticipation(1)).isEqualTo(100.0);
    assertThat(p.recentParticipation(128)).isEqualTo(p.participation());
  }

  @Test
  void countsOnlyTheLowBits() {
    // the 21 newest slots empty-filled-empty…, every older slot filled
    BigInteger mask = ALL.shiftRight(21).shiftLeft(21).or(BigInteger.valueOf(0b010101010101010101010));
    DynamicGlobalProperties p = withMask(mask);
    assertThat(p.recentParticipation(21)).isCloseTo(10 * 100.0 / 21, within(1e-9));
    assertThat(p.recentParticipation(2)).isEqualTo(50.0);
    assertThat(p.participation()).isEqualTo((128 - 11) * 100.0 / 128);
  }

  @Test
  void aFreshStallShowsInTheLastRoundLongBeforeTheWholeWindow() {
    // one round where only 5 of 21 witnesses produce, each after 3 empty slots (+1 trailing block)
    BigInteger mask = ALL;
    for (int i = 0; i < 5; i++) {
      mask = block(mask, 3);
    }
    mask = block(mask, 0);
    DynamicGlobalProperties p = withMask(mask);
    assertThat(p.participation()).isGreaterThan(85.0);
    assertThat(p.recentParticipation(21)).isCloseTo(6 * 100.0 / 21, within(1e-9)).isLessThan(33.0);
  }

  @Test
  void aGapLongerThanTheWindowLeavesTheHeadBlockOutsideIt() {
    // golosd shifts the head block's bit above the empty slots before it
    DynamicGlobalProperties p = withMask(block(ALL, 25));
    assertThat(p.recentParticipation(21)).isZero();
    assertThat(p.recentParticipation(26)).isCloseTo(100.0 / 26, within(1e-9));
  }

  @Test
  void withoutTheMaskRecentParticipationIsTheCountsParticipation() {
    DynamicGlobalProperties p = new DynamicGlobalProperties(1, "000186cb311b6559517229081bce8fc4d7ee0892",
        Instant.parse("2026-11-26T04:18:57Z"), "x", 40, 0, 1, 0);
    assertThat(p.recentSlotsFilled()).isEmpty();
    assertThat(p.recentParticipation(21)).isEqualTo(31.25);
  }

  @Test
  void rejectsBadSlotCountsAndMasks() {
    DynamicGlobalProperties p = withMask(ALL);
    assertThatThrownBy(() -> p.recentParticipation(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("slots not in 1..128: 0");
    assertThatThrownBy(() -> p.recentParticipation(129)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("slots not in 1..128: 129");
    assertThatThrownBy(() -> withMask(BigInteger.ONE.shiftLeft(128)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("recentSlotsFilled");
    assertThatThrownBy(() -> withMask(BigInteger.valueOf(-1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("recentSlotsFilled");
  }
}
