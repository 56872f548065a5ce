package io.github.goloswitness.failover.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.goloswitness.failover.FailoverPolicy;
import io.github.goloswitness.failover.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class SimulatedChainTest {

  private static final Instant GENESIS = Instant.parse("2026-01-01T00:00:00Z");
  private static final Predicate<String> ALL = k -> true;

  /** 21 witnesses w00..w20 with keys K00..K20; w05 is scheduled in slots 6, 27, 48, … */
  private static SimulatedChain chain(Duration txDelay) {
    Map<String, String> keys = new LinkedHashMap<>();
    for (int i = 0; i < 21; i++) {
      keys.put(String.format("w%02d", i), String.format("K%02d", i));
    }
    return new SimulatedChain(keys, GENESIS, txDelay, Version.parse("0.30.0"));
  }

  @Test
  void producesOneBlockPerSlot() {
    SimulatedChain c = chain(Duration.ZERO);
    c.advanceTo(GENESIS.plusSeconds(30), ALL);
    assertThat(c.headBlockNumber()).isEqualTo(10);
    assertThat(c.headBlockTime()).isEqualTo(GENESIS.plusSeconds(30));
    assertThat(c.lastConfirmedBlockNum("w09")).isEqualTo(10);
    assertThat(c.participation()).isEqualTo(100);
  }

  @Test
  void slotsUntilAWitnessIsScheduled() {
    SimulatedChain c = chain(Duration.ZERO);
    c.advanceTo(GENESIS.plusSeconds(30), ALL); // slot 10 done; w10 has slot 11, w05 slot 27
    assertThat(c.slotsUntilScheduled("w10")).isZero();
    assertThat(c.slotsUntilScheduled("w05")).isEqualTo(16);
    assertThat(c.slotsUntilScheduled("w09")).isEqualTo(20);
    assertThatThrownBy(() -> c.slotsUntilScheduled("nobody")).hasMessage("unknown witness: nobody");
  }

  @Test
  void aMissIsCountedWhenTheNextBlockArrives() {
    SimulatedChain c = chain(Duration.ZERO);
    Predicate<String> notK05 = k -> !k.equals("K05");
    c.advanceTo(GENESIS.plusSeconds(18), notK05); // slot 6 (w05) is empty
    assertThat(c.headBlockNumber()).isEqualTo(5);
    assertThat(c.totalMissed("w05")).isZero();
    c.produceSlot(notK05);
    assertThat(c.totalMissed("w05")).isEqualTo(1);
    assertThat(c.headBlockNumber()).isEqualTo(6);
    assertThat(c.participationCount()).isEqualTo(127);
  }

  @Test
  void keyChangeIsIncludedAfterTheDelayAndEffectiveFromTheNextBlock() {
    SimulatedChain c = chain(Duration.ofSeconds(2));
    c.advanceTo(GENESIS.plusSeconds(12), ALL); // head 4
    c.submitKeyChange("w05", "NEW");
    assertThat(c.signingKey("w05")).isEqualTo("K05");
    // Block 5 (w04) includes the transaction; w05 must sign block 6 with NEW.
    c.produceSlot(ALL);
    assertThat(c.signingKey("w05")).isEqualTo("NEW");
    assertThat(c.produceSlot(k -> !k.equals("NEW"))).isFalse();
  }

  @Test
  void slowTransactionWaitsForALaterBlock() {
    SimulatedChain c = chain(Duration.ofSeconds(7));
    c.submitKeyChange("w05", "NEW");
    c.produceSlot(ALL);
    c.produceSlot(ALL);
    assertThat(c.signingKey("w05")).isEqualTo("K05");
    c.produceSlot(ALL); // slot 3 at 9 s >= 7 s
    assertThat(c.signingKey("w05")).isEqualTo("NEW");
  }

  @Test
  void keyChangeSubmittedBetweenSlotsCountsFromItsOwnTime() {
    SimulatedChain c = chain(Duration.ofSeconds(2));
    c.produceSlot(ALL); // head 1 at 3 s
    c.submitKeyChange("w05", "NEW", GENESIS.plusSeconds(5)); // lands at 7 s: block 3 (9 s), not block 2
    c.produceSlot(ALL);
    assertThat(c.signingKey("w05")).isEqualTo("K05");
    c.produceSlot(ALL);
    assertThat(c.signingKey("w05")).isEqualTo("NEW");
  }

  @Test
  void nullKeyLeavesTheScheduleAtTheNextRound() {
    SimulatedChain c = chain(Duration.ZERO);
    c.produceSlot(ALL);
    c.submitKeyChange("w05", FailoverPolicy.NULL_KEY);
    c.advanceTo(GENESIS.plusSeconds(3 * 21), ALL); // rest of round 1: w05's slot is missed
    c.produceSlot(ALL);
    assertThat(c.totalMissed("w05")).isEqualTo(1);
    c.advanceTo(GENESIS.plusSeconds(3 * 100), ALL);
    assertThat(c.totalMissed("w05")).isEqualTo(1);
  }

  @Test
  void theChainNullsTheKeyOfAWitnessThatNeverProduces() {
    SimulatedChain c = chain(Duration.ZERO);
    Predicate<String> notK05 = k -> !k.equals("K05");
    c.advanceTo(GENESIS.plusSeconds(3 * 7800), notK05);
    assertThat(c.signingKey("w05")).isEqualTo(FailoverPolicy.NULL_KEY);
    long missed = c.totalMissed("w05");
    c.advanceTo(GENESIS.plusSeconds(3 * 8000), notK05);
    assertThat(c.totalMissed("w05")).isEqualTo(missed);
  }

  @Test
  void participationFallsWhenWitnessesStop() {
    SimulatedChain c = chain(Duration.ZERO);
    Set<String> few = Set.of("K00", "K01", "K02", "K03");
    c.advanceTo(GENESIS.plusSeconds(3 * 210), few::contains);
    assertThat(c.participation()).isLessThan(33);
  }

  @Test
  void theLastRoundShowsAStallLongBeforeThe128SlotAverage() {
    SimulatedChain c = chain(Duration.ZERO);
    Set<String> few = Set.of("K00", "K01", "K02", "K03");
    c.advanceTo(GENESIS.plusSeconds(3 * 22), few::contains); // slots 5..21 empty, block 5 in slot 22
    assertThat(c.headBlockNumber()).isEqualTo(5);
    assertThat(c.participationCount()).isEqualTo(128 - 17);
    assertThat(c.participation()).isEqualTo(86);
    assertThat(c.recentParticipation(21)).isEqualTo(4 * 100 / 21);
    assertThat(c.observedParticipation()).isEqualTo(19).isLessThan(33);
    // golosd's order: the head block's bit sits above the 17 empty slots that preceded it
    assertThat(c.recentParticipation(17)).isZero();
    assertThat(c.recentParticipation(18)).isEqualTo(100 / 18);
    assertThat(c.recentParticipation(128)).isEqualTo(c.participation());
    assertThatThrownBy(() -> c.recentParticipation(0)).hasMessage("slots not in 1..128: 0");
  }

  @Test
  void unknownWitnessIsNamed() {
    assertThatThrownBy(() -> chain(Duration.ZERO).submitKeyChange("bob", "X")).hasMessage("unknown witness: bob");
  }
}
