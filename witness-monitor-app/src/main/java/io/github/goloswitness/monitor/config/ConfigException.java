package io.github.goloswitness.monitor.config;

/**
 * The configuration is unusable. The message is one line naming the source, the key and the
 * problem, e.g. {@code config witness_monitor.yml: allowed_misses: must be >= 0, got -1}; it never
 * contains a secret.
 */
public final class ConfigException extends Exception {
  private static final long serialVersionUID = 1L;

  ConfigException(String message) {
    super(message);
  }
}
