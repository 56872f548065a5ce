package io.github.goloswitness.monitor.bench;

import ch.qos.logback.classic.Level;
import io.github.goloswitness.monitor.config.Environment;
import io.github.goloswitness.monitor.daemon.Monitor;
import io.github.goloswitness.monitor.daemon.StartupException;
import io.github.goloswitness.monitor.daemon.TickReport;
import io.github.goloswitness.monitor.demo.DemoCluster;
import io.github.goloswitness.testkit.SimConfig;
import io.github.goloswitness.testkit.SimNetwork;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench footprint}: one daemon {@link Monitor} (node1's, priority 1, real client, signing,
 * policy and state file) polled once per block against a {@link SimNetwork} of three nodes over
 * real HTTP, for {@code --blocks} blocks (1200 = one hour) at stepped, accelerated time; node0,
 * the producer, crashes a third of the way in so the run includes a switch. Reports resident
 * memory ({@code /proc/self/status}), heap used after a full GC, GC counts and CPU time.
 *
 * <p>The simulated nodes run in the same JVM: process figures are an upper bound for the daemon;
 * the monitor thread's CPU time is the monitor's own work. Run it with the launcher's JVM options
 * ({@code bench/footprint.sh}). Registered under {@code bench}.
 */
@Command(name = "footprint", mixinStandardHelpOptions = true,
    description = "Measures memory and CPU of one monitor polling every block for a simulated hour.")
public final class FootprintCommand implements Callable<Integer> {

  @Option(names = "--blocks", defaultValue = "1200", description = "Blocks to run, 30-100000 (default ${DEFAULT-VALUE} = 1 h).")
  int blocks;

  private final Environment env;

  /** A command writing its report to {@code env.out()} and timing itself with {@code env.clock()}. */
  public FootprintCommand(Environment env) {
    this.env = Objects.requireNonNull(env, "env");
  }

  @Override
  public Integer call() throws IOException, StartupException {
    if (blocks < 30 || blocks > 100_000) {
      env.err().println("bench footprint: --blocks not in 30..100000: " + blocks);
      return 2;
    }
    ch.qos.logback.classic.Logger logs =
        (ch.qos.logback.classic.Logger) LoggerFactory.getLogger("io.github.goloswitness");
    Level level = logs.getLevel();
    logs.setLevel(Level.ERROR); // the report goes to stdout; a quiet daemon logs only its events anyway
    Path dir = Files.createTempDirectory("witness-monitor-footprint");
    try {
      return measure(dir);
    } finally {
      logs.setLevel(level);
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  private int measure(Path dir) throws IOException, StartupException {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    Footprint.Sample start = Footprint.sample();
    Instant wallStart = env.clock().instant();
    long tickCpu = 0;
    int switches = 0;
    int crashAt = blocks / 3;
    try (SimNetwork net = SimNetwork.start(SimConfig.defaults().withNodes(3));
        DemoCluster cluster = DemoCluster.start(net, dir, i -> "")) {
      Monitor monitor = cluster.monitor(1);
      Footprint.Sample ready = Footprint.sample();
      for (int b = 0; b < blocks; b++) {
        if (b == crashAt) {
          net.crash(0);
        }
        net.advanceSlot();
        long before = threads.getCurrentThreadCpuTime();
        TickReport report = monitor.tick();
        tickCpu += threads.getCurrentThreadCpuTime() - before;
        switches += report.switched().isPresent() ? 1 : 0;
      }
      boolean producing = net.signingNode().orElse(-1) == 1;
      Footprint.Sample end = Footprint.sampleAfterGc();
      Duration wall = Duration.between(wallStart, env.clock().instant());
      print(start, ready, end, Duration.ofNanos(tickCpu), wall, switches, producing);
      return producing ? 0 : 1;
    }
  }

  private void print(Footprint.Sample start, Footprint.Sample ready, Footprint.Sample end, Duration tickCpu,
      Duration wall, int switches, boolean producing) {
    var out = env.out();
    out.printf(Locale.ROOT, "bench footprint: %d blocks (%.1f h of chain time) in %.1f s wall, one monitor "
            + "polling every block; producer crashed at block %d; switches %d; node1 producing at the end: %s%n",
        blocks, blocks / 1200.0, wall.toMillis() / 1000.0, blocks / 3, switches, producing ? "yes" : "NO");
    out.printf(Locale.ROOT, "jvm: %s %s, max heap %d MiB, GC %s%n", System.getProperty("java.vm.name"),
        System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20, Footprint.collectors());
    out.printf(Locale.ROOT, "%-28s %10s %10s %10s%n", "", "start", "ready", "end");
    out.printf(Locale.ROOT, "%-28s %10s %10s %10s%n", "RSS (VmRSS) MiB", mib(start.rssKib()), mib(ready.rssKib()),
        mib(end.rssKib()));
    out.printf(Locale.ROOT, "%-28s %10s %10s %10s%n", "peak RSS (VmHWM) MiB", mib(start.hwmKib()),
        mib(ready.hwmKib()), mib(end.hwmKib()));
    out.printf(Locale.ROOT, "%-28s %10s %10s %10.1f%n", "heap used MiB (end: after GC)", "", "",
        end.heapUsedBytes() / 1048576.0);
    out.printf(Locale.ROOT, "%-28s %10.2f %10.2f %10.2f%n", "process CPU s", start.processCpu().toMillis() / 1000.0,
        ready.processCpu().toMillis() / 1000.0, end.processCpu().toMillis() / 1000.0);
    out.printf(Locale.ROOT, "monitor thread CPU during ticks: %.2f s (%.2f ms per poll); GC collections %d, "
            + "GC time %d ms%n", tickCpu.toMillis() / 1000.0, tickCpu.toNanos() / 1e6 / blocks, end.gcCount(),
        end.gcMillis());
    out.println("(start = JVM and CLI loaded; ready = 3 simulated nodes and 3 monitors built; the simulated nodes"
        + " run in this JVM, so process figures are an upper bound for one daemon)");
  }

  private static String mib(long kib) {
    return kib < 0 ? "n/a" : String.format(Locale.ROOT, "%.1f", kib / 1024.0);
  }
}
