package io.github.goloswitness.it;

import io.github.goloswitness.client.GolosClient;
import io.github.goloswitness.client.Sleeper;
import io.github.goloswitness.crypto.PrivateKey;
import io.github.goloswitness.crypto.PublicKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The real network of the suite, started once per run and shared by every test class (held in
 * JUnit's root store, closed at the end): node A produces for cyberfounder (stale production, the
 * init key) and bravo; B0, B1, B2 are the three servers of witness alpha, each its own golosd with
 * its own signing key, all p2p-connected on loopback; beside each B a {@code witness-monitor run}
 * daemon (priorities 0-2, peers and their monitors configured). Every process is SIGKILLed on
 * close, and by a shutdown hook if the JVM ends without closing. The one place of the suite that
 * reads the system clock.
 */
final class Testnet implements ExtensionContext.Store.CloseableResource {
  static final int PRICE_PORT = 28260;
  static final List<String> SERVERS = List.of("b0", "b1", "b2");

  private final Path work;
  private final Poll poll;
  private final Figures figures;
  private final Map<String, GolosdNode> nodes = new LinkedHashMap<>();
  private final Monitors monitors;
  private final List<GolosClient> clients = new ArrayList<>();
  private final Map<String, String> facts = new java.util.concurrent.ConcurrentHashMap<>();
  private final Thread killer = new Thread(this::killAll, "golos-it-killer");
  private final Instant started;
  private final boolean keep;
  private FakePriceSource prices;
  private long daemonsStarted;
  private Chain chain;

  private Testnet(GolosdBinary binary, Path work, Path figuresFile, boolean keep) {
    this.work = work;
    this.keep = keep;
    this.poll = new Poll(InstantSource.system(), Sleeper.system(), Duration.ofMillis(500));
    this.started = poll.now();
    this.figures = new Figures(figuresFile);
    nodes.put("a", new GolosdNode(binary, new GolosdNode.Spec("a", 28200, 28201, 24300, true,
        List.of(Bootstrap.FOUNDER, Bootstrap.BRAVO), List.of(Keys.init(), bravoSigning()), List.of()), work));
    for (int i = 0; i < SERVERS.size(); i++) {
      String s = SERVERS.get(i);
      List<Integer> seeds = new ArrayList<>(List.of(24300));
      for (int j = 0; j < SERVERS.size(); j++) {
        if (j != i) {
          seeds.add(24310 + 10 * j);
        }
      }
      nodes.put(s, new GolosdNode(binary, new GolosdNode.Spec(s, 28210 + 10 * i, 28211 + 10 * i, 24310 + 10 * i,
          false, List.of(Bootstrap.ALPHA), List.of(signing(s)), seeds), work));
    }
    this.monitors = new Monitors(this, work);
  }

  /** alpha's block signing key on server {@code s} (b0, b1, b2). */
  static PrivateKey signing(String s) {
    return Keys.signing(Bootstrap.ALPHA, s);
  }

  static PrivateKey bravoSigning() {
    return Keys.signing(Bootstrap.BRAVO, "a");
  }

  /**
   * Starts the network, waits out the hardforks, bootstraps the accounts and starts the daemons.
   *
   * @param keep a developer's aid ({@code -Dgolos.it.keep=true}): the nodes are left running at the
   *     end and the next run with it takes them over (no hardfork wait); never used by CI
   */
  static Testnet start(GolosdBinary binary, Path work, Path figuresFile, boolean keep) {
    Path kept = work.resolve("kept");
    if (keep && Files.exists(kept)) {
      Testnet net = new Testnet(binary, work, figuresFile, true);
      if (net.attach()) {
        Runtime.getRuntime().addShutdownHook(net.killer);
        return net;
      }
      net.killAll();
    }
    Leftovers.killAll(work);
    deleteTree(work);
    Testnet net = new Testnet(binary, work, figuresFile, keep);
    Runtime.getRuntime().addShutdownHook(net.killer);
    try {
      net.boot();
      return net;
    } catch (RuntimeException | Error e) {
      net.close();
      throw e;
    }
  }

  /** Takes over a kept network: alpha's key back on B0, fresh daemons. */
  private boolean attach() {
    if (!nodes.values().stream().allMatch(GolosdNode::attach)) {
      return false;
    }
    chain = new Chain(client(nodes.get("a")), poll);
    try {
      PublicKey b0 = signing("b0").publicKey();
      Bootstrap.run(chain, b0, bravoSigning().publicKey());
      if (!chain.witness(Bootstrap.ALPHA).signingKey().equals(b0)) {
        chain.broadcast(List.of(Bootstrap.witnessUpdate(Bootstrap.ALPHA, b0)), Keys.active(Bootstrap.ALPHA));
      }
      // the starting feed again, so the feed test sees the producer publish
      chain.broadcast(List.of(new io.github.goloswitness.crypto.FeedPublish(Bootstrap.ALPHA, Bootstrap.INITIAL_FEED)),
          Keys.active(Bootstrap.ALPHA));
    } catch (IOException e) {
      return false;
    }
    for (String s : SERVERS) {
      awaitSynced(s, Duration.ofSeconds(60));
    }
    Leftovers.killAll(work, "monitor.pid");
    prices = new FakePriceSource(PRICE_PORT);
    daemonsStarted = headOrZero();
    monitors.startAll();
    figures.section("0-network", "## Network\n\nkept from an earlier run (-Dgolos.it.keep=true)\n");
    return true;
  }

