package io.github.goloswitness.failover;

import java.util.List;
import java.util.Objects;

/**
 * The result of one evaluation: the state to persist and pass next time, what to do, and what was
 * noticed (in order).
 */
public record Step(FailoverState next, Decision decision, List<Event> events) {

  public Step {
    Objects.requireNonNull(next, "next");
    Objects.requireNonNull(decision, "decision");
    events = List.copyOf(events);
  }

  /** True when one of the events has the given kind. */
  public boolean has(Event.Kind kind) {
    return events.stream().anyMatch(e -> e.kind() == kind);
  }
}
