package io.github.goloswitness.monitor.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.util.ContextInitializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.goloswitness.crypto.PrivateKey;
import io.github.goloswitness.monitor.LogCapture;
import io.github.goloswitness.monitor.cli.RunCommand;
import io.github.goloswitness.monitor.config.Environment;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** The real {@code run} loop in-process, stopped through its shutdown hook as SIGTERM would. */
class RunLoopTest {
  @TempDir Path dir;

  @AfterEach
  void restoreLogging() throws Exception {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    context.reset();
    new ContextInitializer(context).autoConfig();
  }

  @Test
  void runsPollsAndStopsCleanlyOnSigtermWithJsonLogs() throws Exception {
    PrivateKey active = PrivateKey.fromPassword("alpha-wit", "loop", "active");
    try (FakeChain chain = new FakeChain(MonitorTest.KEY_A, active.publicKey().toString())) {
      FakeChain.Node node = chain.node();
      Path key = dir.resolve("active.key");
      Files.writeString(key, active.toWif() + "\n");
      Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-------"));
      Path config = dir.resolve("monitor.yml");
      Files.writeString(config, "node: " + node.uri() + "\nwitness: alpha-wit\nwitness_pubkey: " + MonitorTest.KEY_B
          + "\nkey_file: " + key + "\nstate_file: " + dir.resolve("state.json") + "\nlog_format: json\n");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      Environment env = new Environment(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true),
          new PrintStream(err, true), Map.of(), chain.clock());
      CompletableFuture<Thread> hook = new CompletableFuture<>();
      RunCommand command = new RunCommand(env, hook::complete);
      CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(
          () -> new picocli.CommandLine(command).execute("--config", config.toString()));

      Thread sigterm = hook.get(30, TimeUnit.SECONDS);
      sigterm.run(); // what the JVM does on SIGTERM: waits until the loop finished its tick
      assertThat(exit.get(30, TimeUnit.SECONDS)).isZero();

      String log = err.toString(StandardCharsets.UTF_8);
      ObjectMapper json = new ObjectMapper();
      for (String line : log.lines().toList()) {
        assertThat(json.readTree(line).has("formattedMessage")).as(line).isTrue();
      }
      assertThat(log).contains("started: witness", "alpha-wit").contains("stop requested").contains("stopped after");
      assertThat(LogCapture.WIF.matcher(log).find()).isFalse();
      assertThat(Files.readString(dir.resolve("state.json"))).contains(MonitorTest.KEY_A);
      assertThat(out.size()).isZero();
    }
  }
}
