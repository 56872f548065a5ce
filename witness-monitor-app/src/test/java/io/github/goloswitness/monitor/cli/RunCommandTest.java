package io.github.goloswitness.monitor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.goloswitness.crypto.PrivateKey;
import io.github.goloswitness.monitor.Main;
import io.github.goloswitness.monitor.config.Environment;
import io.github.goloswitness.monitor.daemon.FakeChain;
import io.github.goloswitness.monitor.daemon.MonitorTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The daemon's startup checks, run in-process with {@code run --check} (no loop). */
class RunCommandTest {
  static final PrivateKey ACTIVE = PrivateKey.fromPassword("alpha-wit", "run", "active");
  static final PrivateKey SIGNING = PrivateKey.fromPassword("alpha-wit", "run", "signing");
  static final PrivateKey OTHER = PrivateKey.fromPassword("alpha-wit", "run", "other");

  @TempDir Path dir;
  FakeChain chain;
  FakeChain.Node node;
  final ByteArrayOutputStream out = new ByteArrayOutputStream();
  final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @BeforeEach
  void start() throws Exception {
    chain = new FakeChain(MonitorTest.KEY_A, ACTIVE.publicKey().toString());
    node = chain.node();
  }

  @AfterEach
  void stop() {
    chain.close();
  }

  int run(String... args) {
    Environment env = new Environment(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true),
        new PrintStream(err, true), Map.of(), () -> Instant.parse("2026-11-26T04:00:01Z"));
    String[] all = new String[args.length + 1];
    all[0] = "run";
    System.arraycopy(args, 0, all, 1, args.length);
    return Main.run(env, all);
  }

  Path keyFile(String name, PrivateKey key, String mode) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, key.toWif() + "\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(mode));
    return file;
  }

  Path config(String extra) throws Exception {
    Path file = dir.resolve("monitor.yml");
    Files.writeString(file, "node: " + node.uri() + "\nwitness: alpha-wit\nwitness_pubkey: "
        + SIGNING.publicKey() + "\nstate_file: " + dir.resolve("state.json") + "\n" + extra);
    return file;
  }

  String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  void assertRefused(int code, String... fragments) {
    assertThat(code).isEqualTo(2);
    assertThat(err().lines()).hasSize(1);
    assertThat(err()).startsWith("witness-monitor: cannot start: ").contains(fragments);
    assertThat(out.size()).isZero();
    assertThat(err()).doesNotContain(ACTIVE.toWif()).doesNotContain(SIGNING.toWif()).doesNotContain(OTHER.toWif());
  }

  @Test
  void startsWithAGoodConfig() throws Exception {
    Path key = keyFile("active.key", ACTIVE, "rw-------");
    Path signing = keyFile("signing.key", SIGNING, "r--------");
    int code = run("--config", config("key_file: " + key + "\nsigning_key_files: [" + signing + "]\n").toString(),
        "--check");
    assertThat(err()).isEmpty();
    assertThat(code).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("active key verified on chain");
  }

  @Test
  void refusesABadConfig() throws Exception {
    assertRefused(run("--config", config("allowed_misses: -1\n").toString(), "--check"), "allowed_misses");
  }

  @Test
  void refusesAKeyFileReadableByOthers() throws Exception {
    Path key = keyFile("active.key", ACTIVE, "rw-r--r--");
    assertRefused(run("--config", config("key_file: " + key + "\n").toString(), "--check"),
        "active.key", "chmod 600");
  }

  @Test
  void refusesAnActiveKeyThatIsNotTheAccountsActiveKey() throws Exception {
    Path key = keyFile("active.key", OTHER, "rw-------");
    assertRefused(run("--config", config("key_file: " + key + "\n").toString(), "--check"),
        "is not an active key of account \"alpha-wit\"", OTHER.publicKey().toString());
  }

  @Test
  void refusesAWitnessPubkeyWithoutItsPrivateKey() throws Exception {
    Path signing = keyFile("signing.key", OTHER, "rw-------");
    assertRefused(run("--config", config("signing_key_files: [" + signing + "]\n").toString(), "--check"),
        "witness_pubkey " + SIGNING.publicKey(), "signing_key_files");
  }

  @Test
  void refusesAnUnknownWitness() throws Exception {
    Path file = config("");
    Files.writeString(file, Files.readString(file).replace("witness: alpha-wit", "witness: nobody-here"));
    assertRefused(run("--config", file.toString(), "--check"), "\"nobody-here\" is not a witness");
  }

  @Test
  void refusesACorruptStateFile() throws Exception {
    Files.writeString(dir.resolve("state.json"), "{not json");
    assertRefused(run("--config", config("").toString(), "--check"), "state_file", "move it away");
  }
}
