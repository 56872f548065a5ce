package io.github.goloswitness.monitor.daemon;

import io.github.goloswitness.client.DynamicGlobalProperties;
import io.github.goloswitness.client.GolosClient;
import io.github.goloswitness.failover.PeerHealth;
import io.github.goloswitness.failover.PeerMonitor;
import io.github.goloswitness.failover.PeerReport;
import io.github.goloswitness.monitor.observe.PeerStatus;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;

/**
 * The witness's other servers as {@link Poller} reads them (rule 9): each peer's node (its head)
 * and, when configured, its monitor's {@code /peer} status. Turns one tick's reads into the
 * core's {@link PeerHealth}. Immutable; the reads run on {@link TickReads}.
 */
final class PeerLinks {

  /**
   * One peer: the signing key it holds, a client of its node, and its monitor's base URL if known.
   */
  record Link(String signingKey, GolosClient node, Optional<URI> monitor) {
    Link {
      Objects.requireNonNull(signingKey, "signingKey");
      Objects.requireNonNull(node, "node");
      Objects.requireNonNull(monitor, "monitor");
    }

    URI nodeUri() {
      return node.nodes().get(0);
    }
  }

  private final List<Link> links;
  private final String witness;
  private final PeerMonitorReader monitors;
  private final Duration maxReportAge;

  /**
   * @param maxReportAge a peer monitor's report whose poll is older than this (by its own clock,
   *     {@link PeerStatus#ageSeconds()}) counts as {@link PeerMonitor#STALE}: no say
   */
  PeerLinks(List<Link> links, String witness, PeerMonitorReader monitors, Duration maxReportAge) {
    this.links = List.copyOf(links);
    this.witness = Objects.requireNonNull(witness, "witness");
    this.monitors = Objects.requireNonNull(monitors, "monitors");
    this.maxReportAge = Objects.requireNonNull(maxReportAge, "maxReportAge");
  }

  /**
   * The oldest report worth a say: two block intervals plus one poll's reads. A monitor polls once
   * per block and serves its last poll, so a live one is never older than one block and a poll.
   */
  static Duration maxReportAge(Duration blockInterval, Duration pollDeadline) {
    return blockInterval.multipliedBy(2).plus(pollDeadline);
  }

  /** No peers configured. */
  static PeerLinks none(String witness) {
    return new PeerLinks(List.of(), witness, new PeerMonitorReader(TickReads.DEADLINE), Duration.ZERO);
  }

  boolean isEmpty() {
    return links.isEmpty();
  }

  /** The peers' nodes that are not among {@code alreadyRead} (their head is read there). */
  List<Link> nodesToRead(List<URI> alreadyRead) {
    return links.stream().filter(l -> !new HashSet<>(alreadyRead).contains(l.nodeUri())).toList();
  }

  /** One read per configured peer monitor, in peer order. */
  List<Callable<Object>> monitorReads() {
    List<Callable<Object>> reads = new ArrayList<>();
    for (Link l : links) {
      l.monitor().ifPresent(uri -> reads.add(() -> monitors.read(uri)));
    }
    return reads;
  }

  /**
   * The peers' health from this tick's reads.
   *
   * @param heads each node's head by URI, from this tick (missing = did not answer)
   * @param statuses the outcomes of {@link #monitorReads()}, in the same order
   * @param age a head time's age against the monitor's clock
   * @param problems where a misconfigured or silent peer monitor is reported
   */
  List<PeerHealth> health(Map<URI, DynamicGlobalProperties> heads, List<TickReads.Result<Object>> statuses,
      Function<Instant, Duration> age, List<String> problems) {
    List<PeerHealth> out = new ArrayList<>();
    int next = 0;
    for (Link l : links) {
      DynamicGlobalProperties head = heads.get(l.nodeUri());
      PeerHealth seen = head == null ? PeerHealth.unreachable(l.signingKey())
          : new PeerHealth(l.signingKey(), true, age.apply(head.time()));
      PeerMonitor monitor = PeerMonitor.NOT_CONFIGURED;
      if (l.monitor().isPresent()) {
        monitor = report(l, statuses.get(next++), problems);
      }
      out.add(seen.withMonitor(monitor));
    }
    return out;
  }

  private PeerMonitor report(Link l, TickReads.Result<Object> result, List<String> problems) {
    URI uri = PeerMonitorReader.endpoint(l.monitor().get());
    if (!result.ok()) {
      if (!(result.error() instanceof PeerMonitorReader.Starting)) { // a moment at each start: no problem
        problems.add("peer monitor " + uri + " did not answer (" + Poller.message(result.error()) + ")");
      }
      return PeerMonitor.UNREACHABLE;
    }
    PeerStatus s = (PeerStatus) result.value();
    if (!s.witness().equals(witness) || !s.signingKey().equals(l.signingKey())) {
      problems.add("peer monitor " + uri + " speaks for witness " + s.witness() + " key " + s.signingKey()
          + ", not " + witness + " key " + l.signingKey() + ": check its peers entry; ignored");
      return PeerMonitor.UNREACHABLE;
    }
    if (s.ageSeconds() > maxReportAge.toSeconds()) {
      problems.add("peer monitor " + uri + " serves a poll " + s.ageSeconds() + " s old (> " + maxReportAge.toSeconds()
          + " s): its loop is stuck; ignored");
      return PeerMonitor.STALE;
    }
    return new PeerReport(s.headBlock(), s.priority(), s.nodeUp(), s.producing(), new HashSet<>(s.peersDown()));
  }
}
