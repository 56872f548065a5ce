package io.github.goloswitness.failover.sim;

import java.util.List;

/** All incidents of one simulation run, plus summary figures. */
public record SimulationReport(Scenario scenario, List<IncidentReport> incidents) {

  public SimulationReport {
    incidents = List.copyOf(incidents);
  }

  public long totalMisses() {
    return incidents.stream().mapToLong(IncidentReport::misses).sum();
  }

  public int totalSwitches() {
    return incidents.stream().mapToInt(IncidentReport::switches).sum();
  }

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
