package io.github.goloswitness.monitor.cli;

import io.github.goloswitness.client.GolosClient;
import io.github.goloswitness.crypto.PrivateKey;
import io.github.goloswitness.monitor.config.ConfigException;
import io.github.goloswitness.monitor.config.ConfigLoader;
import io.github.goloswitness.monitor.config.Environment;
import io.github.goloswitness.monitor.config.MonitorConfig;
import io.github.goloswitness.monitor.daemon.NodeClients;
import io.github.goloswitness.monitor.daemon.StartupChecks;
import io.github.goloswitness.monitor.daemon.StartupException;
import io.github.goloswitness.monitor.daemon.StopSignal;
import io.github.goloswitness.monitor.feed.FeedCalculation;
import io.github.goloswitness.monitor.feed.FeedConfig;
import io.github.goloswitness.monitor.feed.FeedLoop;
import io.github.goloswitness.monitor.feed.FeedPublisher;
import io.github.goloswitness.monitor.feed.FeedReport;
import io.github.goloswitness.monitor.feed.FeedReportJson;
import io.github.goloswitness.monitor.feed.GolosFeedChain;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code feed --config FILE [--once] [--dry-run] [--json]}: the price-feed publisher
 * (docs/feed.md), alone. With {@code --once} one round and exit code 0 (published, dry run or not
 * needed) or 1 (no usable price, chain unreadable, publishing failed); without it a round every
 * {@code feed.interval} until SIGTERM.
 */
@Command(name = "feed", mixinStandardHelpOptions = true,
    description = "Compute the GBG/GOLOS price from the feed: sources and publish it when this server's turn has come.")
public final class FeedCommand implements Callable<Integer> {
  /** Transactions live this long after the head block time. */
  static final Duration TTL = Duration.ofSeconds(60);

  @Option(names = "--config", required = true, paramLabel = "FILE", description = "the YAML config file with a feed: section")
  Path config;

  @Option(names = "--once", description = "one round, then exit")
  boolean once;

  @Option(names = "--dry-run", description = "compute and decide; sign but never broadcast")
  boolean dryRun;

  @Option(names = "--json", description = "print each round as one JSON object")
  boolean json;

  @Option(names = "--verbose", description = "stack traces on errors")
  boolean verbose;

  private final Environment env;
  private final NodeClients clients;
  private final Consumer<Thread> shutdownHooks;

  public FeedCommand(Environment env) {
    this(env, NodeClients.standard(), Runtime.getRuntime()::addShutdownHook);
  }

  public FeedCommand(Environment env, NodeClients clients, Consumer<Thread> shutdownHooks) {
    this.env = env;
    this.clients = clients;
    this.shutdownHooks = shutdownHooks;
  }

  @Override
  public Integer call() {
    ConfigLoader.Loaded loaded;
    List<PrivateKey> active;
    try {
      loaded = ConfigLoader.load(config, env.variables());
      active = StartupChecks.localFiles(loaded.config());
    } catch (ConfigException e) {
      FailureLine.print(env.err(), "witness-monitor feed: " + e.getMessage(), e, verbose);
      return StartupChecks.CONFIG;
    } catch (StartupException e) {
      FailureLine.print(env.err(), "witness-monitor feed: " + e.getMessage(), e, verbose);
      return e.exitCode();
    }
    if (loaded.feed().isEmpty()) {
      env.err().println("witness-monitor feed: config " + config + ": no feed: section (see docs/feed.md)");
      return StartupChecks.CONFIG;
    }
    MonitorConfig cfg = loaded.config();
    FeedConfig feed = loaded.feed().get();
    try (GolosClient client = clients.open(cfg.nodes())) {
      Optional<PrivateKey> key;
      try {
        key = StartupChecks.onChain(cfg, active, client);
      } catch (StartupException e) {
        FailureLine.print(env.err(), "witness-monitor feed: " + e.getMessage(), e, verbose);
        return e.exitCode();
      }
      boolean dry = dryRun || cfg.dryRun();
      if (key.isEmpty() && !dry) {
        env.err().println("witness-monitor feed: no active key (key_file or WITNESS_ACTIVE_KEY); use --dry-run to "
            + "compute without publishing");
        return StartupChecks.CONFIG;
      }
      FeedPublisher publisher = new FeedPublisher(feed, new GolosFeedChain(client, key, TTL), cfg.witness(),
          cfg.witnessPubkey(), env.clock(), dry);
      if (once) {
        FeedReport report = publisher.runOnce();
        print(report);
        return report.outcome().alarming() ? 1 : 0;
      }
      StopSignal stop = new StopSignal();
      shutdownHooks.accept(new Thread(stop::stop, "feed-shutdown"));
      new FeedLoop(publisher, feed, env.clock(), deadline -> {
        stop.awaitUntil(deadline, env.clock());
        return !stop.stopped();
      }, this::print, e -> env.err().println("feed: report failed: " + e)).run();
      return 0;
    }
  }

  private void print(FeedReport report) {
    if (json) {
      env.out().println(FeedReportJson.write(report));
      return;
    }
    FeedCalculation.Result calc = report.calculation();
    for (FeedCalculation.SourceOutcome s : calc.sources()) {
      String use = s.use().name().toLowerCase(Locale.ROOT);
      env.out().println("  " + s.reading().source() + " " + s.reading().pair() + ": "
          + (s.reading().ok() ? String.format(Locale.ROOT, "%.8g", s.reading().value()) : s.reading().failure())
          + " [" + use + (Double.isNaN(s.deviationPct()) ? "" : String.format(Locale.ROOT, ", %.2f%%", s.deviationPct()))
          + "]");
    }
    env.out().println("price: " + (calc.price().isPresent()
        ? String.format(Locale.ROOT, "%.7f GBG/GOLOS", calc.price().getAsDouble())
            + (report.price() == null ? "" : " = " + report.price()) + " via " + calc.path()
        : "none (" + calc.problem() + ")"));
    env.out().println(report.outcome().name().toLowerCase(Locale.ROOT) + ": " + report.detail()
        + (report.transactionId() == null ? "" : " (tx " + report.transactionId() + ")"));
  }
}
