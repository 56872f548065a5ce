package io.github.goloswitness.failover;

import static io.github.goloswitness.failover.Driver.A;
import static io.github.goloswitness.failover.Driver.OWN;
import static io.github.goloswitness.failover.Driver.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.goloswitness.failover.Event.Kind;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Persisted form and restarts mid-incident. */
class FailoverStateTest {

  @Test
  void initialStateRoundTrips() {
    assertThat(FailoverState.fromMap(FailoverState.initial().toMap())).isEqualTo(FailoverState.initial());
  }

  @Test
  void busyStateRoundTrips() {
    Driver d = new Driver();
    d.see(at(100, A, 0, 99));
    d.see(at(121, A, 1, 99));
    d.see(at(142, A, 2, 99));
    Map<String, String> map = d.state.toMap();
    assertThat(map).containsEntry("phase", "SWITCHING").containsEntry("misses",
        Driver.time(121) + "," + Driver.time(142));
    assertThat(FailoverState.fromMap(map)).isEqualTo(d.state);
  }

  @Test
  void restartMidWindowForgetsNoMiss() {
    Driver d = new Driver();
    d.see(at(100, A, 0, 99));
    d.see(at(121, A, 1, 99));
    d.restart();
    assertThat(d.see(at(142, A, 2, 99)).decision()).isEqualTo(new Decision.TakeOver(OWN));
  }

  @Test
  void missesWhileTheMonitorWasDownAreFoundFromThePersistedBaseline() {
    Driver d = new Driver();
    d.see(at(100, A, 0, 99));
    d.restart();
    assertThat(d.see(at(150, A, 2, 99)).decision()).isEqualTo(new Decision.TakeOver(OWN));
  }

  @Test
  void restartAfterARequestDoesNotSwitchTwice() {
    Driver d = new Driver();
    d.see(at(100, A, 0, 99));
    d.see(at(121, A, 1, 99));
    assertThat(d.see(at(142, A, 2, 99)).decision()).isInstanceOf(Decision.TakeOver.class);
    d.restart();
    Step after = d.see(at(143, A, 2, 99));
    assertThat(after.decision()).isInstanceOf(Decision.Hold.class);
    assertThat(d.see(at(144, OWN, 2, 99)).has(Kind.SWITCH_CONFIRMED)).isTrue();
  }

  @Test
  void missingKeyIsNamed() {
    Map<String, String> map = new LinkedHashMap<>(FailoverState.initial().toMap());
    map.remove("cooldown_until_block");
    assertThatThrownBy(() -> FailoverState.fromMap(map))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("cooldown_until_block: missing");
  }

  @Test
  void badValuesAreNamed() {
    Map<String, String> map = new LinkedHashMap<>(FailoverState.initial().toMap());
    map.put("head_block", "12x");
    assertThatThrownBy(() -> FailoverState.fromMap(map)).hasMessageStartingWith("head_block: not a number '12x'");
    map.put("head_block", "12");
    map.put("misses", "2026-01-01T00:00:00Z,yesterday");
    assertThatThrownBy(() -> FailoverState.fromMap(map)).hasMessageStartingWith("misses: not an ISO-8601");
    map.put("misses", "");
    map.put("phase", "PANIC");
    assertThatThrownBy(() -> FailoverState.fromMap(map)).hasMessageStartingWith("phase: not a phase 'PANIC'");
    map.put("phase", "WATCHING");
    map.put("transition_miss_expected", "yes");
    assertThatThrownBy(() -> FailoverState.fromMap(map)).hasMessageStartingWith("transition_miss_expected");
    map.put("transition_miss_expected", "false");
    map.put("format", "9");
    assertThatThrownBy(() -> FailoverState.fromMap(map)).hasMessageStartingWith("format:");
  }
}
