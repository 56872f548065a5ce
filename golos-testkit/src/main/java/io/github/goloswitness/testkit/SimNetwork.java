package io.github.goloswitness.testkit;

import io.github.goloswitness.crypto.ChainId;
import io.github.goloswitness.crypto.PrivateKey;
import io.github.goloswitness.crypto.PublicKey;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * A simulated Golos network over real HTTP: one chain ({@link ChainModel}: 3 s slots, 21-slot rounds, misses counted when the next block arrives, key changes effective from
 * the block after inclusion), our witness run by {@link SimConfig#nodes()} nodes with distinct
 * signing keys, and 20 other witnesses that always produce. Each node serves golosd's JSON-RPC on
 * its own {@code http://127.0.0.1:port/} ({@link #uri(int)}), validates broadcasts with real
 * signatures, and can be broken on purpose (crash, lag, slow replies, broken replies: HTTP 502,
 * malformed JSON, a wrong id; rejected or dropped broadcasts, an old binary, a partition cutting
 * one client off from some nodes; the whole network can stall).
 *
 * <p><b>Production.</b> Our witness's slot is produced by the node holding the private key of the
 * on-chain {@code signing_key}, if that node is up, not lagging, runs a version not older than the
 * chain's hardfork, and the network is not stalled; otherwise the slot is missed. The schedule is
 * {@link ChainModel}'s: witnesses in creation order (ours first), so our slot is the first of each round.
 *
 * <p><b>Time.</b> Nothing moves by itself: {@link #advanceSlot()} processes exactly one slot, and
 * {@link #clock()} reads the chain's time, so a monitor under test sees a head age of 0 on healthy
 * nodes. {@link #startRealtime} adds a driver thread for demos.
 *
 * <p>Thread-safe: HTTP threads, a realtime driver and a test thread may use it at once. Listeners
 * run on the thread that caused the event, outside every lock, and must not throw. Close it.
 *
 * <p>Over 300 lines because this class is the kit's whole public API (start/close, time, faults,
 * the chain's view, keys, listeners) as thin, documented one-method entry points; the work is
 * delegated to {@link Ledger}, {@link BroadcastCheck}, {@link NodeServer} and {@link Roster}.
 */
public final class SimNetwork implements AutoCloseable {

  /** How many witnesses besides ours produce blocks. */
  public static final int OTHER_WITNESSES = OtherWitnesses.NAMES.size();
  /** How many events {@link #events()} keeps. */
  public static final int EVENT_HISTORY = 10_000;

  private final SimConfig config;
  private final PrivateKey activeKey;
  private final Roster roster;
  private final List<NodeState> nodes;
  private final Ledger ledger;
  private final NodeVersion hardfork;
  private final BroadcastCheck check;
  private final Timeline timeline = new Timeline(EVENT_HISTORY);
  private final List<NodeServer> servers = new ArrayList<>();
  private final InstantSource clock = this::now;
  private volatile boolean stalled;
  private volatile int inclusionDelay;
  private volatile Instant now;
  private RealtimeDriver driver;
  private ControlServer control;
  private boolean closed;

  private SimNetwork(SimConfig config, PrivateKey activeKey) {
    this.config = config;
    this.activeKey = activeKey;
    this.roster = Roster.of(config, activeKey);
    this.nodes = roster.nodes;
    this.hardfork = config.hardforkVersion();
    ChainModel chain = new ChainModel(roster.signingKeys, config.genesis());
    this.ledger = new Ledger(chain, config.witness(), config.url(), config.hardfork(), config.genesis());
    this.check = new BroadcastCheck(config.chainId(), roster.accounts, ledger);
    this.now = config.genesis();
  }

  /**
   * Starts a network whose active key is derived from the seed
   * ({@code PrivateKey.fromPassword(witness, "sim-seed-" + seed, "active")}), binds one server per
   * node and produces {@link SimConfig#warmupSlots()} slots.
   *
   * @throws IOException if a server cannot bind
   */
  public static SimNetwork start(SimConfig config) throws IOException {
    Objects.requireNonNull(config, "config");
    return start(config, PrivateKey.fromPassword(config.witness(), "sim-seed-" + config.seed(), "active"));
  }

  /**
   * As {@link #start(SimConfig)} with the given active key for our witness account.
   *
   * @throws IOException if a server cannot bind
   */
  public static SimNetwork start(SimConfig config, PrivateKey activeKey) throws IOException {
    SimNetwork network = new SimNetwork(Objects.requireNonNull(config, "config"),
        Objects.requireNonNull(activeKey, "activeKey"));
    try {
      for (NodeState node : network.nodes) {
        network.servers.add(new NodeServer(node, new NodeRpc(network, node)));
      }
    } catch (IOException e) {
      network.close();
      throw e;
    }
    network.advanceSlots(config.warmupSlots());
    return network;
  }

  /** The settings this network was started with. */
  public SimConfig config() {
    return config;
  }

  /** Our witness account. */
  public String witness() {
    return config.witness();
  }

  /** Number of our witness's nodes; nodes are numbered {@code 0 .. nodeCount() - 1}. */
  public int nodeCount() {
    return nodes.size();
  }

  /** The JSON-RPC endpoint of {@code node}, {@code http://127.0.0.1:port/}; stable across crash and restart. */
  public URI uri(int node) {
    return servers.get(checkNode(node)).uri();
  }

  /**
   * {@code node}'s endpoint as seen by {@code client}: {@code http://127.0.0.1:port/<client>/}. The
   * node answers it like {@link #uri(int)} (golosd serves any path), but {@link #partition} can cut
   * this client off.
   *
   * @param client a name of letters, digits, '-' or '_'
   */
  public URI uri(int node, String client) {
    return uri(node).resolve(checkClient(client) + "/");
  }

  /** Every node's endpoint, in node order. */
  public List<URI> uris() {
    return servers.stream().map(NodeServer::uri).toList();
  }

  /** The private key of our witness account's active authority (signs witness_update). A secret. */
  public PrivateKey activeKey() {
    return activeKey;
  }

  /** The private signing key {@code node} produces with; distinct per node. A secret. */
  public PrivateKey signingKey(int node) {
    return nodes.get(checkNode(node)).signingKey;
  }

  /** The chain id signatures are checked against. */
  public ChainId chainId() {
    return config.chainId();
  }

  /** The chain's hardfork version. */
  public String hardfork() {
    return config.hardfork();
  }

  /** Our witness's current on-chain signing key (PublicKey.NULL when disabled). */
  public PublicKey onChainSigningKey() {
    return PublicKey.fromString(ledger.signingKey(config.witness()));
  }

  /** The node whose key is on chain now, if any (whether or not it can produce). */
  public OptionalInt signingNode() {
    String key = ledger.signingKey(config.witness());
    return nodes.stream().filter(n -> n.publicKey.equals(key)).mapToInt(n -> n.index).findFirst();
  }

  /** Head block number. */
  public long headBlockNumber() {
    return ledger.head().headBlock();
  }

  /** Our witness's {@code total_missed}. */
  public long totalMissed() {
    return ledger.head().witnesses().get(config.witness()).totalMissed();
  }

  /** Filled slots among the last 128 ({@code participation_count}, 0..128). */
  public int participationCount() {
    return ledger.head().participationCount();
  }

  /** Chain time: the time of the last processed slot (the head block's time when it was produced). */
  public Instant now() {
    return now;
  }

  /** An {@link InstantSource} reading {@link #now()}: "now" for monitors under test. */
  public InstantSource clock() {
    return clock;
  }

  /** Processes exactly one slot: the scheduled witness produces it or misses it. */
  public SlotEvent advanceSlot() {
    Ledger.Step step;
    synchronized (this) {
      checkOpen();
      step = ledger.step(stalled, this::producerFor);
      now = step.slot().time();
    }
    step.events().forEach(this::publish);
    return step.slot();
  }

  /** Processes {@code count} slots; returns what each did. */
  public List<SlotEvent> advanceSlots(int count) {
    if (count < 0) {
      throw new IllegalArgumentException("count < 0: " + count);
    }
    List<SlotEvent> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      out.add(advanceSlot());
    }
    return out;
  }

  /** Processes every slot up to and including {@code time}. */
  public List<SlotEvent> advanceTo(Instant time) {
    Objects.requireNonNull(time, "time");
    List<SlotEvent> out = new ArrayList<>();
    while (!ledger.nextSlotTime().isAfter(time)) {
      out.add(advanceSlot());
    }
    return out;
  }

  /**
   * Processes slots up to and including our witness's next slot (at most two rounds).
   *
   * @throws IllegalStateException if our witness is not scheduled (its key is the null key)
   */
  public List<SlotEvent> advanceThroughOurSlot() {
    List<SlotEvent> out = new ArrayList<>();
    for (int i = 0; i < 2 * ChainModel.ROUND_LENGTH; i++) {
      SlotEvent e = advanceSlot();
      out.add(e);
      if (e.ours()) {
        return out;
      }
    }
    throw new IllegalStateException(config.witness() + " is not scheduled: its signing key is "
        + ledger.signingKey(config.witness()));
  }

  /**
   * Produces a slot every {@code 3 s / speed} of wall time on one daemon thread until {@link
   * #close()} or {@link #stopRealtime()}; {@code listener} sees every slot. For demos only: tests
   * step the chain themselves.
   *
   * @param speed 1 = real time, 10 = ten times faster; 0.01..1000
   * @throws IllegalStateException if the driver already runs
   */
  public synchronized void startRealtime(double speed, Consumer<SlotEvent> listener) {
    checkOpen();
    if (driver != null) {
      throw new IllegalStateException("the realtime driver already runs");
    }
    driver = RealtimeDriver.start(speed, this::advanceSlot, listener);
  }

  /** Stops the realtime driver, if it runs; waits for the slot in progress. */
  public void stopRealtime() {
    RealtimeDriver d;
    synchronized (this) {
      d = driver;
      driver = null;
    }
    if (d != null) {
      d.stop();
    }
  }

  /** {@code node} stops answering (connections refused) and producing; waiting requests are dropped. */
  public void crash(int node) {
    NodeState n = nodes.get(checkNode(node));
    n.goDown();
    servers.get(node).stop();
    fault(node, "crashed");
  }

  /**
   * {@code node} answers and produces again, synced to the head, on the same URI.
   *
   * @throws IOException if its port was taken meanwhile
   */
  public void restart(int node) throws IOException {
    NodeState n = nodes.get(checkNode(node));
    checkOpen();
    servers.get(node).start();
    n.comeUp();
    fault(node, "restarted");
  }

  /** Whether {@code node} is up (not crashed). */
  public boolean isUp(int node) {
    return !nodes.get(checkNode(node)).crashed;
  }

  /**
   * Stalls or resumes the whole network. While stalled only 5 other witnesses produce (5 of 21
   * slots, about 24 %; participation falls below 33 % within 130 slots) and our witness does not
   * (golosd's required-participation gate). Resumed, everybody produces again at once.
   */
  public void stall(boolean on) {
    stalled = on;
    fault(-1, on ? "stalled" : "resumed");
  }

  /**
   * {@code node} serves the chain as it was {@code blocks} blocks ago (at most {@value
   * Ledger#VIEW_HISTORY}) and does not produce; 0 = synced again.
   */
  public void lag(int node, int blocks) {
    if (blocks < 0 || blocks >= Ledger.VIEW_HISTORY) {
      throw new IllegalArgumentException("blocks not in 0.." + (Ledger.VIEW_HISTORY - 1) + ": " + blocks);
    }
    nodes.get(checkNode(node)).lagBlocks = blocks;
    fault(node, blocks == 0 ? "synced" : "lagging " + blocks + " blocks");
  }

  /**
   * {@code node} holds every reply for {@code delay} of wall time (requests are processed first);
   * {@link Duration#ZERO} = normal. A crash, a new delay or close() releases held replies at once.
   */
  public void slow(int node, Duration delay) {
    Objects.requireNonNull(delay, "delay");
    if (delay.isNegative() || delay.compareTo(Duration.ofMinutes(10)) > 0) {
      throw new IllegalArgumentException("delay not in 0..10 min: " + delay);
    }
    NodeState n = nodes.get(checkNode(node));
    n.slow = delay;
    n.releaseDelayed();
    fault(node, delay.isZero() ? "answers at normal speed" : "replies delayed by " + delay);
  }

  /**
   * {@code node} rejects every broadcast with golosd's error {@code errorName}: one of {@code
   * tx_expired}, {@code tx_duplicate_transaction}, {@code tx_missing_active_auth}, {@code
   * tx_invalid_field}.
   */
  public void rejectBroadcasts(int node, String errorName) {
    Objects.requireNonNull(errorName, "errorName");
    if (!TxErrors.INJECTABLE.contains(errorName)) {
      throw new IllegalArgumentException("errorName not one of " + TxErrors.INJECTABLE + ": " + errorName);
    }
    nodes.get(checkNode(node)).rejectWith = errorName;
    fault(node, "rejects broadcasts with " + errorName);
  }

  /** {@code node} accepts broadcasts (answers success) but they never reach a block. */
  public void dropBroadcasts(int node) {
    nodes.get(checkNode(node)).dropBroadcasts = true;
    fault(node, "drops broadcasts");
  }

  /** Undoes {@link #rejectBroadcasts} and {@link #dropBroadcasts} for {@code node}. */
  public void acceptBroadcasts(int node) {
    NodeState n = nodes.get(checkNode(node));
    n.rejectWith = null;
    n.dropBroadcasts = false;
    fault(node, "accepts broadcasts");
  }

  /**
   * Every reply of {@code node}'s RPC front end is broken as {@code fault} until {@link
   * #clearReplyFaults}; the node keeps producing and, except for {@link ReplyFault#HTTP_502},
   * processes each request (a broadcast is accepted) before its reply is broken.
   */
  public void failReplies(int node, ReplyFault fault) {
    Objects.requireNonNull(fault, "fault");
    nodes.get(checkNode(node)).replyFault = fault;
    fault(node, "replies broken: " + fault);
  }

  /** {@code node} answers normally again (undoes {@link #failReplies}). */
  public void clearReplyFaults(int node) {
    nodes.get(checkNode(node)).replyFault = null;
    fault(node, "replies normal");
  }

  /**
   * A network partition: {@code client} (see {@link #uri(int, String)}) cannot reach {@code
   * unreachable} nodes any more (connections are dropped without a reply and nothing is processed),
   * while it still reaches the others and everybody else reaches every node. Replaces this
   * client's previous partition; no nodes = healed. The nodes keep producing.
   */
  public void partition(String client, int... unreachable) {
    checkClient(client);
    Set<Integer> cut = new HashSet<>();
    for (int node : unreachable) {
      cut.add(checkNode(node));
    }
    for (NodeState n : nodes) {
      synchronized (n) {
        Set<String> clients = new HashSet<>(n.cutOff);
        if (cut.contains(n.index)) {
          clients.add(client);
        } else {
          clients.remove(client);
        }
        n.cutOff = Set.copyOf(clients);
      }
    }
    fault(-1, cut.isEmpty() ? client + " reaches every node" : client + " cut off from nodes " + new TreeSet<>(cut));
  }

  /** Transactions accepted from now on skip {@code blocks} blocks before inclusion (0 = next block). */
  public void delayInclusion(int blocks) {
    if (blocks < 0) {
      throw new IllegalArgumentException("blocks < 0: " + blocks);
    }
    inclusionDelay = blocks;
    fault(-1, "inclusion delayed by " + blocks + " blocks");
  }

  /**
   * {@code node} runs binary {@code version} (e.g. "0.29.0"): its get_config reports it as
   * {@code STEEMIT_BLOCKCHAIN_VERSION}, the witness's running_version shows it after the node
   * produces, and a version older than the chain's hardfork cannot produce (its slots are missed).
   * get_hardfork_version keeps reporting the chain's hardfork; the node stays synced otherwise.
   */
  public void version(int node, String version) {
    NodeVersion v = NodeVersion.parse(Objects.requireNonNull(version, "version"));
    nodes.get(checkNode(node)).version = v;
    fault(node, "runs " + v);
  }

  /**
   * Starts (once) a tiny HTTP control endpoint on 127.0.0.1 to drive a demo from outside: {@code
   * POST <uri>crash?node=0}; likewise {@code restart?node}, {@code stall?on}, {@code
   * lag?node&blocks}, {@code slow?node&ms}, {@code fail?node&fault} (a {@link ReplyFault} name or
   * {@code NONE}), {@code partition?client&nodes} (comma-separated, empty = healed), {@code
   * reject?node&error}, {@code drop?node}, {@code accept?node}, {@code delay?blocks}, {@code version?node&version}, {@code advance?slots}; {@code
   * GET <uri>state}. Replies {@code {"ok":true}} or HTTP 400 {@code {"error":"…"}}.
   *
   * @return the endpoint's base, {@code http://127.0.0.1:port/control/}
   * @throws IOException if it cannot bind
   */
  public synchronized URI startControlServer() throws IOException {
    checkOpen();
    if (control == null) {
      control = new ControlServer(this);
    }
    return control.uri();
  }

  /**
   * Adds a listener for every {@link SimEvent}. It runs on the thread that caused the event
   * (a slot, an HTTP request, a control call), outside the network's locks; it must be quick.
   */
  public void addListener(Consumer<SimEvent> listener) {
    timeline.addListener(listener);
  }

  /**
   * Waits for the first event matching {@code match}, already in {@link #events()} or still to
   * come; for a test whose other thread (a daemon under test) must act before the chain moves on,
   * e.g. {@code awaitEvent(e -> e instanceof SimEvent.BroadcastReceived, Duration.ofSeconds(10))}.
   *
   * @return the event, or empty when none came within {@code timeout}
   * @throws InterruptedException if interrupted while waiting
   */
  public Optional<SimEvent> awaitEvent(Predicate<? super SimEvent> match, Duration timeout)
      throws InterruptedException {
    Objects.requireNonNull(match, "match");
    Objects.requireNonNull(timeout, "timeout");
    return timeline.await(match, timeout);
  }

  /** The last {@value #EVENT_HISTORY} events, oldest first. */
  public List<SimEvent> events() {
    return timeline.events();
  }

  /** Stops the driver, every server and every waiting request. Idempotent. */
  @Override
  public void close() {
    stopRealtime();
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
    }
    nodes.forEach(NodeState::goDown);
    ledger.abandonPending();
    servers.forEach(NodeServer::close);
    synchronized (this) {
      Optional.ofNullable(control).ifPresent(ControlServer::close);
    }
  }

  @Override
  public String toString() {
    return "SimNetwork[" + config.witness() + ", " + nodes.size() + " nodes, head " + headBlockNumber() + "]";
  }

  Ledger ledger() {
    return ledger;
  }

  BroadcastCheck broadcastCheck() {
    return check;
  }

  Roster roster() {
    return roster;
  }

  int inclusionDelay() {
    return inclusionDelay;
  }

  void publish(SimEvent event) {
    timeline.publish(event);
  }

  private Optional<Ledger.Producer> producerFor(String key) {
    return nodes.stream().filter(n -> n.publicKey.equals(key) && n.canProduce(hardfork)).findFirst()
        .map(n -> new Ledger.Producer(n.index, n.version.toString()));
  }

  private void fault(int node, String what) {
    publish(new SimEvent.FaultChanged(now, node, what));
  }

  private static String checkClient(String client) {
    Objects.requireNonNull(client, "client");
    if (!client.matches("[A-Za-z0-9_-]+")) {
      throw new IllegalArgumentException("client must be letters, digits, '-' or '_': \"" + client + "\"");
    }
    return client;
  }

  private int checkNode(int node) {
    if (node < 0 || node >= nodes.size()) {
      throw new IllegalArgumentException("node not in 0.." + (nodes.size() - 1) + ": " + node);
    }
    return node;
  }

  private synchronized void checkOpen() {
    if (closed) {
      throw new IllegalStateException("the network is closed");
    }
  }
}
