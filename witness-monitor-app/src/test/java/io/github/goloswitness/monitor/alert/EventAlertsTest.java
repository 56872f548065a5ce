package io.github.goloswitness.monitor.alert;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.goloswitness.failover.Event;
import io.github.goloswitness.failover.Event.Kind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventAlertsTest {
  final List<Alert> sent = new ArrayList<>();
  final EventAlerts alerts = new EventAlerts("alpha-wit", "http://127.0.0.1:8090/", sent::add);
  final Instant at = Instant.parse("2026-11-26T04:00:00Z");

  @Test
  void usesTheOperationsGuideNamesAndKeepsTheEvidence() {
    assertThat(alerts.offer(new Event(Kind.MISS_DETECTED, at, "1 miss(es) of GLS6abc at block 43"))).isTrue();
    assertThat(alerts.offer(new Event(Kind.SWITCH_CONFIRMED, at, "GLS7def on chain at block 66"))).isTrue();
    assertThat(alerts.offer(new Event(Kind.NETWORK_STALLED, at, "participation 20% < 33%"))).isTrue();
    assertThat(sent).extracting(Alert::event).containsExactly("missed_blocks", "switched", "network_unhealthy");
    assertThat(sent.get(0).message()).isEqualTo("1 miss(es) of GLS6abc at block 43");
    assertThat(sent.get(0).witness()).isEqualTo("alpha-wit");
    assertThat(sent.get(0).time()).isEqualTo(at);
  }

  @Test
  void routineEventsAreNotAlertsAndConditionsDeduplicateByName() {
    assertThat(alerts.offer(new Event(Kind.KEY_CHANGED, at, "a -> b"))).isFalse();
    assertThat(alerts.offer(new Event(Kind.STALE_OBSERVATION, at, "old"))).isFalse();
    alerts.offer(new Event(Kind.NODE_UNHEALTHY, at, "local head is 30 s old"));
    alerts.offer(new Event(Kind.SWITCH_REQUESTED, at, "set GLS7def at block 65"));
    assertThat(sent).extracting(Alert::event).containsExactly("node_unhealthy", "switch_requested");
    assertThat(sent.get(0).key()).isEmpty(); // one alert per dedup window however the age changes
    assertThat(sent.get(1).key()).contains("block 65");
  }
}
