package io.github.goloswitness.monitor.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.goloswitness.failover.Event;
import io.github.goloswitness.monitor.alert.EventAlerts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Keeps the shipped example and the key reference in step with the loader. */
class ConfigDocsTest {
  private static final Path ROOT = Path.of("..");
  private static final List<String> KEYS = List.of(
      "node", "witness", "witness_pubkey", "keys", "miss_window", "allowed_misses",
      "priority", "takeover_step", "max_head_lag", "min_participation", "cooldown",
      "max_switches_per_hour", "confirm_within", "reenable_disabled", "peer_grace",
      "peers", "quorum_nodes", "quorum", "key_file", "signing_key_files", "state_file",
      "metrics", "alerts", "dry_run", "log_format");

  @Test
  void theExampleConfigLoadsAndSetsTheDefaults() throws Exception {
    ConfigLoader.Loaded loaded = ConfigLoader.load(ROOT.resolve("witness_monitor.yml.example"), Map.of());
    MonitorConfig c = loaded.config();
    assertThat(loaded.warnings()).isEmpty();
    assertThat(c.policy()).isEqualTo(PolicyValues.defaults());
    assertThat(c.peers()).hasSize(1);
    assertThat(c.quorum()).isEqualTo(2);
    assertThat(c.metrics()).isPresent();
    assertThat(c.alerts().webhook()).isPresent();
    assertThat(c.alerts().telegram()).isPresent();
  }

  @Test
  void everyKeyIsInTheExampleAndTheReference() throws Exception {
    String example = Files.readString(ROOT.resolve("witness_monitor.yml.example"));
    String reference = Files.readString(ROOT.resolve("docs/configuration.md"));
    for (String key : KEYS) {
      assertThat(example).as("example mentions " + key).containsPattern("(?m)^#? ?" + key + ":");
      assertThat(reference).as("configuration.md documents " + key).contains("`" + key);
    }
  }

  @Test
  void theLoaderKnowsExactlyTheseKeys() {
    String message = "";
    try {
      ConfigLoader.parse("bogus_key: 1\n", "x", Map.of());
    } catch (ConfigException e) {
      message = e.getMessage();
    }
    assertThat(message).isEqualTo("config x: bogus_key: unknown key (known keys: "
        + String.join(", ", KEYS.stream().sorted().toList()) + ")");
  }

  @Test
  void everyAlertTheDaemonSendsIsExplainedInOperations() throws Exception {
    String operations = Files.readString(ROOT.resolve("docs/operations.md"));
    for (Event.Kind kind : Event.Kind.values()) {
      if (EventAlerts.alerts(kind)) {
        assertThat(operations).as("docs/operations.md explains alert of %s", kind)
            .contains("| `" + EventAlerts.name(kind) + "` |");
      }
    }
    assertThat(operations).contains("| `state_save_failed` |", "| `node_problem` |", "| `nodes_answer_again` |");
  }
}
