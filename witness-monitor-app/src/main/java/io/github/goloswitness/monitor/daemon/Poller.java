package io.github.goloswitness.monitor.daemon;

import io.github.goloswitness.client.DisagreementException;
import io.github.goloswitness.client.DynamicGlobalProperties;
import io.github.goloswitness.client.GolosClient;
import io.github.goloswitness.failover.NodeHealth;
import io.github.goloswitness.failover.Observation;
import io.github.goloswitness.failover.PeerHealth;
import io.github.goloswitness.failover.Version;
import java.io.IOException;
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
import java.util.concurrent.atomic.AtomicReference;

/**
 * Reads one {@link Observation}: the local node's health (head age against the injected clock,
 * binary version from {@code get_config}, whether it keeps up with the quorum), the head and the
 * witness as agreed by {@code quorum} nodes, the hardfork version and the peers' health. Node
 * failures never escape: they become an unhealthy local node, {@code quorumOk=false}, an
 * unreachable peer, or no observation at all. Not thread-safe (caches the local version).
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
  private final Map<String, GolosClient> peers;
  private final InstantSource clock;
  private final URI localUri;
  private Version localVersion;
  private Version hardfork;
  private long hardforkCheckedAt;

  /**
   * @param all every node (local first, then the others and the quorum nodes)
   * @param local the local node only
   * @param quorum how many nodes must agree on the view
   * @param maxHeadLag blocks the local head may be behind the quorum's and still count as synced
   * @param peers the witness's other nodes by the signing key they hold (rule 9), may be empty
   */
  Poller(GolosClient all, GolosClient local, int quorum, String witness, int maxHeadLag,
      Map<String, GolosClient> peers, InstantSource clock) {
    this.all = Objects.requireNonNull(all, "all");
    this.local = Objects.requireNonNull(local, "local");
    this.localUri = local.nodes().get(0);
    this.quorum = quorum;
    this.witness = Objects.requireNonNull(witness, "witness");
    this.maxHeadLag = maxHeadLag;
    this.peers = Map.copyOf(peers);
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** Polls every node once; never throws for node failures. */
  Poll poll() {
    List<String> problems = new ArrayList<>();
    // The local node is the first quorum node: its head is kept from the quorum read, not read twice.
    AtomicReference<DynamicGlobalProperties> localHead = new AtomicReference<>();
    // Why the local node failed: a quorum read that succeeds without it keeps no trace of the error.
    AtomicReference<String> localError = new AtomicReference<>();
    Map<URI, ChainView> views = new LinkedHashMap<>();
    ChainView view;
    boolean quorumOk = true;
    try {
      // Nodes agree when they see the same key and miss counter: a node one block ahead of another
      // (a block arrived between the two reads) is no disagreement. The freshest agreeing view wins.
      Agreement agreed = all.readQuorum(quorum, node -> {
        URI uri = node.nodes().get(0);
        try {
          DynamicGlobalProperties head = node.getDynamicGlobalProperties();
          if (uri.equals(localUri)) {
            localHead.set(head);
          }
          ChainView seen = ChainView.read(node, witness, head);
          views.put(uri, seen);
          return new Agreement(seen.signingKey(), seen.totalMissed());
        } catch (IOException | RuntimeException e) {
          if (uri.equals(localUri)) {
            localError.set(message(e));
          }
          throw e;
        }
      });
      view = views.values().stream()
          .filter(v -> v.signingKey().equals(agreed.signingKey()) && v.totalMissed() == agreed.totalMissed())
          .max(java.util.Comparator.comparingLong(ChainView::headBlock)).orElseThrow();
    } catch (DisagreementException e) {
      quorumOk = false;
      problems.add("no quorum: " + e.getMessage());
      Optional<ChainView> fallback = anyView(problems);
      if (fallback.isEmpty()) {
        return Poll.unknown(problems);
      }
      view = fallback.get();
    } catch (IOException | RuntimeException e) {
      problems.add(message(e));
      return Poll.unknown(problems);
    }
    if (localHead.get() == null) {
      problems.add("local node " + localUri + " did not answer"
          + (localError.get() == null ? "" : " (" + localError.get() + ")"));
      localVersion = null; // a restarted node may run another binary: read it again
    }
    try {
      if (localHead.get() != null && localVersion == null) {
        localVersion = Version.parse(local.getConfig().blockchainVersion());
      }
    } catch (IOException | RuntimeException e) {
      problems.add("local node version: " + message(e));
    }
    if (hardfork == null || view.headBlock() >= hardforkCheckedAt + HARDFORK_REFRESH_BLOCKS) {
      try {
        hardfork = Version.parse(all.getHardforkVersion());
        hardforkCheckedAt = view.headBlock();
      } catch (IOException | RuntimeException e) {
        problems.add("hardfork version: " + message(e));
        if (hardfork == null) {
          return Poll.unknown(problems);
        }
      }
    }
    DynamicGlobalProperties head = localHead.get();
    NodeHealth health = head == null
        ? new NodeHealth(UNREACHABLE_AGE, UNKNOWN_VERSION, false)
        : new NodeHealth(age(head.time()), localVersion == null ? UNKNOWN_VERSION : localVersion,
            head.headBlockNumber() + maxHeadLag >= view.headBlock());
    // Rule 4 sees the lower: a stall needs ~5 min to pull the 128-slot average below 33 %, the last round 1 min.
    int participation = (int) Math.min(view.participation(), view.recentParticipation());
    Observation seen = new Observation(view.headBlock(), view.headTime(),
        participation, view.signingKey(), view.totalMissed(),
        view.lastConfirmedBlock(), hardfork, health, quorumOk, peerHealth());
    return new Poll(Optional.of(seen), problems);
  }

  /** What quorum nodes must agree on. */
  private record Agreement(String signingKey, long totalMissed) {
    @Override
    public String toString() {
      return "key " + signingKey + " total_missed " + totalMissed;
    }
  }

  private Optional<ChainView> anyView(List<String> problems) {
    try {
      return Optional.of(ChainView.read(all, witness));
    } catch (IOException | RuntimeException e) {
      problems.add(message(e));
      return Optional.empty();
    }
  }

  private List<PeerHealth> peerHealth() {
    List<PeerHealth> list = new ArrayList<>();
    peers.forEach((key, node) -> {
      try {
        list.add(new PeerHealth(key, true, age(node.getDynamicGlobalProperties().time())));
      } catch (IOException | RuntimeException e) {
        list.add(PeerHealth.unreachable(key));
      }
    });
    return list;
  }

  private Duration age(Instant headTime) {
    Duration age = Duration.between(headTime, clock.instant());
    return age.isNegative() ? Duration.ZERO : age;
  }

  public static String message(Exception e) {
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
  }
}
