package io.github.goloswitness.monitor;

import io.github.goloswitness.monitor.config.Environment;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;

/** Test support for the scenarios: runs the command line in-process, as {@link CommandRun} does. */
public final class ScenarioCli {

  /** What one run printed. */
  public record Run(int exitCode, String out, String err) {}

  private ScenarioCli() {}

  /** Runs {@code witness-monitor args…} with no environment variables and a fixed clock. */
  public static Run run(String... args) {
    Objects.requireNonNull(args, "args");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Environment env = new Environment(new ByteArrayInputStream(new byte[0]),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
        Map.of(), CommandRun.CLOCK);
    int code = Main.run(env, args);
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}
