package io.github.goloswitness.monitor.observe;

import java.util.Locale;

/** How the daemon writes its log: human-readable lines or one JSON object per line. */
public enum LogFormat {
  TEXT,
  JSON;

  /** The name used in the config file ({@code text} or {@code json}). */
  public String configName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
