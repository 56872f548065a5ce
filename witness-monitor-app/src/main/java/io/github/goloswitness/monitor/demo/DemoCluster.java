package io.github.goloswitness.monitor.demo;

import io.github.goloswitness.client.GolosClient;
import io.github.goloswitness.crypto.PrivateKey;
import io.github.goloswitness.failover.FailoverState;
import io.github.goloswitness.monitor.alert.Alert;
import io.github.goloswitness.monitor.config.ConfigException;
import io.github.goloswitness.monitor.config.ConfigLoader;
import io.github.goloswitness.monitor.config.MonitorConfig;
import io.github.goloswitness.monitor.daemon.Monitor;
import io.github.goloswitness.monitor.daemon.StartupChecks;
import io.github.goloswitness.monitor.daemon.StartupException;
import io.github.goloswitness.monitor.daemon.StateStore;
import io.github.goloswitness.monitor.daemon.TickReport;
import io.github.goloswitness.monitor.daemon.Wiring;
import io.github.goloswitness.monitor.observe.Health;
import io.github.goloswitness.monitor.observe.MetricsServer;
import io.github.goloswitness.monitor.observe.MonitorMetrics;
import io.github.goloswitness.monitor.observe.PeerStatus;
import io.github.goloswitness.testkit.SimNetwork;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.function.IntFunction;

/**
 * One {@link Monitor} per node of a {@link SimNetwork}, each set up the way an operator would:
 * its own directory with a YAML config, its key files written {@code 0600}, its state file, the
 * startup checks of {@code run}, the real client, signing and policy. Node {@code i} has priority
 * {@code i} and lists its own node first, then the others (quorum 2). Alerts are collected.
 * Single-threaded: tick the monitors from one thread.
 */
public final class DemoCluster implements AutoCloseable {

  /**
   * How the monitors reach the nodes.
   *
   * @param callTimeout the monitors' read timeout (the daemon's is {@link Wiring#CALL_TIMEOUT})
   * @param monitorUris node {@code i}'s monitor uses {@link SimNetwork#uri(int, String)} with
   *     client {@code "monitor" + i}, so {@link SimNetwork#partition} can cut it off
   * @param peers every monitor lists the other nodes as {@code peers} (rule 9) with their monitors:
   *     each monitor serves {@code /peer} on one loopback port per viewer, so that {@link
   *     #cutMonitors} can cut one viewer off and {@link #monitorDown} all of them
   * @param singleNode each monitor lists only its own node under {@code node} (quorum 1), as a
   *     server with one golosd and no quorum nodes is configured: when that node dies its
   *     monitor reads no chain at all (the peers' nodes are still read for rule 9)
   */
  public record Options(Duration callTimeout, boolean monitorUris, boolean peers, boolean singleNode) {
    /** Each monitor lists every node (its own first), quorum 2. */
    public Options(Duration callTimeout, boolean monitorUris, boolean peers) {
      this(callTimeout, monitorUris, peers, false);
    }

    /** The daemon's timeout, plain URIs, no peers: what {@code demo} runs. */
    static Options defaults() {
      return new Options(Wiring.CALL_TIMEOUT, false, false);
    }
  }

  private final SimNetwork network;
  private final Options options;
  private final List<MonitorConfig> configs = new ArrayList<>();
  private final List<Optional<PrivateKey>> activeKeys = new ArrayList<>();
  private final List<Wiring> wirings = new ArrayList<>();
  private final List<Monitor> monitors = new CopyOnWriteArrayList<>();
  private final List<MetricsServer> endpoints = new ArrayList<>();
  /** monitorUris[target][viewer]: where viewer's monitor reads target's /peer. */
  private URI[][] monitorUris;
  private final Set<Integer> down = ConcurrentHashMap.newKeySet();
  private final Set<List<Integer>> cut = ConcurrentHashMap.newKeySet();
  /** Every alert of every monitor, in order. */
  public final List<Alert> alerts = new CopyOnWriteArrayList<>();

  private DemoCluster(SimNetwork network, Options options) {
    this.network = network;
    this.options = options;
  }

  /**
   * Writes the files under {@code dir} and starts one monitor per node.
   *
   * @param extraYaml more config lines for node {@code i} (e.g. {@code "min_participation: 90\n"}); a
   *     {@code priority:} line there replaces the default priority {@code i}
   * @throws StartupException if a monitor's startup checks fail (they should not)
   */
  public static DemoCluster start(SimNetwork network, Path dir, IntFunction<String> extraYaml)
      throws IOException, StartupException {
    return start(network, dir, extraYaml, Options.defaults());
  }

  /** As {@link #start(SimNetwork, Path, IntFunction)} with other {@code options}. */
  public static DemoCluster start(SimNetwork network, Path dir, IntFunction<String> extraYaml, Options options)
      throws IOException, StartupException {
    DemoCluster cluster = new DemoCluster(network, options);
    try {
      if (options.peers()) {
        cluster.startEndpoints();
      }
      for (int i = 0; i < network.nodeCount(); i++) {
        cluster.add(i, dir.resolve("node" + i), extraYaml.apply(i));
      }
    } catch (IOException | StartupException | RuntimeException e) {
      cluster.close();
      throw e;
    }
    return cluster;
  }

