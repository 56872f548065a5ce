package io.github.goloswitness.monitor.cli;

import io.github.goloswitness.monitor.config.Environment;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The error convention of every command: one line on stderr naming what is wrong, a stack trace
 * only with {@code --verbose}, exit code 1. Messages of our exceptions never hold secrets.
 */
final class CommandFailure extends Exception {

  static final int EXIT_CODE = 1;

  CommandFailure(String message) {
    super(message);
  }

  CommandFailure(String message, Throwable cause) {
    super(message, cause);
  }

  /** Prints {@code error: message} (and the trace if verbose); returns the exit code. */
  static int report(Environment env, boolean verbose, Exception e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    FailureLine.print(env.err(), "error: " + message.replace('\n', ' '), e, verbose);
    env.err().flush();
    return EXIT_CODE;
  }

  /** All of standard input as UTF-8. */
  static String readStdin(Environment env) throws CommandFailure {
    try {
      InputStream in = env.in();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new CommandFailure("cannot read standard input: " + e.getMessage(), e);
    }
  }
}