  private void boot() {
    nodes.values().forEach(GolosdNode::start);
    // WebSocket: golosd's HTTP server closes each connection after its reply, and a broadcast on
    // a pooled connection it has closed fails (defects-golos-it.md)
    chain = new Chain(client(nodes.get("a")), poll);
    for (GolosdNode n : nodes.values()) {
      GolosClient c = client(n);
      poll.until(n.name() + " answering JSON-RPC (log " + n.log() + ")", Duration.ofSeconds(60), () -> {
        if (!n.alive()) {
          throw new AssertionError(n.name() + ": golosd exited; log tail:\n" + n.logTail(30));
        }
        return Optional.of(c.getDynamicGlobalProperties());
      });
    }
    String hf = poll.until("hardfork 0.30.0 (about 75 blocks)", Duration.ofMinutes(7), () -> {
      String v = chain.client().getHardforkVersion();
      return v.equals("0.30.0") ? Optional.of(v) : Optional.empty();
    });
    Instant hardforks = poll.now();
    try {
      Bootstrap.run(chain, signing("b0").publicKey(), bravoSigning().publicKey());
    } catch (IOException e) {
      throw new UncheckedIOException("bootstrap", e);
    }
    PublicKey b0 = signing("b0").publicKey();
    long first = poll.until("alpha producing with B0's key", Duration.ofSeconds(60), () -> {
      var w = chain.witness(Bootstrap.ALPHA);
      return w.signingKey().equals(b0) && w.lastConfirmedBlockNum() > 0
          ? Optional.of(w.lastConfirmedBlockNum()) : Optional.empty();
    });
    for (String s : SERVERS) {
      awaitSynced(s, Duration.ofSeconds(60));
    }
    Instant bootstrapped = poll.now();
    prices = new FakePriceSource(PRICE_PORT);
    daemonsStarted = headOrZero();
    monitors.startAll();
    figures.section("0-network", "## Network\n\n"
        + "| step | seconds | note |\n| --- | --- | --- |\n"
        + "| nodes up to hardfork " + hf + " | " + seconds(started, hardforks) + " | testnet hardforks 1-30 |\n"
        + "| bootstrap through our library, alpha's first block (#" + first + ") | "
        + seconds(hardforks, bootstrapped) + " | account_create, transfer, transfer_to_vesting, witness_update, account_witness_vote |\n"
        + "| three daemons started | " + seconds(bootstrapped, poll.now()) + " | |\n");
  }

  /** The head block when the daemons were started by this run. */
  long daemonsStarted() {
    return daemonsStarted;
  }

  private long headOrZero() {
    try {
      return chain.head();
    } catch (IOException e) {
      return 0;
    }
  }

  /** Waits until server {@code s}'s node is within 2 blocks of node A's head. */
  void awaitSynced(String s, Duration timeout) {
    GolosdNode n = nodes.get(s);
    GolosClient c = client(n);
    poll.untilTrue(s + " in sync with node A", timeout,
        () -> c.getDynamicGlobalProperties().headBlockNumber() + 2 >= chain.head());
  }

  /** What one test leaves for a later one (e.g. "uia holder": an account holding a UIA). */
  Map<String, String> facts() {
    return facts;
  }

  Chain chain() {
    return chain;
  }

  Poll poll() {
    return poll;
  }

  Figures figures() {
    return figures;
  }

  GolosdNode node(String name) {
    GolosdNode n = nodes.get(name);
    if (n == null) {
      throw new IllegalArgumentException("no node " + name + " (nodes: " + nodes.keySet() + ")");
    }
    return n;
  }

  Monitors monitors() {
    return monitors;
  }

  FakePriceSource prices() {
    return prices;
  }

  Path work() {
    return work;
  }

  /** A client of one node, closed with the network. */
  synchronized GolosClient client(GolosdNode n) {
    GolosClient c = n.client();
    clients.add(c);
    return c;
  }

  /** Kills and restarts a node's golosd on its data directory; waits until it is in sync. */
  void restartNode(String name) {
    GolosdNode n = node(name);
    n.kill();
    n.start();
    awaitSynced(name, Duration.ofSeconds(90));
  }

  static long seconds(Instant from, Instant to) {
    return Duration.between(from, to).toSeconds();
  }

  @Override
  public void close() {
    try {
      figures.section("9-wall", "## Suite\n\nnetwork open for " + seconds(started, poll.now())
          + " s (from the first golosd start to the close of the network, hardforks included)\n");
      figures.write();
    } finally {
      if (keep) {
        monitors.killAll();
        writeKeptMarker();
      } else {
        killAll();
      }
      clients.forEach(GolosClient::close);
      if (prices != null) {
        prices.close();
      }
      try {
        Runtime.getRuntime().removeShutdownHook(killer);
      } catch (IllegalStateException shuttingDown) {
        // the hook is running or has run: nothing left to remove
      }
    }
  }

  private void killAll() {
    monitors.killAll();
    if (!keep) {
      nodes.values().forEach(GolosdNode::kill);
    }
  }

  private void writeKeptMarker() {
    try {
      Files.writeString(work.resolve("kept"), "nodes left running by -Dgolos.it.keep=true\n");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot mark " + work + " as kept", e);
    }
  }

  private static void deleteTree(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot clear " + dir, e);
    }
  }
}
