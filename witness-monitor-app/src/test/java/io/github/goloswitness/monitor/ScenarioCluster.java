package io.github.goloswitness.monitor;

import io.github.goloswitness.monitor.alert.Alert;
import io.github.goloswitness.monitor.config.MonitorConfig;
import io.github.goloswitness.monitor.daemon.Monitor;
import io.github.goloswitness.monitor.daemon.StateStore;
import io.github.goloswitness.monitor.daemon.TickReport;
import io.github.goloswitness.monitor.daemon.Wiring;
import io.github.goloswitness.monitor.demo.DemoCluster;
import io.github.goloswitness.testkit.ReplyFault;
import io.github.goloswitness.testkit.SimConfig;
import io.github.goloswitness.testkit.SimEvent;
import io.github.goloswitness.testkit.SimNetwork;
import io.github.goloswitness.testkit.SlotEvent;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.IntFunction;

/**
 * Test support for the fault-injection scenarios ({@code ...monitor.scenarios}): a {@link
 * SimNetwork} over real HTTP with one real {@link Monitor} per node (the daemon's wiring via
 * {@link DemoCluster}: config file, key files, state file, client, signing, policy), stepped time,
 * captured logs, and a tally of the key changes judged against the faults injected through it.
 *
 * <p>Faults must be injected through this class (not on {@link #net()} directly) so that a key
 * change can be judged: a <em>false switch</em> moves the key away from a node that could produce,
 * or onto one that cannot; a <em>flap</em> gives the key back to the key it replaced within the
 * policy's cooldown (2 rounds). Single-threaded.
 */
public final class ScenarioCluster implements AutoCloseable {
  /** Blocks in which giving a key back counts as a flap (the default cooldown: 2 rounds). */
  public static final int FLAP_BLOCKS = 42;

  private final SimNetwork net;
  private final DemoCluster cluster;
  private final LogCapture logs;
  private final boolean[] monitorStopped;
  private final boolean[] lagging;
  private final boolean[] oldVersion;
  private final Map<String, Integer> nodeOfKey = new HashMap<>();
  private final List<SimEvent.KeyChanged> keyChanges = new ArrayList<>();
  private final List<String> faults = new ArrayList<>();
  private boolean stalled;
  private int falseSwitches;
  private int flaps;

  private ScenarioCluster(SimNetwork net, DemoCluster cluster, LogCapture logs) {
    this.net = net;
    this.cluster = cluster;
    this.logs = logs;
    monitorStopped = new boolean[net.nodeCount()];
    lagging = new boolean[net.nodeCount()];
    oldVersion = new boolean[net.nodeCount()];
    for (int i = 0; i < net.nodeCount(); i++) {
      nodeOfKey.put(net.signingKey(i).publicKey().toString(), i);
    }
    net.addListener(e -> {
      if (e instanceof SimEvent.KeyChanged k && k.witness().equals(net.witness())) {
        judge(k);
      }
    });
  }

  /**
   * Starts {@code nodes} nodes, node {@code i} with priority {@code i}, node 0 producing, and one
   * monitor per node with files under {@code dir}; every monitor ticks once.
   *
   * @param extraYaml more config lines for node {@code i}
   */
  public static ScenarioCluster start(int nodes, long seed, Path dir, IntFunction<String> extraYaml)
      throws Exception {
    return start(nodes, seed, dir, extraYaml, Wiring.CALL_TIMEOUT, false);
  }

  /**
   * As {@link #start(int, long, Path, IntFunction)} with the monitors' read timeout set to {@code
   * callTimeout} (the daemon's is 5 s; a slow-node scenario needs a short one) and, if {@code
   * peers}, every other node listed as a peer (rule 9). Each monitor reaches the nodes through its
   * own URIs ({@code /monitorN/}), so {@link #partition} can cut it off.
   */
  public static ScenarioCluster start(int nodes, long seed, Path dir, IntFunction<String> extraYaml,
      Duration callTimeout, boolean peers) throws Exception {
    return start(nodes, seed, dir, extraYaml, new DemoCluster.Options(callTimeout, true, peers));
  }

  /** As {@link #start(int, long, Path, IntFunction, Duration, boolean)} with every option of the cluster. */
  public static ScenarioCluster start(int nodes, long seed, Path dir, IntFunction<String> extraYaml,
      DemoCluster.Options options) throws Exception {
    LogCapture logs = new LogCapture();
    SimNetwork net = SimNetwork.start(SimConfig.defaults().withNodes(nodes).withSeed(seed));
    try {
      ScenarioCluster c = new ScenarioCluster(net, DemoCluster.start(net, dir, extraYaml, options), logs);
      c.cluster.tickAll();
      return c;
    } catch (Exception | Error e) {
      net.close();
      logs.close();
      throw e;
    }
  }

