package io.github.goloswitness.monitor.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.goloswitness.crypto.PrivateKey;
import io.github.goloswitness.monitor.Main;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The daemon as a real process (this test's class path, a fake node on 127.0.0.1): a SIGTERM, as
 * {@code systemctl stop} sends it, is a clean stop with exit status 0 (issue 10, defect 4).
 */
class RunProcessTest {
  @TempDir Path dir;

  @Test
  void sigtermIsACleanStopWithStatusZero() throws Exception {
    PrivateKey active = PrivateKey.fromPassword("alpha-wit", "process", "active");
    try (FakeChain chain = new FakeChain(MonitorTest.KEY_A, active.publicKey().toString())) {
      Path key = dir.resolve("active.key");
      Files.writeString(key, active.toWif() + "\n");
      Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-------"));
      Path config = dir.resolve("monitor.yml");
      Files.writeString(config, "node: " + chain.node().uri() + "\nwitness: alpha-wit\nwitness_pubkey: "
          + MonitorTest.KEY_B + "\nkey_file: " + key + "\nstate_file: " + dir.resolve("state.json") + "\n");
      Path java = Path.of(System.getProperty("java.home"), "bin", "java");
      Process process = new ProcessBuilder(java.toString(), "-Xmx64m", "-cp", System.getProperty("java.class.path"),
          Main.class.getName(), "run", "--config", config.toString()).redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .start();
      try {
        List<String> lines = new CopyOnWriteArrayList<>();
        CompletableFuture<Void> started = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
          try (BufferedReader err = new BufferedReader(
              new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
            for (String line = err.readLine(); line != null; line = err.readLine()) {
              lines.add(line);
              if (line.contains("started: witness")) {
                started.complete(null);
              }
            }
          } catch (java.io.IOException e) {
            started.completeExceptionally(e);
          }
          started.completeExceptionally(new AssertionError("exited before starting: " + lines));
        });
        reader.start();
        started.get(60, TimeUnit.SECONDS);

        // What systemctl stop sends. Process.destroy() would send it too, but closes our end of stderr.
        assertThat(new ProcessBuilder("kill", "-TERM", Long.toString(process.pid())).start().waitFor()).isZero();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("stopped").isTrue();
        reader.join(30_000);
        assertThat(process.exitValue()).as("exit status after SIGTERM; log: " + lines).isZero();
        assertThat(String.join("\n", lines)).contains("stop requested").contains("stopped after");
        assertThat(Files.readString(dir.resolve("state.json"))).contains(MonitorTest.KEY_A);
      } finally {
        process.destroyForcibly();
      }
    }
  }
}
