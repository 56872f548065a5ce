package io.github.goloswitness.monitor;

import io.github.goloswitness.monitor.config.Environment;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Map;

/** One in-process run of the command line with a given stdin, capturing stdout and stderr. */
public record CommandRun(int exitCode, String out, String err) {

  static final InstantSource CLOCK = InstantSource.fixed(Instant.parse("2026-11-26T00:00:00Z"));

  public static CommandRun run(String stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Environment env = new Environment(
        new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8),
        Map.of(),
        CLOCK);
    int code = Main.run(env, args);
    return new CommandRun(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}
