package io.github.goloswitness.monitor.daemon;

import io.github.goloswitness.failover.Decision;
import io.github.goloswitness.failover.Event;
import io.github.goloswitness.failover.Observation;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one {@link Monitor#tick()} saw and did, for the demo's timeline and for tests.
 *
 * @param observation what the poll saw; empty when the chain could not be read
 * @param decision the policy's decision; empty without an observation
 * @param events the policy's events in order (including those of the broadcast feedback)
 * @param switched the switch executed in this tick, if any
 * @param problems node problems met by the poll
 */
public record TickReport(
    Optional<Observation> observation, Optional<Decision> decision, List<Event> events,
    Optional<SwitchOutcome> switched, List<String> problems) {

  public TickReport {
    Objects.requireNonNull(observation, "observation");
    Objects.requireNonNull(decision, "decision");
    events = List.copyOf(events);
    Objects.requireNonNull(switched, "switched");
    problems = List.copyOf(problems);
  }

  /** Whether an event of {@code kind} happened in this tick. */
  public boolean has(Event.Kind kind) {
    return events.stream().anyMatch(e -> e.kind() == kind);
  }
}
