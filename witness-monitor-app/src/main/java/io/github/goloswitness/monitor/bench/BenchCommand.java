package io.github.goloswitness.monitor.bench;

import io.github.goloswitness.monitor.config.Environment;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code bench}: benchmarks of the failover logic and of the daemon; see docs/performance.md. */
@Command(name = "bench", description = "Benchmarks: failover (policy vs the original script), footprint.")
public final class BenchCommand implements Callable<Integer> {

  private final Environment env;

  private BenchCommand(Environment env) {
    this.env = env;
  }

  /** The {@code bench} command with its subcommands. */
  public static CommandLine commandLine(Environment env) {
    CommandLine bench = new CommandLine(new BenchCommand(env));
    // Each bench subcommand is registered here, one line each.
    bench.addSubcommand("failover", new FailoverBenchCommand(env));
    bench.addSubcommand("footprint", new FootprintCommand(env));
    return bench;
  }

  @Override
  public Integer call() {
    env.err().println("bench: needs a subcommand (failover, footprint)");
    return 2;
  }
}
