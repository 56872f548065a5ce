package io.github.goloswitness.monitor;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * System tools that no Maven artifact provides (promtool, systemd-analyze, setpriv, mvn): found on
 * the PATH, else the test is skipped, or fails under {@code CI=true}, where {@code .ci/run}
 * installs them.
 */
public final class SystemTools {
  private SystemTools() {
  }

  /** {@code name} on the PATH; skips the test without it, or fails it under {@code CI=true}. */
  public static Path require(String name, String install) {
    Optional<Path> tool = Optional.ofNullable(System.getenv("PATH")).stream()
        .flatMap(p -> List.of(p.split(File.pathSeparator)).stream())
        .map(d -> Path.of(d, name)).filter(Files::isExecutable).findFirst();
    if (tool.isEmpty()) {
      skipOrFail(name + " not found on PATH (" + install + ")");
    }
    return tool.orElseThrow();
  }

  /** Skips the test, or fails it under {@code CI=true} (CI must run every such check). */
  public static void skipOrFail(String reason) {
    if ("true".equals(System.getenv("CI"))) {
      throw new AssertionError(reason + "; CI=true requires it");
    }
    Assumptions.abort(reason + "; skipped because CI is not true");
  }
}
