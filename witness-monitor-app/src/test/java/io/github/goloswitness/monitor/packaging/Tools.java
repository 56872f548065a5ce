package io.github.goloswitness.monitor.packaging;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/** What the packaging checks need from the machine: the project's files, system tools, root. */
final class Tools {
  private Tools() {
  }

  /** The project's root directory (the parent of witness-monitor-app, where the Dockerfile is). */
  static Path projectRoot() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.isRegularFile(dir.resolve("Dockerfile"))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException("no Dockerfile above " + Path.of("").toAbsolutePath());
    }
    return dir;
  }

  /** The shaded jar {@code mvn package} made (these checks are failsafe integration tests, after package). */
  static Path shadedJar() {
    Path jar = projectRoot().resolve("witness-monitor-app/target/witness-monitor.jar");
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(jar + " is missing: run these checks with mvn verify (after package)");
    }
    return jar;
  }

  /**
   * Skips unless the tests run as root (creating the service user and chown need it), also under
   * {@code CI=true}: root is the runner's choice, not a tool CI could install.
   */
  static void requireRoot() throws IOException, InterruptedException {
    if (!"0".equals(run(List.of("id", "-u"), Map.of(), Path.of("."), 10).output().strip())) {
      Assumptions.abort("not running as root: creating the service user and chown need it");
    }
  }

  record Run(int exitCode, String output) {
  }

  /** Runs {@code command} in {@code dir} with extra environment, stdout and stderr merged. */
  static Run run(List<String> command, Map<String, String> env, Path dir, int timeoutSeconds)
      throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
    builder.environment().putAll(env);
    Path out = Files.createTempFile("packaging-run", ".log");
    try {
      Process process = builder.redirectOutput(out.toFile()).start();
      if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
        throw new AssertionError(command + " did not finish in " + timeoutSeconds + " s; output:\n" + tail(out));
      }
      return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
    }
  }

  private static String tail(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
  }
}
