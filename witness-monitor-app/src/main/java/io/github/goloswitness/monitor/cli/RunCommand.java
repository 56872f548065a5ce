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
import io.github.goloswitness.monitor.daemon.PeerPriorities;
import io.github.goloswitness.monitor.daemon.StartupChecks;
import io.github.goloswitness.monitor.daemon.StateCheck;
import io.github.goloswitness.monitor.daemon.StateIdentity;
import io.github.goloswitness.monitor.daemon.StartupException;
import io.github.goloswitness.monitor.daemon.StateStore;
import io.github.goloswitness.monitor.daemon.StopSignal;
import io.github.goloswitness.monitor.daemon.Ticker;
import io.github.goloswitness.monitor.daemon.Wiring;
import io.github.goloswitness.monitor.feed.FeedConfig;
import io.github.goloswitness.monitor.feed.FeedLoop;
import io.github.goloswitness.monitor.feed.FeedPublisher;
import io.github.goloswitness.monitor.feed.FeedService;
import io.github.goloswitness.monitor.feed.GolosFeedChain;
import io.github.goloswitness.monitor.observe.Logging;
import io.github.goloswitness.monitor.observe.MetricsServer;
import io.github.goloswitness.monitor.observe.MonitorMetrics;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code run --config FILE}: the daemon. Checks everything first (config, key files, keys on
 * chain, state file) and refuses to start with one line on stderr and exit code 2 (3 when no node
 * answered); then polls once per block until SIGTERM, finishing the current tick and saving the
 * state before it exits with status 0.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = "Run the witness monitor beside this golosd (drop-in for witness_monitor.py).")
public final class RunCommand implements Callable<Integer> {
  private static final Logger log = LoggerFactory.getLogger(RunCommand.class);
  private static final Duration POLL_DELAY = Duration.ofMillis(500);
  /** How long the start-up check waits for each peer monitor's /peer. */
  private static final Duration PEER_CHECK_TIMEOUT = Duration.ofSeconds(2);

  @Option(names = "--config", required = true, paramLabel = "FILE", description = "the YAML config file")
  Path config;

  @Option(names = "--verbose", description = "debug logging, stack traces on errors")
  boolean verbose;

  @Option(names = "--check", description = "check the config, key files and keys on chain, then exit")
  boolean check;

  private final Environment env;
  private final Consumer<Thread> shutdownHooks;
  private final IntConsumer halt;

  public RunCommand(Environment env) {
    this(env, Runtime.getRuntime()::addShutdownHook, Runtime.getRuntime()::halt);
  }

  /**
   * @param shutdownHooks registers the hook that the JVM runs on SIGTERM
   * @param halt ends the process with a status once the hook has seen the loop stop cleanly
   */
  public RunCommand(Environment env, Consumer<Thread> shutdownHooks, IntConsumer halt) {
    this.env = Objects.requireNonNull(env, "env");
    this.shutdownHooks = Objects.requireNonNull(shutdownHooks, "shutdownHooks");
    this.halt = Objects.requireNonNull(halt, "halt");
  }

  @Override
  public Integer call() {
    ConfigLoader.Loaded loaded;
    Optional<PrivateKey> activeKey;
    StateIdentity identity;
    FailoverState initial;
    List<String> stateWarnings = new ArrayList<>();
    StateStore.LoadResult saved;
    try {
      loaded = ConfigLoader.load(config, env.variables());
      MonitorConfig c = loaded.config();
      StartupChecks.ChainFacts chain;
      List<PrivateKey> active = StartupChecks.localFiles(c);
      List<URI> all = new ArrayList<>(new LinkedHashSet<>(Stream.concat(c.nodes().stream(), c.quorumNodes().stream())
          .toList()));
      try (GolosClient nodes = GolosClient.builder(all).timeout(Duration.ofSeconds(5)).maxRetries(1).build()) {
        activeKey = StartupChecks.onChain(c, active, nodes);
        chain = StartupChecks.chain(all, nodes);
      }
      StartupChecks.clock(chain, env.clock().instant(), Wiring.BLOCK_INTERVAL.multipliedBy(2))
          .ifPresent(stateWarnings::add);
      stateWarnings.addAll(PeerPriorities.checkAtStart(c, PEER_CHECK_TIMEOUT));
      identity = new StateIdentity(c.witness(), c.witnessPubkey(), chain.chainId());
      saved = new StateStore(c.stateFile()).load();
      initial = StateCheck.resume(c.stateFile(), saved, identity, chain, env.clock().instant(), stateWarnings);
    } catch (ConfigException e) {
      return refuse(e.getMessage(), StartupChecks.CONFIG, e);
    } catch (StartupException e) {
      return refuse(e.getMessage(), e.exitCode(), e);
    }
    MonitorConfig cfg = loaded.config();
    List<String> warnings = new ArrayList<>();
    loaded.warnings().forEach(w -> warnings.add("config: " + w));
    long distinct = Stream.concat(cfg.nodes().stream(), cfg.quorumNodes().stream()).distinct().count();
    if (cfg.quorum() > 1 && cfg.quorum() >= distinct) {
      warnings.add("config: quorum " + cfg.quorum() + " needs every one of the " + distinct + " nodes: if one of"
          + " them dies (e.g. the producer's own node) no takeover is possible; add quorum_nodes (independent API"
          + " nodes) or lower quorum");
    }
    warnings.addAll(stateWarnings);
    if (check) {
      warnings.forEach(w -> env.err().println("warning: " + w));
      env.out().println("ok: witness " + cfg.witness() + ", this node's key " + cfg.witnessPubkey() + ", "
          + (activeKey.isPresent() ? "active key verified on chain" : "no active key (watch only)")
          + ", state " + initial.phase() + " at block " + initial.headBlock());
      return 0;
    }
    Logging.configure(cfg.logFormat(), verbose, env.err());
    warnings.forEach(w -> log.warn("{}", w));
    Optional<String> recovered = saved.status() == StateStore.Status.RECOVERED_FROM_BACKUP
        ? Optional.of(saved.detail()) : Optional.empty();
    return serve(cfg, activeKey, initial, identity, recovered, loaded.feed());
  }

