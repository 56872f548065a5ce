package io.github.goloswitness.monitor;

import io.github.goloswitness.client.RpcException;
import java.io.PrintStream;

/** The one-line error convention of every command: {@code <command> failed: <what>}. */
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
    err.println(command + " failed: " + describe(e));
    if (verbose) {
      e.printStackTrace(err);
    }
    return 1;
  }

  private FailureLine() {}
}
