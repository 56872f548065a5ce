package io.github.goloswitness.monitor;

/** The daemon must not start; the message is one line naming the config key or check that failed. */
final class StartupException extends Exception {
  private static final long serialVersionUID = 1L;
  private final int exitCode;

  StartupException(String message, int exitCode) {
    super(message);
    this.exitCode = exitCode;
  }

  /** 2 for a configuration problem, 3 when the chain could not be asked. */
  int exitCode() {
    return exitCode;
  }
}
