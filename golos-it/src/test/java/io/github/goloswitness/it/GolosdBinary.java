package io.github.goloswitness.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where the golosd binary is, and whether the suite runs: the {@code GOLOSD} environment variable,
 * else {@code ../shared/golosd/golosd} beside the project root. Without a binary the suite is
 * skipped, except under {@code CI=true} with {@code ../shared/golosd} present, where a missing or
 * unusable binary fails the run (CI must not silently skip the real node).
 */
record GolosdBinary(Path path) {

  /** The binary, or empty with the reason to skip. */
  static Decision locate(Map<String, String> env, Path projectRoot) {
    String fromEnv = env.get("GOLOSD");
    Path shared = projectRoot.resolve("../shared/golosd").normalize();
    boolean ci = "true".equals(env.get("CI"));
    if (fromEnv != null && !fromEnv.isBlank()) {
      Path p = Path.of(fromEnv).toAbsolutePath();
      if (!Files.isExecutable(p)) {
        // the variable names a binary on purpose: a wrong one is a mistake, never a skip
        throw new IllegalStateException("GOLOSD=" + fromEnv + " is not an executable file");
      }
      return new Decision(Optional.of(new GolosdBinary(p)), "");
    }
    Path p = shared.resolve("golosd");
    if (Files.isExecutable(p)) {
      return new Decision(Optional.of(new GolosdBinary(p)), "");
    }
    if (ci && Files.isDirectory(shared)) {
      throw new IllegalStateException("CI=true and " + shared + " exists, but " + p
          + " is not an executable golosd: the real-node suite must run in CI");
    }
    return new Decision(Optional.empty(), "golos-it: no golosd (set GOLOSD or build "
        + p + ", see README.md, Integration suite): the real-node tests are skipped");
  }

  /** The outcome of {@link #locate}: a binary, or the one-line reason the suite is skipped. */
  record Decision(Optional<GolosdBinary> binary, String skipReason) {}
}
