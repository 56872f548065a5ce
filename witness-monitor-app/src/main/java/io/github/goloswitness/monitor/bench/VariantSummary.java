package io.github.goloswitness.monitor.bench;

import io.github.goloswitness.failover.sim.IncidentReport;
import io.github.goloswitness.failover.sim.SimulationReport;
import java.util.Arrays;
import java.util.List;

/**
 * One variant's figures over all incidents. Percentiles are nearest-rank (the value at rank
 * ⌈p·n⌉ of the sorted values), so they are always an observed value.
 *
 * @param name short label
 * @param description what the variant runs
 * @param incidents incidents run
 * @param missesMean mean slots missed per incident
 * @param missesP95 95th percentile of slots missed per incident
 * @param switchSecondsMedian median chain seconds from the first miss to the first key change,
 *     over incidents whose key changed; -1 when none did
 * @param switchSecondsP95 95th percentile of the same
 * @param unrepaired incidents whose key never changed after the crash
 * @param switchesMean mean key changes on chain per incident
 * @param flaps key changes beyond the first one in an incident, summed over incidents
 * @param broadcastsMean mean {@code witness_update} broadcasts per incident (all monitors)
 * @param leads incidents and misses by crash position: 0, 1, 2 and 3+ slots from the crash to the
 *     witness's next slot
 */
record VariantSummary(
    String name,
    String description,
    int incidents,
    double missesMean,
    long missesP95,
    long switchSecondsMedian,
    long switchSecondsP95,
    int unrepaired,
    double switchesMean,
    int flaps,
    double broadcastsMean,
    List<Lead> leads) {

  /** Incidents whose crash came {@code slots} slots before the witness's next slot, and their misses. */
  record Lead(String slots, int incidents, long misses) {}

  VariantSummary {
    leads = List.copyOf(leads);
  }

  static VariantSummary of(String name, String description, SimulationReport report) {
    List<IncidentReport> all = report.incidents();
    long[] misses = all.stream().mapToLong(IncidentReport::misses).sorted().toArray();
    long[] seconds = all.stream().mapToLong(IncidentReport::secondsToSwitch).filter(s -> s >= 0).sorted().toArray();
    return new VariantSummary(name, description, all.size(),
        Arrays.stream(misses).average().orElse(0),
        percentile(misses, 95),
        percentile(seconds, 50),
        percentile(seconds, 95),
        all.size() - seconds.length,
        all.stream().mapToInt(IncidentReport::switches).average().orElse(0),
        report.totalFlaps(),
        all.stream().mapToInt(IncidentReport::requests).average().orElse(0),
        leads(all));
  }

  /** Groups incidents by {@link IncidentReport#faultLead()}: 0, 1, 2, 3+ (unknown leads left out). */
  static List<Lead> leads(List<IncidentReport> all) {
    List<Lead> out = new java.util.ArrayList<>();
    for (int lead = 0; lead <= 3; lead++) {
      int from = lead;
      List<IncidentReport> group = all.stream()
          .filter(i -> from < 3 ? i.faultLead() == from : i.faultLead() >= 3).toList();
      out.add(new Lead(lead < 3 ? Integer.toString(lead) : "3+", group.size(),
          group.stream().mapToLong(IncidentReport::misses).sum()));
    }
    return out;
  }

  /** Nearest-rank percentile of sorted values; -1 for none. */
  static long percentile(long[] sorted, int p) {
    if (p < 1 || p > 100) {
      throw new IllegalArgumentException("percentile not in 1..100: " + p);
    }
    if (sorted.length == 0) {
      return -1;
    }
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(rank, 1) - 1];
  }
}