  private void add(int i, Path dir, String extraYaml) throws IOException, StartupException {
    Files.createDirectories(dir);
    Path active = secretFile(dir.resolve("active.key"), network.activeKey().toWif());
    Path signing = secretFile(dir.resolve("signing.key"), network.signingKey(i).toWif());
    List<URI> nodes = new ArrayList<>(List.of(uri(i, i)));
    StringBuilder peers = new StringBuilder(options.peers() ? "peers:\n" : "");
    for (int j = 0; j < network.nodeCount(); j++) {
      if (j != i) {
        if (!options.singleNode()) {
          nodes.add(uri(i, j));
        }
        if (options.peers()) {
          peers.append("  - {signing_key: ").append(network.signingKey(j).publicKey()).append(", node: \"")
              .append(uri(i, j)).append("\", monitor: \"").append(monitorUris[j][i]).append("\"}\n");
        }
      }
    }
    String yaml = "node: " + nodes + "\n"
        + "witness: " + network.witness() + "\n"
        + "witness_pubkey: " + network.signingKey(i).publicKey() + "\n"
        + "key_file: " + active + "\n"
        + "signing_key_files: [" + signing + "]\n"
        + "state_file: " + dir.resolve("state.json") + "\n"
        + (extraYaml.contains("priority:") ? "" : "priority: " + i + "\n") // a scenario may give its own
        + "allowed_misses: 1\n"
        // The other nodes are independent views here: a lagging node is noticed against them.
        + "quorum: " + (options.singleNode() ? 1 : 2) + "\n"
        + peers
        + extraYaml;
    Path file = dir.resolve("witness_monitor.yml");
    Files.writeString(file, yaml);
    MonitorConfig config;
    try {
      config = ConfigLoader.load(file, java.util.Map.of()).config();
    } catch (ConfigException e) {
      throw new StartupException(e.getMessage(), StartupChecks.CONFIG);
    }
    List<PrivateKey> keys = StartupChecks.localFiles(config);
    Optional<PrivateKey> activeKey;
    try (GolosClient client = GolosClient.builder(config.nodes()).maxRetries(0).build()) {
      activeKey = StartupChecks.onChain(config, keys, client);
    }
    configs.add(config);
    activeKeys.add(activeKey);
    wirings.add(null);
    monitors.add(null);
    restart(i);
  }

  private void startEndpoints() throws IOException {
    int n = network.nodeCount();
    monitorUris = new URI[n][n];
    for (int t = 0; t < n; t++) {
      for (int v = 0; v < n; v++) {
        if (t == v) {
          continue;
        }
        int target = t;
        int viewer = v;
        MetricsServer server = MetricsServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
            MonitorMetrics.create(), () -> Health.down("peer endpoint only", java.util.Map.of()),
            () -> peerStatus(target, viewer));
        endpoints.add(server);
        monitorUris[t][v] = URI.create("http://127.0.0.1:" + server.address().getPort());
      }
    }
  }

  private Optional<PeerStatus> peerStatus(int target, int viewer) {
    if (down.contains(target) || cut.contains(List.of(viewer, target))) {
      // A dead process or a cut link does not answer as a starting monitor would (503 "no poll
      // yet", no problem for its peers): the endpoint fails instead (HTTP 500).
      throw new IllegalStateException("monitor" + target + " is down or cut off from monitor" + viewer);
    }
    if (target >= monitors.size() || monitors.get(target) == null) {
      return Optional.empty(); // still starting
    }
    return monitors.get(target).peerStatus();
  }

  /**
   * Node {@code i}'s monitor process is down ({@code true}: its {@code /peer} answers 503 to
   * everyone; the caller stops ticking it) or back.
   */
  public void monitorDown(int i, boolean isDown) {
    if (isDown) {
      down.add(i);
    } else {
      down.remove(i);
    }
  }

  /** Monitor {@code viewer} cannot read the {@code /peer} of {@code targets} (replaces its previous cut). */
  public void cutMonitors(int viewer, int... targets) {
    cut.removeIf(pair -> pair.get(0) == viewer);
    for (int t : targets) {
      cut.add(List.of(viewer, t));
    }
  }

  /** Node {@code node}'s URI as monitor {@code monitor} reaches it. */
  private URI uri(int monitor, int node) {
    return options.monitorUris() ? network.uri(node, "monitor" + monitor) : network.uri(node);
  }

  private static Path secretFile(Path file, String secret) throws IOException {
    Files.deleteIfExists(file);
    Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    Files.writeString(file, secret + "\n");
    return file;
  }

  /** Node {@code i}'s monitor. */
  public Monitor monitor(int i) {
    return monitors.get(i);
  }

  /** How many monitors there are. */
  int size() {
    return monitors.size();
  }

  /** Node {@code i}'s config. */
  public MonitorConfig config(int i) {
    return configs.get(i);
  }

  /**
   * Replaces node {@code i}'s monitor by a new one that loads the state file, as a restarted
   * daemon would.
   */
  public Monitor restart(int i) {
    if (wirings.get(i) != null) {
      wirings.get(i).close();
    }
    MonitorConfig config = configs.get(i);
    MonitorMetrics metrics = MonitorMetrics.create();
    Wiring wiring = Wiring.open(config, activeKeys.get(i), network.clock(), metrics, options.callTimeout());
    StateStore.LoadResult loaded = new StateStore(config.stateFile()).load();
    FailoverState initial = loaded.state().isEmpty() ? FailoverState.initial() : FailoverState.fromMap(loaded.state());
    Monitor monitor = wiring.monitor("node" + i, config, initial, network.clock(), alerts::add, metrics);
    wirings.set(i, wiring);
    monitors.set(i, monitor);
    return monitor;
  }

  /** Ticks every monitor once, in node order; returns their reports. */
  public List<TickReport> tickAll() {
    List<TickReport> reports = new ArrayList<>();
    for (Monitor m : monitors) {
      reports.add(m.tick());
    }
    return reports;
  }

  @Override
  public void close() {
    wirings.stream().filter(w -> w != null).forEach(Wiring::close);
    endpoints.forEach(MetricsServer::close);
  }
}
