package io.github.goloswitness.failover;

import java.util.List;
import java.util.Objects;

/**
 * The result of one evaluation: the state to persist and pass next time, what to do, and what was
 * noticed (in order).
 */
public record Step(FailoverState next, Decision decision, List<Event> events) {

  /**
   * Checks that no component is null, and keeps unmodifiable copies of the lists.
   *
   * @throws NullPointerException if a required component is null
   */
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
