package io.github.goloswitness.failover;

import io.github.goloswitness.failover.Event.Kind;
import java.time.Instant;
import java.util.List;

/** The events of one evaluation, all stamped with the same clock reading. */
record Notes(Instant at, List<Event> list) {
  void add(Kind kind, String detail) {
    list.add(new Event(kind, at, detail));
  }
}
