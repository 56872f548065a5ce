package io.github.goloswitness.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChainModelTest {

  private static final Instant GENESIS = Instant.parse("2026-01-01T00:00:00Z");

  /** 21 witnesses w00..w20 with keys K00..K20; w05 is scheduled in slots 6, 27, 48, … */
  private static ChainModel chain() {
    Map<String, String> keys = new LinkedHashMap<>();
    for (int i = 0; i < 21; i++) {
      keys.put(String.format("w%02d", i), String.format("K%02d", i));
    }
    return new ChainModel(keys, GENESIS);
  }

  private static void produce(ChainModel c, int slots) {
    for (int i = 0; i < slots; i++) {
      c.produceSlot(k -> true);
    }
  }

  @Test
  void producesOneBlockPerSlotWithBlockNumberInTheId() {
    ChainModel c = chain();
    produce(c, 10);
    assertThat(c.headBlockNumber()).isEqualTo(10);
    assertThat(c.headBlockTime()).isEqualTo(GENESIS.plusSeconds(30));
    assertThat(c.headProducer()).isEqualTo("w09");
    assertThat(c.headBlockId()).hasSize(40).startsWith("0000000a");
    assertThat(c.lastConfirmedBlockNum("w09")).isEqualTo(10);
    assertThat(c.participationCount()).isEqualTo(128);
  }

  @Test
  void nullKeyLeavesTheScheduleAtTheNextRound() {
    ChainModel c = chain();
    produce(c, 1);
    c.submitKeyChange("w05", ChainModel.NULL_KEY);
    produce(c, 20); // rest of round 1: w05's slot is missed
    produce(c, 1);
    assertThat(c.totalMissed("w05")).isEqualTo(1);
    produce(c, 78);
    assertThat(c.totalMissed("w05")).isEqualTo(1);
    assertThat(c.nextScheduledWitness()).isNotEqualTo("w05");
  }
}
