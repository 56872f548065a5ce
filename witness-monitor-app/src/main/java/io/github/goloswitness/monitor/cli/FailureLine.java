package io.github.goloswitness.monitor.cli;

import io.github.goloswitness.client.RpcException;
import java.io.PrintStream;

/**
 * The one-line error convention of every command: one line on stderr saying what went wrong, the
 * stack trace only with {@code --verbose}. {@link #print} is the one place that writes it; each
 * command chooses its wording (node commands say {@code <command> failed: <what>}).
 */
final class FailureLine {

  /** What went wrong, in one line, without the stack; a node's rejection reads "node said …". */
  static String describe(Exception e) {
    if (e instanceof RpcException rpc) {
      return rpc.summary() + " (from " + rpc.node() + ")";
    }
    String m = e.getMessage();
    return (m == null ? e.getClass().getSimpleName() : m).replace('\n', ' ');
  }

  /** Prints {@code <command> failed: <what>} (plus the stack with --verbose) and returns exit code 1. */
  static int report(PrintStream err, String command, Exception e, boolean verbose) {
    print(err, command + " failed: " + describe(e), e, verbose);
    return 1;
  }

  /** Prints {@code line}, then the stack trace of {@code cause} when {@code verbose}. */
  static void print(PrintStream err, String line, Exception cause, boolean verbose) {
    err.println(line);
    if (verbose) {
      cause.printStackTrace(err);
    }
  }

  private FailureLine() {}
}