  private int serve(MonitorConfig cfg, Optional<PrivateKey> activeKey, FailoverState initial, StateIdentity identity,
      Optional<String> recovered, Optional<FeedConfig> feed) {
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
    AtomicInteger exitCode = new AtomicInteger(1);
    try (Wiring wiring = Wiring.open(cfg, activeKey, env.clock(), metrics)) {
      Monitor monitor = wiring.monitor(cfg.witness(), cfg, initial, env.clock(), alerts::submit, metrics, identity);
      recovered.ifPresent(monitor::stateRecovered);
      MetricsServer server = null;
      if (cfg.metrics().isPresent()) {
        try {
          server = MetricsServer.start(cfg.metrics().get().toSocketAddress(), metrics, monitor::health,
              monitor::peerStatus);
        } catch (IOException e) {
          return refuse("metrics.address: " + e.getMessage(), StartupChecks.CONFIG, e);
        }
      }
      // Registered before "started" is logged: from then on a TERM is a clean stop.
      shutdownHooks.accept(new Thread(() -> {
        log.info("stop requested: finishing the current tick");
        stop.stop();
        try {
          if (done.await(15, TimeUnit.SECONDS)) {
            // A TERM is a clean stop (state saved, "stopped" logged): exit with the loop's status (0)
            // instead of the JVM's 128 + 15, which systemd reports as a failed stop.
            halt.accept(exitCode.get());
          } else {
            log.warn("the current tick did not finish within 15 s: exiting without it");
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }, "shutdown"));
      log.info("started: witness {} with key {} (priority {}), nodes {}, quorum {}, state {} at block {}{}{}",
          cfg.witness(), cfg.witnessPubkey(), cfg.policy().priority(),
          cfg.nodes().stream().map(MonitorMetrics::nodeTag).toList(), cfg.quorum(), initial.phase(),
          initial.headBlock(), cfg.dryRun() ? ", DRY RUN" : "",
          activeKey.isEmpty() ? ", NO ACTIVE KEY (watch only)" : "");
      if (server != null) {
        log.info("metrics on http://{}:{}/metrics, health on /health, peer status on /peer", server.address().getHostString(),
            server.address().getPort());
      }
      Thread feedThread = feed.map(f -> startFeed(f, cfg, activeKey, alerts, metrics, stop)).orElse(null);
      try {
        long ticks = new DaemonLoop(monitor, new Ticker(Wiring.BLOCK_INTERVAL, POLL_DELAY), env.clock(), stop).run();
        log.info("stopped after {} polls; state saved in {}", ticks, cfg.stateFile());
        exitCode.set(0);
        return 0;
      } finally {
        if (feedThread != null) {
          stop.stop();
          try {
            feedThread.join(Duration.ofSeconds(15).toMillis());
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        }
        if (server != null) {
          server.close();
        }
      }
    } finally {
      alerts.close(Duration.ofSeconds(5));
      done.countDown();
    }
  }

  /**
   * The price feed (docs/feed.md) on its own thread, beside the failover loop: its rounds wait for
   * price sources and must never delay a poll. Its own client, closed when the loop ends.
   */
  private Thread startFeed(FeedConfig feed, MonitorConfig cfg, Optional<PrivateKey> activeKey, AlertDispatcher alerts,
      MonitorMetrics metrics, StopSignal stop) {
    GolosClient client = GolosClient.builder(cfg.nodes()).timeout(Duration.ofSeconds(10)).maxRetries(1).build();
    FeedPublisher publisher = new FeedPublisher(feed, new GolosFeedChain(client, activeKey, FeedCommand.TTL),
        cfg.witness(), cfg.witnessPubkey(), env.clock(), cfg.dryRun() || activeKey.isEmpty()); // watch only: sign, never send
    FeedService service = new FeedService(cfg.witness(), MonitorMetrics.nodeTag(cfg.localNode()), feed.rule().maxAge(),
        alerts::submit, metrics);
    FeedLoop loop = new FeedLoop(publisher, feed, env.clock(), deadline -> {
      stop.awaitUntil(deadline, env.clock());
      return !stop.stopped();
    }, service, e -> log.error("feed: reporting a round failed", e));
    Thread thread = new Thread(() -> {
      try {
        loop.run();
      } finally {
        client.close();
      }
    }, "feed");
    thread.setDaemon(true);
    thread.start();
    log.info("feed: publishing every {} s from {} source(s){}", feed.interval().toSeconds(), feed.sources().size(),
        feed.rule().followProducer() ? " while this server produces (backups cover an old feed)" : "");
    return thread;
  }

  private int refuse(String line, int code, Exception e) {
    FailureLine.print(env.err(), "witness-monitor: cannot start: " + line, e, verbose);
    return code;
  }
}
