package io.github.goloswitness.monitor.daemon;

import io.github.goloswitness.client.GolosClient;
import io.github.goloswitness.client.NodeException;
import io.github.goloswitness.client.RpcListener;
import io.github.goloswitness.crypto.ChainId;
import io.github.goloswitness.crypto.PrivateKey;
import io.github.goloswitness.failover.FailoverConfig;
import io.github.goloswitness.failover.FailoverPolicy;
import io.github.goloswitness.failover.FailoverState;
import io.github.goloswitness.monitor.alert.Alert;
import io.github.goloswitness.monitor.alert.EventAlerts;
import io.github.goloswitness.monitor.config.MonitorConfig;
import io.github.goloswitness.monitor.config.PolicyValues;
import io.github.goloswitness.monitor.observe.MonitorMetrics;
import java.net.URI;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Builds a {@link Monitor} and the node clients it uses from a {@link MonitorConfig}, and closes
 * the clients. Used by {@code run}, {@code handover} and {@code demo}.
 */
public final class Wiring implements AutoCloseable {
  /** Golos's block interval and round length (chain-node config.hpp STEEMIT_BLOCK_INTERVAL, STEEMIT_MAX_WITNESSES). */
  public static final Duration BLOCK_INTERVAL = Duration.ofSeconds(3);
  public static final int ROUND_LENGTH = 21;
  /** Timeout of one read; a broadcast gets twice as long. */
  public static final Duration CALL_TIMEOUT = Duration.ofSeconds(5);

  public final GolosClient all;
  final GolosClient local;
  final Map<String, GolosClient> peers;
  private final TickReads reads;
  final FailoverPolicy policy;
  final Poller poller;
  public final Switcher switcher;

  private Wiring(MonitorConfig config, Optional<PrivateKey> activeKey, InstantSource clock, MonitorMetrics metrics,
      Duration callTimeout) {
    RpcListener listener = new RpcListener() {
      @Override
      public void onFailure(URI node, String api, String method, NodeException error) {
        metrics.rpcError(node);
      }
    };
    all = client(distinctNodes(config), listener, callTimeout);
    distinctNodes(config).forEach(metrics::rpcNode);
    config.peers().forEach(p -> metrics.rpcNode(p.node()));
    local = all.only(config.localNode());
    Map<String, GolosClient> peerClients = new LinkedHashMap<>();
    config.peers().forEach(p -> peerClients.put(p.signingKey(), client(List.of(p.node()), listener, callTimeout)));
    peers = Map.copyOf(peerClients);
    FailoverConfig failover = failoverConfig(config);
    policy = new FailoverPolicy(failover, clock);
    // The daemon's reads end by TickReads.DEADLINE; the scenarios' (a loaded test machine) get more.
    Duration deadline = callTimeout.equals(CALL_TIMEOUT) ? TickReads.DEADLINE
        : Collections.max(List.of(TickReads.DEADLINE, callTimeout.multipliedBy(2)));
    reads = new TickReads(deadline);
    List<PeerLinks.Link> links = config.peers().stream()
        .map(p -> new PeerLinks.Link(p.signingKey(), peers.get(p.signingKey()), p.monitor())).toList();
    PeerLinks peerLinks = new PeerLinks(links, config.witness(), new PeerMonitorReader(deadline),
        PeerLinks.maxReportAge(BLOCK_INTERVAL, deadline));
    poller = new Poller(all, local, config.quorum(), config.witness(), failover.maxHeadLag(), peerLinks, reads, clock);
    switcher = new Switcher(all, local, config.quorum(), config.witness(), activeKey, config.dryRun(),
        failover.blocks(failover.confirmWithin() + 1L), failover.blocks(failover.maxHeadLag()));
  }

  /** The clients for {@code config}'s nodes; opens no connection yet. */
  public static Wiring open(MonitorConfig config, Optional<PrivateKey> activeKey, InstantSource clock, MonitorMetrics metrics) {
    return open(config, activeKey, clock, metrics, CALL_TIMEOUT);
  }

  /**
   * As {@link #open(MonitorConfig, Optional, InstantSource, MonitorMetrics)} with another read
   * timeout: for the scenarios, whose slow nodes must time the client out within a short test.
   */
  public static Wiring open(MonitorConfig config, Optional<PrivateKey> activeKey, InstantSource clock, MonitorMetrics metrics,
      Duration callTimeout) {
    return new Wiring(config, activeKey, clock, metrics, callTimeout);
  }

  /** A monitor over these clients, starting from {@code initial} and persisting to the config's state file. */
  public Monitor monitor(String name, MonitorConfig config, FailoverState initial, InstantSource clock,
      Consumer<Alert> alerts, MonitorMetrics metrics) {
    EventAlerts eventAlerts = new EventAlerts(config.witness(), MonitorMetrics.nodeTag(config.localNode()), alerts);
    return new Monitor(name, config.witness(), poller, switcher, policy, new StateStore(config.stateFile()), initial, eventAlerts,
        metrics, clock, !config.signingKeyFiles().isEmpty());
  }

  /**
   * As {@link #monitor(String, MonitorConfig, FailoverState, InstantSource, Consumer, MonitorMetrics)}
   * for the daemon: the state file is saved with {@code identity}, and switches are signed for its
   * chain id (the one every node reported at start, not whichever node answers first).
   */
  public Monitor monitor(String name, MonitorConfig config, FailoverState initial, InstantSource clock,
      Consumer<Alert> alerts, MonitorMetrics metrics, StateIdentity identity) {
    switcher.useChainId(ChainId.fromHex(identity.chainId()));
    EventAlerts eventAlerts = new EventAlerts(config.witness(), MonitorMetrics.nodeTag(config.localNode()), alerts);
    return new Monitor(name, config.witness(), poller, switcher, policy, new StateStore(config.stateFile(), identity), initial,
        eventAlerts, metrics, clock, !config.signingKeyFiles().isEmpty());
  }

  /** The core's settings for {@code config} (Golos's 3 s blocks and 21-slot rounds). */
  public static FailoverConfig failoverConfig(MonitorConfig config) {
    PolicyValues p = config.policy();
    // The core wants lag and grace >= 1 block; 0 in the YAML means "as strict as possible".
    return FailoverConfig.defaults()
        .withOwnKey(config.witnessPubkey())
        .withPriority(p.priority())
        .withAllowedMisses(config.allowedMisses())
        .withMissWindow(config.missWindow())
        .withTakeoverStep(p.takeoverStep())
        .withMaxHeadLag(Math.max(1, p.maxHeadLag()))
        .withMinParticipation(p.minParticipation())
        .withCooldown(p.cooldown())
        .withMaxSwitchesPerHour(p.maxSwitchesPerHour())
        .withConfirmWithin(p.confirmWithin())
        .withReenableDisabled(p.reenableDisabled())
        .withPeerGrace(Math.max(1, p.peerGrace()))
        .withBlockInterval(BLOCK_INTERVAL)
        .withRoundLength(ROUND_LENGTH);
  }

  private static List<URI> distinctNodes(MonitorConfig config) {
    LinkedHashSet<URI> nodes = new LinkedHashSet<>(config.nodes());
    nodes.addAll(config.quorumNodes());
    return new ArrayList<>(nodes);
  }

  private static GolosClient client(List<URI> nodes, RpcListener listener, Duration callTimeout) {
    return GolosClient.builder(nodes).timeout(callTimeout).broadcastTimeout(callTimeout.multipliedBy(2))
        .maxRetries(0).listener(listener).build();
  }

  @Override
  public void close() {
    reads.close();
    all.close();
    peers.values().forEach(GolosClient::close);
  }
}
