package io.github.goloswitness.failover.sim;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.goloswitness.failover.FailoverConfig;
import io.github.goloswitness.failover.sim.Scenario.Kind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Properties over random clusters: plain loops over a seeded {@link SplittableRandom} (the seed
 * of a failing case is in the assertion's description).
 */
class SimulationPropertyTest {

  private static final int RUNS = 25;

  /**
   * 2-5 nodes with distinct random priorities in 0..6, random allowed_misses, and a transaction
   * delay of 0-6 s, or up to 90 s in one run out of four (then confirm_within and takeover_step
   * are raised to cover it, as an operator must).
   */
  private static Scenario randomScenario(Kind kind, SplittableRandom random) {
    int nodes = random.nextInt(2, 6);
    List<Integer> pool = new ArrayList<>(List.of(0, 1, 2, 3, 4, 5, 6));
    Collections.shuffle(pool, new java.util.Random(random.nextLong()));
    int delayMillis = random.nextInt(4) == 0 ? random.nextInt(0, 90_000) : random.nextInt(0, 6000);
    int cover = delayMillis / 3000 + 2;
    FailoverConfig config = FailoverConfig.defaults().withAllowedMisses(random.nextInt(0, 3))
        .withConfirmWithin(Math.max(3, cover)).withTakeoverStep(Math.max(2, cover));
    return new Scenario(kind, pool.subList(0, nodes), 3, random.nextLong(), config,
        Duration.ofMillis(delayMillis), random.nextBoolean());
  }

  /**
   * Misses the policy cannot avoid: allowed_misses + 1 to reach the threshold, plus every slot of
   * the witness (one per 63 s round) that passes while the acting backup waits its rank and its
   * transaction travels (+ one block to observe the threshold and one to be included).
   */
  private static long unavoidableMisses(Scenario s, IncidentReport i) {
    long waitSeconds = 3L * s.config().takeoverStep() * Math.max(0, i.finalPriority());
    return s.config().allowedMisses() + 1 + (6 + waitSeconds + s.txDelay().toSeconds() + 1) / 63;
  }

  @Test
  void everyCrashIsRepairedByExactlyOneSwitchToTheBestHealthyNode() {
    SplittableRandom random = new SplittableRandom(2026);
    for (int run = 0; run < RUNS; run++) {
      Scenario s = randomScenario(Kind.CRASH, random);
      for (IncidentReport i : new Simulation(s).run().incidents()) {
        String where = s + " " + i;
        assertThat(i.switches()).as(where).isEqualTo(1);
        assertThat(i.finalPriority()).as(where).isEqualTo(i.bestHealthyPriority());
        assertThat(i.misses()).as(where).isLessThanOrEqualTo(unavoidableMisses(s, i));
        assertThat(i.requests()).as(where).isEqualTo(1);
      }
    }
  }

  @Test
  void noSwitchDuringAStallAndExactlyOneAfterIt() {
    SplittableRandom random = new SplittableRandom(17);
    for (int run = 0; run < RUNS; run++) {
      Scenario s = randomScenario(Kind.STALL, random);
      for (IncidentReport i : new Simulation(s).run().incidents()) {
        String where = s + " " + i;
        assertThat(i.requestsWhileStalled()).as(where).isZero();
        assertThat(i.switches()).as(where).isEqualTo(1);
        assertThat(i.finalPriority()).as(where).isEqualTo(i.bestHealthyPriority());
      }
    }
  }

  @Test
  void noSwitchFromAStaleNode() {
    SplittableRandom random = new SplittableRandom(99);
    for (int run = 0; run < RUNS; run++) {
      Scenario s = randomScenario(Kind.LAG, random);
      for (IncidentReport i : new Simulation(s).run().incidents()) {
        String where = s + " " + i;
        assertThat(i.requestsFromUnhealthy()).as(where).isZero();
        assertThat(i.switches()).as(where).isEqualTo(i.bestHealthyPriority() < 0 ? 0 : 1);
        if (i.bestHealthyPriority() >= 0) {
          assertThat(i.finalPriority()).as(where).isEqualTo(i.bestHealthyPriority());
        }
      }
    }
  }

  @Test
  void aFlappingProducerNeverCausesAFlap() {
    SplittableRandom random = new SplittableRandom(5);
    for (int run = 0; run < RUNS; run++) {
      Scenario s = randomScenario(Kind.FLAP, random);
      for (IncidentReport i : new Simulation(s).run().incidents()) {
        String where = s + " " + i;
        assertThat(i.flaps()).as(where).isZero();
        assertThat(i.switches()).as(where).isLessThanOrEqualTo(1);
        assertThat(i.requests()).as(where).isEqualTo(i.switches());
      }
    }
  }
}
