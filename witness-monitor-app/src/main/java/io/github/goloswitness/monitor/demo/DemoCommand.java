package io.github.goloswitness.monitor.demo;

import ch.qos.logback.classic.Level;
import io.github.goloswitness.monitor.config.Environment;
import io.github.goloswitness.monitor.daemon.StartupException;
import io.github.goloswitness.monitor.daemon.Wiring;
import io.github.goloswitness.testkit.SimConfig;
import io.github.goloswitness.testkit.SimEvent;
import io.github.goloswitness.testkit.SimNetwork;
import io.github.goloswitness.testkit.SlotEvent;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code demo}: one witness on three simulated golosd nodes (priorities 0-2, node0 producing), a
 * real monitor per node (client, signing, policy, state and key files in a temp dir). After a
 * round of normal production node0 is killed; the timeline shows the misses, the switch and the
 * new producer. With {@code --peers} the monitors name each other's monitors (rule 9) and node0's
 * whole server (golosd and monitor) dies right after its own block: the best backup takes over
 * before node0's next slot, and no block is lost. The chain is stepped slot by slot and every monitor ticks after each slot, so the
 * story is the same at any speed; {@code --speed} only paces it for humans. Exit 0 when the
 * failover happened, 1 otherwise.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Show a failover on a simulated Golos network (about 30 s).")
public final class DemoCommand implements Callable<Integer> {
  private static final int NODES = 3;
  private static final int ROUND = 21;

  @Option(names = "--speed", defaultValue = "10", paramLabel = "X",
      description = "chain speed: X times real time (3 s blocks); 0 = as fast as possible (default ${DEFAULT-VALUE})")
  double speed;

  @Option(names = "--seed", defaultValue = "0", paramLabel = "S", description = "key seed (default ${DEFAULT-VALUE})")
  long seed;

  @Option(names = "--verbose", description = "also show the monitors' logs on stderr")
  boolean verbose;

  @Option(names = "--peers", description = "peers name each other's monitors (rule 9): the producer's whole server"
      + " dies right after its block and no block is lost")
  boolean peers;

  /** Monitors whose server is down: not ticked. */
  private final java.util.Set<Integer> stopped = new java.util.HashSet<>();

  private final Environment env;

  public DemoCommand(Environment env) {
    this.env = Objects.requireNonNull(env, "env");
  }

  @Override
  public Integer call() throws Exception {
    if (speed < 0 || speed > 1000 || Double.isNaN(speed)) {
      env.err().println("witness-monitor demo: --speed must be between 0 and 1000, got " + speed);
      return 2;
    }
    ch.qos.logback.classic.Logger logs = (ch.qos.logback.classic.Logger) LoggerFactory.getLogger("io.github.goloswitness");
    Level level = logs.getLevel();
    logs.setLevel(verbose ? Level.INFO : Level.ERROR);
    Path dir = Files.createTempDirectory("witness-monitor-demo");
    try (SimNetwork net = SimNetwork.start(SimConfig.defaults().withNodes(NODES).withSeed(seed));
        DemoCluster cluster = DemoCluster.start(net, dir, i -> "",
            new DemoCluster.Options(Wiring.CALL_TIMEOUT, false, peers))) {
      return play(net, cluster, env.out());
    } catch (IOException | StartupException e) {
      env.err().println("witness-monitor demo: cannot set up the simulated network: " + e.getMessage());
      return 1;
    } finally {
      logs.setLevel(level);
      deleteTree(dir);
    }
  }

  private int play(SimNetwork net, DemoCluster cluster, PrintStream out) {
    out.println("witness-monitor demo: witness " + net.witness() + " on " + NODES
        + " simulated golosd nodes, a monitor beside each (seed " + seed + ", speed "
        + (speed == 0 ? "max" : speed + "x") + ")");
    for (int i = 0; i < NODES; i++) {
      out.println("  node" + i + "  priority " + i + "  signing key " + net.signingKey(i).publicKey()
          + (net.signingNode().orElse(-1) == i ? "  <- producing" : ""));
    }
    out.println("  files: " + cluster.config(0).stateFile().getParent().getParent() + " (keys 0600, state, config)");
    out.println();
    DemoTimeline timeline = new DemoTimeline(net, out);
    ConcurrentLinkedQueue<SimEvent> events = new ConcurrentLinkedQueue<>();
    net.addListener(events::add);
    Pacer pacer = new Pacer();
    cluster.tickAll();
    int crashed = net.signingNode().orElseThrow();
    for (int i = 0; i < ROUND; i++) {
      step(net, cluster, timeline, events, pacer);
    }
    if (peers) {
      // The worst case for evidence on chain, the best for rule 9: right after its own block.
      for (int i = 0; i < 2 * ROUND && !step(net, cluster, timeline, events, pacer).ours(); i++) {
        // stepping to node0's slot
      }
    }
    timeline.missesAtCrash = net.totalMissed();
    net.crash(crashed);
    if (peers) {
      cluster.monitorDown(crashed, true); // the whole server: its monitor dies with its golosd
      stopped.add(crashed);
      out.println("  (node" + crashed + "'s monitor is down too: its /peer no longer answers)");
    }
    drain(events, timeline);
    List<Integer> producedAfter = new ArrayList<>();
    net.addListener(e -> {
      if (e instanceof SimEvent.BlockProduced b && b.witness().equals(net.witness()) && b.node() != crashed) {
        producedAfter.add(b.node());
      }
    });
    for (int i = 0; i < 6 * ROUND && producedAfter.isEmpty(); i++) {
      step(net, cluster, timeline, events, pacer);
    }
    for (int i = 0; i < 3; i++) {
      step(net, cluster, timeline, events, pacer); // let the new producer's monitor confirm it
    }
    boolean ok = timeline.summary(crashed, producedAfter);
    if (peers) {
      boolean noBlockLost = net.totalMissed() == timeline.missesAtCrash;
      out.println(noBlockLost ? "  result: NO BLOCK LOST" : "  result: BLOCKS LOST");
      ok &= noBlockLost;
    }
    return ok ? 0 : 1;
  }

  private SlotEvent step(SimNetwork net, DemoCluster cluster, DemoTimeline timeline,
      ConcurrentLinkedQueue<SimEvent> events, Pacer pacer) {
    pacer.waitForNextSlot();
    SlotEvent slot = net.advanceSlot();
    drain(events, timeline);
    for (int i = 0; i < cluster.size(); i++) {
      if (!stopped.contains(i)) {
        timeline.monitor("node" + i, cluster.monitor(i).tick());
        drain(events, timeline);
      }
    }
    return slot;
  }

  private static void drain(ConcurrentLinkedQueue<SimEvent> events, DemoTimeline timeline) {
    for (SimEvent e = events.poll(); e != null; e = events.poll()) {
      timeline.chain(e);
    }
  }

  /** Paces slots at {@code 3 s / speed} of the environment's clock; never waits at speed 0. */
  private final class Pacer {
    private Instant next;

    void waitForNextSlot() {
      if (speed == 0) {
        return;
      }
      Duration period = Duration.ofNanos((long) (3e9 / speed));
      Instant now = env.clock().instant();
      next = next == null ? now : next.plus(period);
      for (Duration left = Duration.between(now, next); left.compareTo(Duration.ZERO) > 0;
          left = Duration.between(env.clock().instant(), next)) {
        LockSupport.parkNanos(left.toNanos());
      }
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
