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

  /**
   * The most standard input the tx commands read: the JSON of the largest transaction golosd
   * accepts ({@code STEEMIT_MAX_TRANSACTION_SIZE} = 65536 bytes, protocol doc §2) with room for
   * JSON's hex, names and quotes. More is refused before it fills the heap.
   */
  static final int MAX_STDIN_BYTES = 4 * 65536;

  /**
   * Standard input as UTF-8, at most {@link #MAX_STDIN_BYTES}.
   *
   * @throws CommandFailure if it is longer (nothing beyond the limit is read) or cannot be read
   */
  static String readStdin(Environment env) throws CommandFailure {
    try {
      InputStream in = env.in();
      byte[] input = in.readNBytes(MAX_STDIN_BYTES + 1);
      if (input.length > MAX_STDIN_BYTES) {
        throw new CommandFailure("standard input: more than " + MAX_STDIN_BYTES
            + " bytes, larger than any transaction; expected one transaction as JSON");
      }
      return new String(input, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new CommandFailure("cannot read standard input: " + e.getMessage(), e);
    }
  }
}
