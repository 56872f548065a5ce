package io.github.goloswitness.monitor.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.goloswitness.monitor.ScenarioCli;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;

/**
 * A daemon started with a bad config or bad key files ({@code run --check} against the simulated
 * chain): it refuses with one line naming the problem, never echoes a key, and the running
 * monitors are not disturbed.
 */
class ConfigScenariosTest extends ScenarioTest {

  private Path config() {
    return dir.resolve("node1").resolve("witness_monitor.yml");
  }

  private ScenarioCli.Run check() {
    return ScenarioCli.run("run", "--check", "--config", config().toString());
  }

  private void assertRefusedWithOneLine(ScenarioCli.Run run, String mentioning) {
    assertThat(run.exitCode()).isNotZero();
    assertThat(run.out()).isEmpty();
    assertThat(run.err().strip()).doesNotContain("\n").contains(mentioning);
    assertThat(run.err()).doesNotContain(c.net().activeKey().toWif()).doesNotContainPattern("5[HJK][1-9A-Za-z]{49}");
  }

  @Test
  void theWrittenConfigPassesTheCheck() throws Exception {
    start(2);
    c.note("none");
    ScenarioCli.Run run = check();
    finish("good config passes run --check", 0, () -> {
      assertThat(run.exitCode()).as(run.err()).isZero();
      assertThat(run.out()).contains("active key verified on chain");
    });
  }

  @Test
  void unknownConfigKey() throws Exception {
    start(2);
    Files.writeString(config(), Files.readString(config()) + "alowed_misses: 2\n");
    c.note("typo in config key");
    ScenarioCli.Run run = check();
    c.steps(2);
    finish("bad config (unknown key)", 0, () -> assertRefusedWithOneLine(run, "alowed_misses"));
  }

  @Test
  void malformedActiveKeyFile() throws Exception {
    start(2);
    Path key = dir.resolve("node1").resolve("active.key");
    Files.writeString(key, "5Jnot-a-key-at-all\n");
    c.note("garbage in active key file");
    ScenarioCli.Run run = check();
    c.steps(2);
    finish("bad key file (malformed)", 0, () -> assertRefusedWithOneLine(run, "active.key"));
  }

  @Test
  void keyFileWithTheWrongKey() throws Exception {
    start(2);
    Path key = dir.resolve("node1").resolve("active.key");
    Files.writeString(key, c.net().signingKey(1).toWif() + "\n"); // a valid key, not the active one
    c.note("signing key in the active key file");
    ScenarioCli.Run run = check();
    c.steps(2);
    finish("bad key file (not the account's active key)", 0, () -> {
      assertRefusedWithOneLine(run, "active");
      assertThat(run.err()).doesNotContain(c.net().signingKey(1).toWif());
    });
  }

  @Test
  void keyFileReadableByOthers() throws Exception {
    start(2);
    Path key = dir.resolve("node1").resolve("active.key");
    Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-r--r--"));
    c.note("active key file mode 644");
    ScenarioCli.Run run = check();
    c.steps(2);
    finish("bad key file (readable by others)", 0, () -> assertRefusedWithOneLine(run, "active.key"));
  }
}
