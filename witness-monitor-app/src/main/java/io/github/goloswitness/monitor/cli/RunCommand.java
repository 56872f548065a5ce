package io.github.goloswitness.monitor.cli;

import io.github.goloswitness.client.GolosClient;
import io.github.goloswitness.crypto.PrivateKey;
import io.github.goloswitness.failover.FailoverState;
import io.github.goloswitness.monitor.alert.AlertDispatcher;
import io.github.goloswitness.monitor.alert.AlertSinks;
import io.github.goloswitness.monitor.config.ConfigException;
import io.github.goloswitness.monitor.config.ConfigLoader;
import io.github.goloswitness.monitor.config.Environment;
import io.github.goloswitness.monitor.config.MonitorConfig;
import io.github.goloswitness.monitor.daemon.DaemonLoop;
import io.github.goloswitness.monitor.daemon.Monitor;
import io.github.goloswitness.monitor.daemon.StartupChecks;
import io.github.goloswitness.monitor.daemon.StartupException;
import io.github.goloswitness.monitor.daemon.StateStore;
import io.github.goloswitness.monitor.daemon.StopSignal;
import io.github.goloswitness.monitor.daemon.Ticker;
import io.github.goloswitness.monitor.daemon.Wiring;
import io.github.goloswitness.monitor.observe.Logging;
import io.github.goloswitness.monitor.observe.MetricsServer;
import io.github.goloswitness.monitor.observe.MonitorMetrics;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code run --config FILE}: the daemon. Checks everything first (config, key files, keys on
 * chain, state file) and refuses to start with one line on stderr and exit code 2 (3 when no node
 * answered); then polls once per block until SIGTERM, finishing the current tick and saving the
 * state before it exits.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = "Run the witness monitor beside this golosd (drop-in for witness_monitor.py).")
public final class RunCommand implements Callable<Integer> {
  private static final Logger log = LoggerFactory.getLogger(RunCommand.class);
  private static final Duration POLL_DELAY = Duration.ofMillis(500);

  @Option(names = "--config", required = true, paramLabel = "FILE", description = "the YAML config file")
  Path config;

  @Option(names = "--verbose", description = "debug logging, stack traces on errors")
  boolean verbose;

  @Option(names = "--check", description = "check the config, key files and keys on chain, then exit")
  boolean check;

  private final Environment env;
  private final Consumer<Thread> shutdownHooks;

  public RunCommand(Environment env) {
    this(env, Runtime.getRuntime()::addShutdownHook);
  }

  public RunCommand(Environment env, Consumer<Thread> shutdownHooks) {
    this.env = Objects.requireNonNull(env, "env");
    this.shutdownHooks = Objects.requireNonNull(shutdownHooks, "shutdownHooks");
  }

  @Override
  public Integer call() {
    ConfigLoader.Loaded loaded;
    Optional<PrivateKey> activeKey;
    FailoverState initial;
    try {
      loaded = ConfigLoader.load(config, env.variables());
      activeKey = checkKeys(loaded.config());
      initial = loadState(loaded.config());
    } catch (ConfigException e) {
      return refuse(e.getMessage(), StartupChecks.CONFIG, e);
    } catch (StartupException e) {
      return refuse(e.getMessage(), e.exitCode(), e);
    }
    MonitorConfig cfg = loaded.config();
    if (check) {
      env.out().println("ok: witness " + cfg.witness() + ", this node's key " + cfg.witnessPubkey() + ", "
          + (activeKey.isPresent() ? "active key verified on chain" : "no active key (watch only)")
          + ", state " + initial.phase() + " at block " + initial.headBlock());
      return 0;
    }
    Logging.configure(cfg.logFormat(), verbose, env.err());
    loaded.warnings().forEach(w -> log.warn("config: {}", w));
    long distinct = java.util.stream.Stream.concat(cfg.nodes().stream(), cfg.quorumNodes().stream()).distinct().count();
    if (cfg.quorum() > 1 && cfg.quorum() >= distinct) {
      log.warn("config: quorum {} needs every one of the {} nodes: if one of them dies (e.g. the producer's own"
          + " node) no takeover is possible; add quorum_nodes (independent API nodes) or lower quorum", cfg.quorum(),
          distinct);
    }
    return serve(cfg, activeKey, initial);
  }

