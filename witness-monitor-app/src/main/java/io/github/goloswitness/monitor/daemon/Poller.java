package io.github.goloswitness.monitor.daemon;

import io.github.goloswitness.client.Disagreement;
import io.github.goloswitness.client.DynamicGlobalProperties;
import io.github.goloswitness.client.GolosClient;
import io.github.goloswitness.client.NodeException;
import io.github.goloswitness.client.NodeUnreachableException;
import io.github.goloswitness.failover.NodeHealth;
import io.github.goloswitness.failover.Observation;
import io.github.goloswitness.failover.PeerHealth;
import io.github.goloswitness.failover.Version;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * Reads one {@link Observation}: the local node's health (how far its head is behind the chain,
 * judged by {@link ChainClock} from the newest head any node gave, not by this server's clock;
 * binary version from {@code get_config}; whether it keeps up with the quorum), the head and the
 * witness as agreed by {@code quorum} nodes, the hardfork version and the peers' health (their
 * nodes and their monitors' {@code /peer}). The reads of the quorum nodes, the peers' nodes and the
 * peers' monitors run concurrently under one deadline shorter than a block ({@link TickReads}), so
 * dead nodes that time out cannot delay detection. Node failures never escape: they become an
 * unhealthy local node, {@code quorumOk=false}, an unreachable peer, or no observation at all. Not
 * thread-safe (caches the local version).
 */
public final class Poller {
  /** A local node that does not answer is treated as this far behind. */
  static final Duration UNREACHABLE_AGE = Duration.ofDays(365);
  private static final Version UNKNOWN_VERSION = new Version(0, 0, 0);
  /** Hardforks are rare: the chain's version is read again once per round. */
  private static final long HARDFORK_REFRESH_BLOCKS = 21;

  private final GolosClient all;
  private final GolosClient local;
  private final int quorum;
  private final String witness;
  private final int maxHeadLag;
  private final PeerLinks peers;
  private final TickReads reads;
  private final InstantSource clock;
  private final URI localUri;
  private final ChainClock chainClock = new ChainClock(Wiring.BLOCK_INTERVAL);
  /** The monitor's clock when this poll's reads ended. */
  private Instant now;
  private Version localVersion;
  private Version hardfork;
  private long hardforkCheckedAt;

