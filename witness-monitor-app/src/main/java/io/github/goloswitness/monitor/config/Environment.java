package io.github.goloswitness.monitor.config;

import io.github.goloswitness.monitor.Main;
import java.io.InputStream;
import java.io.PrintStream;
import java.time.InstantSource;
import java.util.Map;
import java.util.Objects;

/**
 * What a command may touch of the outside world: its standard streams, the process environment
 * variables and the clock. {@code Main} builds the real one; tests pass their own.
 */
public record Environment(
    InputStream in, PrintStream out, PrintStream err, Map<String, String> variables, InstantSource clock) {

  public Environment {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(err, "err");
    variables = Map.copyOf(variables);
    Objects.requireNonNull(clock, "clock");
  }

  /** The value of an environment variable, or {@code null}. */
  public String variable(String name) {
    return variables.get(name);
  }

  @Override
  public String toString() {
    // Environment variables may hold secrets (WITNESS_ACTIVE_KEY, KEY): never print them.
    return "Environment[variables=" + variables.keySet() + "]";
  }
}
