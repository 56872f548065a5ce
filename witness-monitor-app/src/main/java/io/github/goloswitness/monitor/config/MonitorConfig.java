package io.github.goloswitness.monitor.config;

import io.github.goloswitness.monitor.observe.LogFormat;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The daemon's validated configuration, a drop-in superset of {@code witness_monitor.py}'s YAML.
 * Built by {@link ConfigLoader}; every component is already checked. {@link #toString()} never
 * shows a secret (they are {@link Secret}s). See {@code docs/configuration.md} for every key.
 *
 * @param nodes the nodes to talk to, the first being the local node (key {@code node}, env {@code NODE})
 * @param witness the witness account name ({@code witness}, env {@code WITNESS})
 * @param witnessPubkey this node's block signing public key, {@code GLS…} ({@code witness_pubkey})
 * @param missWindow the original script's miss counting window ({@code miss_window}, seconds)
 * @param allowedMisses misses tolerated within the window before switching ({@code allowed_misses})
 * @param policy the failover policy settings
 * @param peers the witness's other servers and their signing keys ({@code peers})
 * @param quorumNodes extra independent nodes asked to confirm that blocks are missed
 * @param quorum how many distinct nodes (of {@code nodes} and {@code quorumNodes}) must agree
 * @param activeKey where the active key comes from
 * @param signingKeyFiles files holding this node's private signing key(s), possibly empty
 * @param stateFile where the policy state is persisted
 * @param metrics the address of the metrics/health HTTP server, absent = off
 * @param alerts alert receivers
 * @param dryRun decide and log, never broadcast
 * @param logFormat text or JSON lines
 */
public record MonitorConfig(
    List<URI> nodes,
    String witness,
    String witnessPubkey,
    Duration missWindow,
    int allowedMisses,
    PolicyValues policy,
    List<Peer> peers,
    List<URI> quorumNodes,
    int quorum,
    ActiveKeySource activeKey,
    List<Path> signingKeyFiles,
    Path stateFile,
    Optional<ListenAddress> metrics,
    AlertSettings alerts,
    boolean dryRun,
    LogFormat logFormat) {

  /** Copies the lists and rejects nulls; range checks are done by {@link ConfigLoader}. */
  public MonitorConfig {
    nodes = List.copyOf(nodes);
    if (nodes.isEmpty()) {
      throw new IllegalArgumentException("node: at least one node is needed");
    }
    Objects.requireNonNull(witness, "witness");
    Objects.requireNonNull(witnessPubkey, "witnessPubkey");
    Objects.requireNonNull(missWindow, "missWindow");
    Objects.requireNonNull(policy, "policy");
    peers = List.copyOf(peers);
    quorumNodes = List.copyOf(quorumNodes);
    Objects.requireNonNull(activeKey, "activeKey");
    signingKeyFiles = List.copyOf(signingKeyFiles);
    Objects.requireNonNull(stateFile, "stateFile");
    Objects.requireNonNull(metrics, "metrics");
    Objects.requireNonNull(alerts, "alerts");
    Objects.requireNonNull(logFormat, "logFormat");
  }

  /** The local node: the first of {@link #nodes()}. */
  public URI localNode() {
    return nodes.get(0);
  }

  /**
   * Another server of the same witness: the signing key it produces with, its node, and the base
   * URL of its monitor's HTTP server (its {@code metrics.address}), whose {@code /peer} gives the
   * second opinion of rule 9; absent = judged from its node alone.
   */
  public record Peer(String signingKey, URI node, Optional<URI> monitor) {
    public Peer {
      Objects.requireNonNull(signingKey, "signingKey");
      Objects.requireNonNull(node, "node");
      Objects.requireNonNull(monitor, "monitor");
    }

    /** A peer without a monitor URL. */
    public Peer(String signingKey, URI node) {
      this(signingKey, node, Optional.empty());
    }
  }

  /** A TCP address to listen on, e.g. {@code 127.0.0.1:9464}. */
  public record ListenAddress(String host, int port) {
    public ListenAddress {
      Objects.requireNonNull(host, "host");
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port out of range: " + port);
      }
    }

    /** A socket address to bind (resolves {@code host}). */
    public InetSocketAddress toSocketAddress() {
      return new InetSocketAddress(host, port);
    }

    @Override
    public String toString() {
      return host.contains(":") ? "[" + host + "]:" + port : host + ":" + port;
    }
  }
}
