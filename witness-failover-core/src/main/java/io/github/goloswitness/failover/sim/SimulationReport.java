package io.github.goloswitness.failover.sim;

import java.util.List;

/** All incidents of one simulation run, plus summary figures. */
public record SimulationReport(Scenario scenario, List<IncidentReport> incidents) {

  /**
   * Keeps unmodifiable copies of the lists.
   *
   * @throws NullPointerException if a list is null or holds a null
   */
  public SimulationReport {
    incidents = List.copyOf(incidents);
  }

  /** The witness's missed slots over all incidents. */
  public long totalMisses() {
    return incidents.stream().mapToLong(IncidentReport::misses).sum();
  }

  /** The on-chain key changes over all incidents. */
  public int totalSwitches() {
    return incidents.stream().mapToInt(IncidentReport::switches).sum();
  }

  /** The key changes beyond the first of each incident, over all incidents. */
  public int totalFlaps() {
    return incidents.stream().mapToInt(IncidentReport::flaps).sum();
  }

  /** Incidents whose key changed exactly once. */
  public long incidentsWithOneSwitch() {
    return incidents.stream().filter(i -> i.switches() == 1).count();
  }

  /** Mean seconds from first miss to switch over incidents with a switch, -1 when none. */
  public double meanSecondsToSwitch() {
    return incidents.stream().filter(i -> i.secondsToSwitch() >= 0).mapToLong(IncidentReport::secondsToSwitch)
        .average().orElse(-1);
  }

  /** Worst seconds from first miss to switch, -1 when no incident switched. */
  public long maxSecondsToSwitch() {
    return incidents.stream().mapToLong(IncidentReport::secondsToSwitch).max().orElse(-1);
  }

  /** Requests made while stalled or from an unhealthy node (should be 0). */
  public int unsafeRequests() {
    return incidents.stream().mapToInt(i -> i.requestsWhileStalled() + i.requestsFromUnhealthy()).sum();
  }
}
