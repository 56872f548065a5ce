package io.github.goloswitness.failover;

import static io.github.goloswitness.failover.Driver.A;
import static io.github.goloswitness.failover.Driver.OWN;
import static io.github.goloswitness.failover.Driver.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.goloswitness.failover.Event.Kind;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Rule 1b: a producer whose {@code last_confirmed_block_num} moved past its misses has produced
 * since them and is not replaced on the strength of those misses (issue 10, defect 1).
 */
class ProducedSinceMissesTest {

  @Test
  void missesBeforeABlockOfTheProducerAreForgiven() {
    Driver d = new Driver();
    d.see(at(100, A, 0, 99));
    d.see(at(121, A, 1, 99));
    Step produced = d.see(at(135, A, 1, 135));
    assertThat(d.state.misses()).isEmpty();
    assertThat(produced.decision()).isInstanceOf(Decision.Hold.class);
    // One more miss after its block: one miss in the window, below the threshold.
    Step next = d.see(at(156, A, 2, 135));
    assertThat(next.has(Kind.MISS_DETECTED)).isTrue();
    assertThat(next.decision()).isInstanceOf(Decision.Hold.class);
    // A second one after the block: now it counts.
    assertThat(d.see(at(177, A, 3, 135)).decision()).isEqualTo(new Decision.TakeOver(OWN));
  }

  @Test
  void missesFoundTogetherWithABlockOfTheProducerAreNotCounted() {
    // Issue 10: the backup was stopped; the producer missed 2 slots, then produced again.
    Driver d = new Driver(FailoverConfig.defaults().withMissWindow(Duration.ofSeconds(60)));
    d.see(at(100, A, 0, 99));
    d.restart();
    Step first = d.see(at(110, A, 2, 108));
    assertThat(first.has(Kind.THRESHOLD_REACHED)).isFalse();
    assertThat(first.decision()).isInstanceOf(Decision.Hold.class);
    assertThat(d.state.misses()).isEmpty();
    assertThat(first.events()).filteredOn(e -> e.kind() == Kind.MISS_DETECTED).singleElement()
        .extracting(Event::detail).asString().contains("produced block 108");
  }

  @Test
  void aRestartedMonitorStillFindsMissesOfAProducerThatDidNotProduce() {
    Driver d = new Driver(FailoverConfig.defaults().withMissWindow(Duration.ofSeconds(60)));
    d.see(at(100, A, 0, 99));
    d.restart();
    assertThat(d.see(at(110, A, 2, 99)).decision()).isEqualTo(new Decision.TakeOver(OWN));
  }
}
