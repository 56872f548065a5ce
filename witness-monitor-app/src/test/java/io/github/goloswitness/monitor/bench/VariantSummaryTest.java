package io.github.goloswitness.monitor.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class VariantSummaryTest {

  @Test
  void nearestRankPercentiles() {
    long[] v = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20};
    assertThat(VariantSummary.percentile(v, 50)).isEqualTo(10);
    assertThat(VariantSummary.percentile(v, 95)).isEqualTo(19);
    assertThat(VariantSummary.percentile(v, 100)).isEqualTo(20);
    assertThat(VariantSummary.percentile(new long[] {7}, 95)).isEqualTo(7);
    assertThat(VariantSummary.percentile(new long[0], 50)).isEqualTo(-1);
    assertThatThrownBy(() -> VariantSummary.percentile(v, 0)).hasMessageContaining("percentile");
  }
}
