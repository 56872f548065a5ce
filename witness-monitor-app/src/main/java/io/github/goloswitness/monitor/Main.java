package io.github.goloswitness.monitor;

import io.github.goloswitness.monitor.bench.BenchCommand;
import io.github.goloswitness.monitor.cli.HandoverCommand;
import io.github.goloswitness.monitor.cli.KeygenCommand;
import io.github.goloswitness.monitor.cli.RunCommand;
import io.github.goloswitness.monitor.cli.SimulateCommand;
import io.github.goloswitness.monitor.cli.StatusCommand;
import io.github.goloswitness.monitor.cli.SwitchCommand;
import io.github.goloswitness.monitor.cli.TxCommand;
import io.github.goloswitness.monitor.config.Environment;
import io.github.goloswitness.monitor.demo.DemoCommand;
import java.io.PrintWriter;
import java.time.InstantSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code witness-monitor} command line. The only place that reads the system clock and the
 * process environment; everything below receives them.
 */
@Command(
    name = "witness-monitor",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Keeps a Golos witness producing blocks when one of its servers dies.")
public final class Main implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    // The JDK HttpServer (the demo's simulated nodes, /metrics) otherwise leaves Nagle on, and each
    // reply then waits ~40 ms for the client's delayed ACK. Read once when the server class loads.
    System.setProperty("sun.net.httpserver.nodelay", "true");
    System.exit(run(systemEnvironment(), args));
  }

  /** The real process: System streams, {@code System.getenv()} and the system clock. */
  static Environment systemEnvironment() {
    return new Environment(System.in, System.out, System.err, System.getenv(), InstantSource.system());
  }

  /** Runs one command with the given environment; returns the process exit code. */
  public static int run(Environment env, String... args) {
    CommandLine cli = commandLine(env);
    return cli.execute(args);
  }

  static CommandLine commandLine(Environment env) {
    CommandLine cli = new CommandLine(new Main());
    // Each subcommand is registered here, one line each.
    cli.addSubcommand("status", new StatusCommand(env));
    cli.addSubcommand("switch", new SwitchCommand(env));
    cli.addSubcommand("keygen", new KeygenCommand(env));
    cli.addSubcommand("tx", TxCommand.commandLine(env));
    cli.addSubcommand("simulate", new SimulateCommand(env));
    cli.addSubcommand("bench", BenchCommand.commandLine(env));
    cli.addSubcommand("run", new RunCommand(env));
    cli.addSubcommand("demo", new DemoCommand(env));
    cli.addSubcommand("handover", new HandoverCommand(env));
    withHelpOptions(cli);
    cli.setOut(new PrintWriter(env.out(), true));
    cli.setErr(new PrintWriter(env.err(), true));
    // A usage mistake is one line on stderr (and exit 2), not a wall of usage text.
    cli.setParameterExceptionHandler((ex, args) -> {
      CommandLine failed = ex.getCommandLine();
      failed.getErr().println(failed.getCommandName() + ": " + ex.getMessage()
          + " (try '" + failed.getCommandSpec().qualifiedName() + " --help')");
      return 2;
    });
    return cli;
  }

  /** Every command and subcommand answers {@code --help} and {@code --version}, as the README promises. */
  private static void withHelpOptions(CommandLine cli) {
    cli.getCommandSpec().mixinStandardHelpOptions(true);
    cli.getSubcommands().values().forEach(Main::withHelpOptions);
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"witness-monitor " + (v == null ? "dev" : v)};
    }
  }

  private Main() {}
}