  private Optional<PrivateKey> checkKeys(MonitorConfig cfg) throws StartupException {
    List<PrivateKey> active = StartupChecks.localFiles(cfg);
    try (GolosClient nodes = GolosClient.builder(cfg.nodes()).timeout(Duration.ofSeconds(5)).maxRetries(1)
        .build()) {
      return StartupChecks.onChain(cfg, active, nodes);
    }
  }

  private static FailoverState loadState(MonitorConfig cfg) throws StartupException {
    StateStore.LoadResult result = new StateStore(cfg.stateFile()).load();
    switch (result.status()) {
      case MISSING:
        return FailoverState.initial();
      case UNUSABLE:
        throw new StartupException("state_file: " + result.detail()
            + "; move it away to start with a fresh state", StartupChecks.CONFIG);
      default:
        try {
          return FailoverState.fromMap(result.state());
        } catch (IllegalArgumentException e) {
          throw new StartupException("state_file " + cfg.stateFile() + ": corrupt state (" + e.getMessage()
              + "); move it away to start with a fresh state", StartupChecks.CONFIG);
        }
    }
  }

  private int serve(MonitorConfig cfg, Optional<PrivateKey> activeKey, FailoverState initial) {
    MonitorMetrics metrics = MonitorMetrics.create();
    AlertDispatcher alerts;
    try {
      alerts = AlertDispatcher.start(AlertSinks.create(cfg.alerts()), env.clock(), Duration.ofMinutes(10), 256);
    } catch (IOException e) {
      return refuse("alerts: " + e.getMessage(), StartupChecks.CONFIG, e);
    }
    metrics.bindAlerts(alerts);
    StopSignal stop = new StopSignal();
    CountDownLatch done = new CountDownLatch(1);
    try (Wiring wiring = Wiring.open(cfg, activeKey, env.clock(), metrics)) {
      Monitor monitor = wiring.monitor(cfg.witness(), cfg, initial, env.clock(), alerts::submit, metrics);
      MetricsServer server = null;
      if (cfg.metrics().isPresent()) {
        try {
          server = MetricsServer.start(cfg.metrics().get().toSocketAddress(), metrics, monitor::health,
              monitor::peerStatus);
        } catch (IOException e) {
          return refuse("metrics.address: " + e.getMessage(), StartupChecks.CONFIG, e);
        }
      }
      log.info("started: witness {} with key {} (priority {}), nodes {}, quorum {}, state {} at block {}{}{}",
          cfg.witness(), cfg.witnessPubkey(), cfg.policy().priority(),
          cfg.nodes().stream().map(MonitorMetrics::nodeTag).toList(), cfg.quorum(), initial.phase(),
          initial.headBlock(), cfg.dryRun() ? ", DRY RUN" : "",
          activeKey.isEmpty() ? ", NO ACTIVE KEY (watch only)" : "");
      shutdownHooks.accept(new Thread(() -> {
        log.info("stop requested: finishing the current tick");
        stop.stop();
        try {
          done.await(15, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }, "shutdown"));
      if (server != null) {
        log.info("metrics on http://{}:{}/metrics, health on /health, peer status on /peer", server.address().getHostString(),
            server.address().getPort());
      }
      try {
        long ticks = new DaemonLoop(monitor, new Ticker(Wiring.BLOCK_INTERVAL, POLL_DELAY), env.clock(), stop).run();
        log.info("stopped after {} polls; state saved in {}", ticks, cfg.stateFile());
        return 0;
      } finally {
        if (server != null) {
          server.close();
        }
      }
    } finally {
      alerts.close(Duration.ofSeconds(5));
      done.countDown();
    }
  }

  private int refuse(String line, int code, Exception e) {
    FailureLine.print(env.err(), "witness-monitor: cannot start: " + line, e, verbose);
    return code;
  }
}