  /**
   * @param all every node (local first, then the others and the quorum nodes)
   * @param local the local node only
   * @param quorum how many nodes must agree on the view
   * @param maxHeadLag blocks the local head may be behind the quorum's and still count as synced
   * @param peers the witness's other servers (rule 9), may be empty
   * @param reads runs one tick's reads concurrently under its deadline
   */
  Poller(GolosClient all, GolosClient local, int quorum, String witness, int maxHeadLag, PeerLinks peers,
      TickReads reads, InstantSource clock) {
    this.all = Objects.requireNonNull(all, "all");
    this.local = Objects.requireNonNull(local, "local");
    this.localUri = local.nodes().get(0);
    this.quorum = quorum;
    this.witness = Objects.requireNonNull(witness, "witness");
    this.maxHeadLag = maxHeadLag;
    this.peers = Objects.requireNonNull(peers, "peers");
    this.reads = Objects.requireNonNull(reads, "reads");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** What one node answered: its head, then the witness or the node's failure to give it. */
  private record NodeRead(DynamicGlobalProperties head, ChainView view, NodeException witnessError) {}

  /** Polls every node once; never throws for node failures. */
  Poll poll() {
    List<String> problems = new ArrayList<>();
    List<URI> nodes = all.nodes();
    List<PeerLinks.Link> peerNodes = peers.nodesToRead(nodes);
    List<Callable<Object>> monitorReads = peers.monitorReads();
    List<Callable<Object>> tasks = new ArrayList<>();
    for (URI uri : nodes) {
      GolosClient node = all.only(uri);
      tasks.add(() -> {
        DynamicGlobalProperties head = node.getDynamicGlobalProperties();
        try {
          return new NodeRead(head, ChainView.read(node, witness, head), null);
        } catch (NodeException e) {
          return new NodeRead(head, null, e); // the head is still worth having (a peer's, the local one)
        }
      });
    }
    peerNodes.forEach(p -> tasks.add(() -> p.node().getDynamicGlobalProperties()));
    tasks.addAll(monitorReads);
    List<TickReads.Result<Object>> results = reads.run(tasks);

    Map<URI, DynamicGlobalProperties> heads = new LinkedHashMap<>();
    for (int i = 0; i < nodes.size(); i++) {
      if (results.get(i).ok()) {
        heads.put(nodes.get(i), ((NodeRead) results.get(i).value()).head());
      }
    }
    for (int i = 0; i < peerNodes.size(); i++) {
      TickReads.Result<Object> r = results.get(nodes.size() + i);
      if (r.ok()) {
        heads.put(peerNodes.get(i).nodeUri(), (DynamicGlobalProperties) r.value());
      }
    }
    List<TickReads.Result<Object>> statuses = results.subList(nodes.size() + peerNodes.size(), results.size());
    now = clock.instant();
    heads.values().stream().max(java.util.Comparator.comparing(DynamicGlobalProperties::time))
        .ifPresent(newest -> chainClock.observe(now, newest.headBlockNumber(), newest.time()));
    // Read even when the chain is not: /peer then still says which peers this monitor could read.
    List<String> peerProblems = new ArrayList<>(); // listed after the chain's own problems
    List<PeerHealth> peerHealth = peers.health(heads, statuses, this::age, peerProblems);

    Map<URI, ChainView> views = new LinkedHashMap<>();
    Map<URI, String> seen = new LinkedHashMap<>();
    Map<Agreement, Integer> votes = new LinkedHashMap<>();
    Agreement agreed = null;
    String localError = null;
    Exception localFailure = null;
    for (int i = 0; i < nodes.size(); i++) {
      URI uri = nodes.get(i);
      TickReads.Result<Object> r = results.get(i);
      if (r.ok() && ((NodeRead) r.value()).view() != null) {
        ChainView view = ((NodeRead) r.value()).view();
        views.put(uri, view);
        Agreement a = new Agreement(view.signingKey(), view.totalMissed());
        seen.put(uri, a.toString());
        // The client's quorum rule: the first value seen by `quorum` nodes, in configured order.
        if (agreed == null && votes.merge(a, 1, Integer::sum) >= quorum) {
          agreed = a;
        }
        continue;
      }
      Exception error = r.ok() ? ((NodeRead) r.value()).witnessError() : r.error();
      if (!(error instanceof NodeException) && !(error instanceof InterruptedIOException) && agreed == null) {
        problems.add(message(error)); // not a node fault (e.g. no such witness): nothing to decide on
        return Poll.unknown(with(problems, peerProblems), peerHealth);
      }
      seen.put(uri, "error: " + message(error));
      if (uri.equals(localUri)) {
        localError = message(error);
        localFailure = error;
      }
    }
    ChainView view;
    boolean quorumOk = agreed != null;
    if (quorumOk) {
      // Nodes agree when they see the same key and miss counter: a node one block ahead of another
      // (a block arrived between the two reads) is no disagreement. The freshest agreeing view wins.
      Agreement a = agreed;
      view = views.values().stream()
          .filter(v -> v.signingKey().equals(a.signingKey()) && v.totalMissed() == a.totalMissed())
          .max(java.util.Comparator.comparingLong(ChainView::headBlock)).orElseThrow();
    } else if (views.isEmpty()) {
      // Nothing to disagree about: no node gave the witness. Say which failed and how (a timeout
      // names its limit), not "no quorum", which reads as nodes contradicting each other.
      problems.add(nodes.size() == 1
          ? "local node " + localUri + " did not answer (" + localError + "); no other node to read the chain from"
          : "no node answered: " + seen.entrySet().stream().map(e -> e.getKey() + " " + e.getValue().replaceFirst(
              "^error: ", "")).collect(java.util.stream.Collectors.joining("; ")));
      localVersion = null; // a restarted node may run another binary: read it again
      return Poll.unknown(with(problems, peerProblems), peerHealth);
    } else {
      problems.add("no quorum: " + new Disagreement(quorum, seen));
      view = views.values().iterator().next(); // the first node that answered, in configured order
    }
    DynamicGlobalProperties head = heads.get(localUri);
    if (head == null) {
      problems.add("local node " + localUri + " did not answer" + (localError == null ? "" : " (" + localError + ")"));
      localVersion = null; // a restarted node may run another binary: read it again
    }
    try {
      if (head != null && localVersion == null) {
        localVersion = Version.parse(bounded(() -> local.getConfig().blockchainVersion()));
      }
    } catch (IOException | RuntimeException e) {
      problems.add("local node version: " + message(e));
    }
    if (hardfork == null || view.headBlock() >= hardforkCheckedAt + HARDFORK_REFRESH_BLOCKS) {
      // Asked of a node that just answered, not through the failover (a hung first node would cost its timeout).
      URI answered = views.keySet().iterator().next();
      try {
        hardfork = Version.parse(bounded(() -> all.only(answered).getHardforkVersion()));
        hardforkCheckedAt = view.headBlock();
      } catch (IOException | RuntimeException e) {
        problems.add("hardfork version: " + message(e));
        if (hardfork == null) {
          return Poll.unknown(with(problems, peerProblems), peerHealth);
        }
      }
    }
    NodeHealth health = head == null
        ? new NodeHealth(UNREACHABLE_AGE, UNKNOWN_VERSION, false)
        : new NodeHealth(age(head.time()), localVersion == null ? UNKNOWN_VERSION : localVersion,
            head.headBlockNumber() + maxHeadLag >= view.headBlock());
    // Rule 4 sees the lower: a stall needs ~5 min to pull the 128-slot average below 33 %, the last round 1 min.
    int participation = (int) Math.min(view.participation(), view.recentParticipation());
    Observation observation = new Observation(view.headBlock(), view.headTime(),
        participation, view.signingKey(), view.totalMissed(),
        view.lastConfirmedBlock(), hardfork, health, quorumOk, peerHealth);
    return new Poll(Optional.of(observation), with(problems, peerProblems), head == null && refused(localFailure),
        peerHealth);
  }

  /** One more read under the tick's deadline, so that a node slowing down cannot stretch the poll. */
  private String bounded(Callable<String> read) throws IOException {
    TickReads.Result<String> r = reads.run(List.of(read)).get(0);
    if (r.ok()) {
      return r.value();
    }
    if (r.error() instanceof IOException e) {
      throw e;
    }
    if (r.error() instanceof RuntimeException e) {
      throw e;
    }
    throw new IOException(message(r.error()), r.error());
  }

  private static List<String> with(List<String> problems, List<String> more) {
    problems.addAll(more);
    return problems;
  }

  /** Whether {@code e} is a refused connection: nothing listens, the local golosd is not running. */
  private static boolean refused(Exception e) {
    if (!(e instanceof NodeUnreachableException)) {
      return false;
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ConnectException) {
        return true;
      }
    }
    return false;
  }

  /** What quorum nodes must agree on. */
  private record Agreement(String signingKey, long totalMissed) {
    @Override
    public String toString() {
      return "key " + signingKey + " total_missed " + totalMissed;
    }
  }

  /** How far a head is behind the chain now, judged by the chain's pace, not by this server's clock. */
  private Duration age(Instant headTime) {
    return chainClock.age(headTime, now);
  }

  public static String message(Exception e) {
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
  }
}
