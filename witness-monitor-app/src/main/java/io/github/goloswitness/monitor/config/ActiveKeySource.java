package io.github.goloswitness.monitor.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Where the witness account's active key (needed to sign {@code witness_update}) comes from. The
 * key is never read into the config itself when it lives in a file: {@link KeyFiles#readKey} does
 * that, with its permission checks, when the daemon starts.
 */
public sealed interface ActiveKeySource {

  /** The key is in {@code file} (config key {@code key_file}); read it with {@link KeyFiles}. */
  record FromFile(Path file) implements ActiveKeySource {
    public FromFile {
      Objects.requireNonNull(file, "file");
    }
  }

  /**
   * The key text was given directly: env {@code WITNESS_ACTIVE_KEY}, or the original script's
   * {@code keys} / env {@code KEY} (then {@code origin} names it and the load reported a warning).
   */
  record Inline(String origin, List<Secret> keys) implements ActiveKeySource {
    public Inline {
      Objects.requireNonNull(origin, "origin");
      keys = List.copyOf(keys);
      if (keys.isEmpty()) {
        throw new IllegalArgumentException(origin + ": no key");
      }
    }
  }

  /** No active key configured: the daemon can watch but not switch (like {@code dry_run}). */
  record None() implements ActiveKeySource {}
}
