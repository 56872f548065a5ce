package io.github.goloswitness.monitor.cli;

import io.github.goloswitness.crypto.PrivateKey;
import io.github.goloswitness.crypto.PublicKey;
import io.github.goloswitness.monitor.config.ConfigException;
import io.github.goloswitness.monitor.config.ConfigLoader;
import io.github.goloswitness.monitor.config.Environment;
import io.github.goloswitness.monitor.config.MonitorConfig;
import io.github.goloswitness.monitor.daemon.Handover;
import io.github.goloswitness.monitor.daemon.HandoverTarget;
import io.github.goloswitness.monitor.daemon.Poller;
import io.github.goloswitness.monitor.daemon.StartupChecks;
import io.github.goloswitness.monitor.daemon.StartupException;
import io.github.goloswitness.monitor.daemon.StopSignal;
import io.github.goloswitness.monitor.daemon.Wiring;
import io.github.goloswitness.monitor.observe.MonitorMetrics;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code handover --config FILE (--to-key GLS… | --to-self) [--dry-run]}: a planned switch for
 * maintenance, so a restart costs no missed block. First it checks that the target's server can
 * produce ({@link HandoverTarget}: its monitor's {@code /peer}, or this server's own node and key
 * file) and refuses otherwise; then it waits for a safe moment (fails at once when the schedule
 * allows none), switches, and waits for the new node's first block, switching back when it
 * misses its first slot. {@code --dry-run} neither waits nor sends: it prints the signed
 * transaction. It does not touch the running daemons' state: the policy treats any key change as
 * expected for {@code cooldown} rounds (no takeover, the one transition miss forgiven), and the
 * daemon on the new key's node starts verifying production. Exit 0 when the new node produced (or
 * the dry run printed), 1 when the target was refused, did not produce or was rolled back, 2 on
 * bad input.
 */
@Command(name = "handover", mixinStandardHelpOptions = true,
    description = "Planned switch of the signing key (maintenance), confirmed by a produced block.")
public final class HandoverCommand implements Callable<Integer> {

  static final class Target {
    @Option(names = "--to-key", paramLabel = "GLS…", description = "the signing key to switch to")
    String key;

    @Option(names = "--to-self", description = "switch to this node's witness_pubkey")
    boolean self;
  }

  @Option(names = "--config", required = true, paramLabel = "FILE", description = "the YAML config file")
  Path config;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Target target;

  @Option(names = "--dry-run", description = "check the target, sign and print the transaction; no waiting, no broadcast")
  boolean dryRun;

  @Option(names = "--verbose", description = "stack traces on errors")
  boolean verbose;

  /** How long the check of the target waits for its monitor's /peer. */
  private static final Duration PEER_TIMEOUT = Duration.ofSeconds(5);

  private final Environment env;
  private final Handover.Waiter waiter;

  public HandoverCommand(Environment env) {
    this(env, null);
  }

  /** @param waiter how to wait one block; null = one block interval of {@code env}'s clock */
  public HandoverCommand(Environment env, Handover.Waiter waiter) {
    this.env = Objects.requireNonNull(env, "env");
    this.waiter = waiter;
  }

  @Override
  public Integer call() throws Exception {
    MonitorConfig cfg;
    Optional<PrivateKey> activeKey;
    try {
      cfg = ConfigLoader.load(config, env.variables()).config();
      List<PrivateKey> keys = StartupChecks.localFiles(cfg);
      if (keys.isEmpty() && !dryRun) {
        return refuse("no active key configured (key_file or WITNESS_ACTIVE_KEY): a handover must sign");
      }
      try (var nodes = io.github.goloswitness.client.GolosClient.builder(cfg.nodes()).maxRetries(1).build()) {
        activeKey = StartupChecks.onChain(cfg, keys, nodes);
      }
    } catch (ConfigException e) {
      return refuse(e.getMessage());
    } catch (StartupException e) {
      return refuse(e.getMessage());
    }
    PublicKey to;
    try {
      to = PublicKey.fromString(target.self ? cfg.witnessPubkey() : target.key);
    } catch (IllegalArgumentException e) {
      return refuse("--to-key: " + e.getMessage());
    }
    if (to.isNull()) {
      return refuse("--to-key: the null key would disable the witness; this command only hands over");
    }
    MonitorConfig effective = new MonitorConfig(cfg.nodes(), cfg.witness(), cfg.witnessPubkey(), cfg.missWindow(),
        cfg.allowedMisses(), cfg.policy(), cfg.peers(), cfg.quorumNodes(), cfg.quorum(), cfg.activeKey(),
        cfg.signingKeyFiles(), cfg.stateFile(), cfg.metrics(), cfg.alerts(), cfg.dryRun() || dryRun, cfg.logFormat());
    try (Wiring wiring = Wiring.open(effective, activeKey, env.clock(), MonitorMetrics.create())) {
      // Before anything is signed: can the target's server produce? (issue 18: a handover to a
      // server that could not switched anyway and lost 12 blocks)
      HandoverTarget.Verdict ready = HandoverTarget.check(cfg, to, wiring.all, env.clock().instant(), PEER_TIMEOUT);
      if (!ready.ready()) {
        env.err().println("witness-monitor handover: refused: " + to + ": " + ready.line());
        return 1;
      }
      env.out().println("target ready: " + ready.line());
      Handover.Waiter wait = waiter != null ? waiter : realWaiter();
      Handover.Result result = new Handover(wiring.all, wiring.switcher, cfg.witness(), wait, env.out())
          .run(to, 3 * Wiring.ROUND_LENGTH);
      return result == Handover.Result.FAILED || result == Handover.Result.ROLLED_BACK ? 1 : 0;
    } catch (java.io.IOException e) {
      FailureLine.print(env.err(), "witness-monitor handover: cannot read the chain: " + Poller.message(e)
          + " (a switch may have been sent: check the witness's signing_key before retrying)", e, verbose);
      return 1;
    }
  }

  private Handover.Waiter realWaiter() {
    StopSignal never = new StopSignal();
    return () -> never.awaitUntil(env.clock().instant().plus(Wiring.BLOCK_INTERVAL), env.clock());
  }

  private int refuse(String line) {
    env.err().println("witness-monitor handover: " + line);
    return 2;
  }
}
