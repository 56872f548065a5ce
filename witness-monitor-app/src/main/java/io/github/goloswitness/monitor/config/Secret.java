package io.github.goloswitness.monitor.config;

import java.util.Objects;

/**
 * A secret text (an active key WIF, a bot token) that never shows itself: {@link #toString()} is
 * redacted, there is no {@code equals} that could be used to probe it, and the only way to read it
 * is the explicitly named {@link #reveal()}. Immutable and thread-safe.
 */
public final class Secret {
  private final String value;

  private Secret(String value) {
    this.value = value;
  }

  /**
   * Wraps a secret.
   *
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is blank (the message does not echo it)
   */
  public static Secret of(String value) {
    Objects.requireNonNull(value, "secret value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("secret is empty");
    }
    return new Secret(value);
  }

  /** The secret text itself. Call only where it is used (signing, an HTTP request path). */
  public String reveal() {
    return value;
  }

  /** Whether {@code text} contains this secret; used to scrub messages before they are shown. */
  boolean occursIn(String text) {
    return text != null && text.contains(value);
  }

  /** {@code text} with every occurrence of this secret replaced by {@code [redacted]}. */
  public String scrub(String text) {
    return text == null ? null : text.replace(value, "[redacted]");
  }

  @Override
  public String toString() {
    return "Secret[redacted]";
  }
}
