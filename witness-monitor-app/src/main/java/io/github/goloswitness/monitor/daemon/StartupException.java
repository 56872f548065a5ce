package io.github.goloswitness.monitor.daemon;

/** The daemon must not start; the message is one line naming the config key or check that failed. */
public final class StartupException extends Exception {
  private static final long serialVersionUID = 1L;
  private final int exitCode;

  public StartupException(String message, int exitCode) {
    super(message);
    this.exitCode = exitCode;
  }

  /** 2 for a configuration problem, 3 when the chain could not be asked. */
  public int exitCode() {
    return exitCode;
  }
}
