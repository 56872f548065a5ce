package io.github.goloswitness.failover.sim;

/**
 * What happened in one simulated incident.
 *
 * @param number 1-based incident number
 * @param kind the injected fault
 * @param misses slots of the witness missed during the incident
 * @param secondsToSwitch chain seconds from the first miss counted once the fault started to the
 *     first key change on chain since the fault started (0 when the switch came before any miss),
 *     -1 when the key did not change after the fault started
 * @param switches key changes on chain during the incident
 * @param flaps key changes beyond the first one
 * @param requests switch requests (TakeOver decisions) by all monitors
 * @param requestsWhileStalled requests made while the monitor saw participation below the minimum
 * @param requestsFromUnhealthy requests made by a monitor whose node was stale or not synced
 * @param finalProducer the node holding the on-chain key at the end ("none" when no node does)
 * @param finalPriority that node's priority, -1 for none
 * @param bestHealthyPriority the best priority among nodes up and synced at the end, -1 for none
 * @param faultLead slots from the fault's start to the witness's next scheduled slot (0: the
 *     fault hit just before its own slot), -1 when the witness was not scheduled
 */
public record IncidentReport(
    int number,
    Scenario.Kind kind,
    long misses,
    long secondsToSwitch,
    int switches,
    int flaps,
    int requests,
    int requestsWhileStalled,
    int requestsFromUnhealthy,
    String finalProducer,
    int finalPriority,
    int bestHealthyPriority,
    int faultLead) {}