  private void judge(SimEvent.KeyChanged k) {
    Integer from = nodeOfKey.get(k.oldKey());
    Integer to = nodeOfKey.get(k.newKey());
    if ((from != null && canProduce(from)) || (to != null && !canProduce(to))) {
      falseSwitches++;
    }
    for (SimEvent.KeyChanged earlier : keyChanges) {
      if (earlier.oldKey().equals(k.newKey()) && k.block() - earlier.block() <= FLAP_BLOCKS) {
        flaps++;
      }
    }
    keyChanges.add(k);
  }

  /** Whether {@code node}'s golosd could produce now, as far as injected faults go. */
  public boolean canProduce(int node) {
    return net.isUp(node) && !lagging[node] && !oldVersion[node] && !stalled;
  }

  /** The network, for reading chain truth and events. Inject faults through this class. */
  public SimNetwork net() {
    return net;
  }

  /** Node {@code i}'s monitor (replaced by {@link #restartMonitor}). */
  public Monitor monitor(int i) {
    return cluster.monitor(i);
  }

  /** Node {@code i}'s config. */
  public MonitorConfig config(int i) {
    return cluster.config(i);
  }

  /** One slot, then every running monitor ticks once in node order; returns their reports. */
  public List<TickReport> step() {
    net.advanceSlot();
    List<TickReport> reports = new ArrayList<>();
    for (int i = 0; i < net.nodeCount(); i++) {
      if (!monitorStopped[i]) {
        reports.add(cluster.monitor(i).tick());
      }
    }
    return reports;
  }

  /**
   * Steps (the running monitors tick after each slot) up to and including our witness's next
   * slot, at most two rounds; returns the node that produced it, or -1 when it was missed.
   */
  public int stepThroughOurSlot() {
    for (int i = 0; i < 2 * 21; i++) {
      SlotEvent slot = net.advanceSlot();
      for (int m = 0; m < net.nodeCount(); m++) {
        if (!monitorStopped[m]) {
          cluster.monitor(m).tick();
        }
      }
      if (slot.ours()) {
        return slot.node().orElse(-1);
      }
    }
    throw new IllegalStateException("our witness was not scheduled in two rounds");
  }

  /** {@code slots} steps. */
  public void steps(int slots) {
    for (int i = 0; i < slots; i++) {
      step();
    }
  }

  /** Steps until {@code done} holds or {@code max} slots passed; returns whether it holds. */
  public boolean stepUntil(int max, BooleanSupplier done) {
    for (int i = 0; i < max && !done.getAsBoolean(); i++) {
      step();
    }
    return done.getAsBoolean();
  }

  // ---- faults ----

  private void fault(String what) {
    faults.add(what);
  }

  /** The node's golosd crashes; its monitor keeps running (unless {@link #stopMonitor}). */
  public void crash(int node) {
    net.crash(node);
    fault("node" + node + " crash");
  }

  /** The node's golosd comes back, synced. */
  public void restart(int node) throws Exception {
    net.restart(node);
    fault("node" + node + " restart");
  }

  /** The node serves a head {@code blocks} old and cannot produce (0 = synced). */
  public void lag(int node, int blocks) {
    net.lag(node, blocks);
    lagging[node] = blocks > 0;
    fault("node" + node + (blocks > 0 ? " lags " + blocks : " synced"));
  }

  /**
   * The node is restarted with an older binary than the hardfork (cannot produce): down for one
   * step while the binary is swapped, so its monitor reads the version again.
   */
  public void oldBinary(int node, String version) throws Exception {
    net.crash(node);
    net.version(node, version);
    step();
    net.restart(node);
    oldVersion[node] = true;
    fault("node" + node + " restarted on " + version);
  }

  /** Stalls or resumes the whole network. */
  public void stall(boolean on) {
    net.stall(on);
    stalled = on;
    fault(on ? "network stall" : "network resumes");
  }

  /** Every node rejects broadcasts with golosd's {@code errorName}. */
  public void rejectBroadcasts(String errorName) {
    for (int i = 0; i < net.nodeCount(); i++) {
      net.rejectBroadcasts(i, errorName);
    }
    fault("broadcasts rejected: " + errorName);
  }

  /** Every node accepts broadcasts that never reach a block. */
  public void dropBroadcasts() {
    for (int i = 0; i < net.nodeCount(); i++) {
      net.dropBroadcasts(i);
    }
    fault("broadcasts dropped");
  }

  /** Every node accepts and includes broadcasts again. */
  public void acceptBroadcasts() {
    for (int i = 0; i < net.nodeCount(); i++) {
      net.acceptBroadcasts(i);
    }
    fault("broadcasts accepted");
  }

  /** Transactions are included {@code blocks} blocks late. */
  public void delayInclusion(int blocks) {
    net.delayInclusion(blocks);
    fault("inclusion delayed " + blocks + " blocks");
  }

