package io.github.goloswitness.failover;

import static io.github.goloswitness.failover.Driver.A;
import static io.github.goloswitness.failover.Driver.OWN;
import static io.github.goloswitness.failover.Driver.at;
import static io.github.goloswitness.failover.Driver.time;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.goloswitness.failover.Event.Kind;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Rule 1a: misses found across a gap between two observations (a monitor that was stopped, polls
 * that failed) are dated no later than the observation proves: spread over the gap, or a new
 * baseline when the gap is longer than {@code miss_window} (issue 10, defect 1).
 */
class MissesAcrossAGapTest {

  private static Driver backup(int allowedMisses, int windowSeconds) {
    return new Driver(FailoverConfig.defaults().withAllowedMisses(allowedMisses)
        .withMissWindow(Duration.ofSeconds(windowSeconds)));
  }

  @Test
  void missesAcrossAGapLongerThanTheWindowAreANewBaseline() {
    // Issue 10: stopped for longer than the 12 s window, the backup finds 2 old misses at restart.
    Driver d = backup(1, 12);
    d.see(at(100, A, 0, 99));
    d.restart();
    Step first = d.see(at(106, A, 2, 99)); // 18 s later
    assertThat(first.has(Kind.THRESHOLD_REACHED)).isFalse();
    assertThat(first.decision()).isInstanceOf(Decision.Hold.class);
    assertThat(d.state.misses()).isEmpty();
    assertThat(d.state.totalMissed()).isEqualTo(2);
    assertThat(first.events()).filteredOn(e -> e.kind() == Kind.MISS_DETECTED).singleElement()
        .extracting(Event::detail).asString().contains("new baseline");
    // Misses after the new baseline count as usual.
    d.see(at(107, A, 3, 99));
    assertThat(d.see(at(108, A, 4, 99)).decision()).isEqualTo(new Decision.TakeOver(OWN));
  }

  @Test
  void missesAcrossAGapAreSpreadOverItNotStampedAtItsEnd() {
    Driver d = backup(2, 60);
    d.see(at(100, A, 0, 99));
    d.see(at(115, A, 2, 99)); // 45 s gap, 2 misses: at +22.5 s and +45 s, not both at +45 s
    assertThat(d.state.misses()).containsExactly(time(100).plusMillis(22_500), time(115));
    // 40 s later the first has left the 60 s window: 2 misses in it, not 3.
    Step later = d.see(at(128, A, 3, 99));
    assertThat(d.state.misses()).hasSize(2);
    assertThat(later.decision()).isInstanceOf(Decision.Hold.class);
  }

  @Test
  void aMissInTheNextBlockIsStampedWithThatBlock() {
    Driver d = backup(1, 60);
    d.see(at(100, A, 0, 99));
    d.see(at(101, A, 1, 99));
    assertThat(d.state.misses()).containsExactly(time(101));
  }

  @Test
  void aGapExactlyAsLongAsTheWindowStillCounts() {
    Driver d = backup(1, 12);
    d.see(at(100, A, 0, 99));
    assertThat(d.see(at(104, A, 2, 99)).decision()).isEqualTo(new Decision.TakeOver(OWN));
  }
}