  /** Every reply of the node's RPC front end is broken as {@code fault}; the node keeps producing. */
  public void failReplies(int node, ReplyFault fault) {
    net.failReplies(node, fault);
    fault("node" + node + " replies " + fault);
  }

  /** The node answers normally again. */
  public void clearReplyFaults(int node) {
    net.clearReplyFaults(node);
    fault("node" + node + " replies normal");
  }

  /** The node holds every reply for {@code delay} of wall time; it keeps producing. */
  public void slow(int node, Duration delay) {
    net.slow(node, delay);
    fault("node" + node + (delay.isZero() ? " fast again" : " slow " + delay.toMillis() + " ms"));
  }

  /**
   * A network partition: monitor {@code monitor} cannot reach {@code unreachable} nodes (the others
   * still can); no nodes = healed. The nodes keep producing.
   */
  public void partition(int monitor, int... unreachable) {
    net.partition("monitor" + monitor, unreachable);
    fault("monitor" + monitor + (unreachable.length == 0 ? " reaches every node"
        : " cut off from nodes " + Arrays.toString(unreachable)));
  }

  /** Node {@code i}'s monitor process stops (its state file stays; its /peer does not answer). */
  public void stopMonitor(int i) {
    monitorStopped[i] = true;
    cluster.monitorDown(i, true);
    fault("monitor" + i + " stops");
  }

  /** Server {@code node} dies as a whole: its golosd and its monitor (rule 9's second opinion). */
  public void crashServer(int node) {
    net.crash(node);
    monitorStopped[node] = true;
    cluster.monitorDown(node, true);
    fault("server" + node + " dies (node and monitor)");
  }

  /**
   * Monitor {@code monitor} cannot reach the servers {@code servers}: neither their nodes nor their
   * monitors' /peer (the others still can); no servers = healed.
   */
  public void partitionServers(int monitor, int... servers) {
    net.partition("monitor" + monitor, servers);
    cluster.cutMonitors(monitor, servers);
    fault("monitor" + monitor + (servers.length == 0 ? " reaches every server"
        : " cut off from servers " + Arrays.toString(servers)));
  }


  /** Node {@code i}'s monitor restarts from its state file, as a restarted daemon would. */
  public Monitor restartMonitor(int i) {
    monitorStopped[i] = false;
    cluster.monitorDown(i, false);
    fault("monitor" + i + " restarts");
    return cluster.restart(i);
  }

  /** Records a fault made outside this class (e.g. on a state file), for the summary. */
  public void note(String what) {
    fault(what);
  }

  // ---- outcome ----

  /** Key changes of our witness so far. */
  public int switches() {
    return keyChanges.size();
  }

  public int falseSwitches() {
    return falseSwitches;
  }

  public int flaps() {
    return flaps;
  }

  /** The faults injected, in order, comma-separated. */
  public String faults() {
    return String.join(", ", faults);
  }

  /** Every alert of every monitor, in order. */
  public List<Alert> alerts() {
    return List.copyOf(cluster.alerts);
  }

  /** Alert event names, in order. */
  public List<String> alertEvents() {
    return cluster.alerts.stream().map(Alert::event).toList();
  }

  /** The node holding the on-chain key, -1 for none. */
  public int producer() {
    return net.signingNode().orElse(-1);
  }

  /** Broadcasts received by any node. */
  public List<SimEvent.BroadcastReceived> broadcasts() {
    return net.events().stream().filter(e -> e instanceof SimEvent.BroadcastReceived)
        .map(e -> (SimEvent.BroadcastReceived) e).toList();
  }

  /**
   * Monitors (other than {@code exempt}) whose state file does not hold their current state: a
   * restart now would lose something.
   */
  public int lostState(Set<Integer> exempt) {
    int lost = 0;
    for (int i = 0; i < net.nodeCount(); i++) {
      if (exempt.contains(i)) {
        continue;
      }
      StateStore.LoadResult saved = new StateStore(cluster.config(i).stateFile()).load();
      if (!saved.state().equals(cluster.monitor(i).state().toMap())) {
        lost++;
      }
    }
    return lost;
  }

  /** Whether any captured log line or alert holds a WIF-shaped string or one of the network's private keys. */
  public boolean secretLeaked() {
    String text = logs.text() + "\n" + cluster.alerts;
    if (LogCapture.WIF.matcher(text).find() || text.contains(net.activeKey().toWif())) {
      return true;
    }
    for (int i = 0; i < net.nodeCount(); i++) {
      if (text.contains(net.signingKey(i).toWif())) {
        return true;
      }
    }
    return false;
  }

  /** Everything logged so far. */
  public String logText() {
    return logs.text();
  }

  @Override
  public void close() {
    try {
      cluster.close();
      net.close();
    } finally {
      logs.close();
    }
  }
}
