package io.github.goloswitness.monitor.config;

import static io.github.goloswitness.monitor.TestKeys.PUB_A;
import static io.github.goloswitness.monitor.TestKeys.PUB_B;
import static io.github.goloswitness.monitor.TestKeys.PUB_C;
import static io.github.goloswitness.monitor.TestKeys.WIF;
import static io.github.goloswitness.monitor.TestKeys.WIF_2;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.goloswitness.monitor.observe.LogFormat;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
  private static final String SOURCE = "witness_monitor.yml";
  /** The shape of the original witness_monitor.yml.example. */
  private static final String ORIGINAL = String.join("\n",
      "node: ws://localhost:8091",
      "witness: lex",
      "witness_pubkey: " + PUB_A,
      "keys: " + WIF,
      "miss_window: 3600",
      "allowed_misses: 1",
      "");
  private static final String MINIMAL = "node: ws://localhost:8091\nwitness: lex\nwitness_pubkey: " + PUB_A + "\n";

  private static ConfigLoader.Loaded parse(String yaml, Map<String, String> env) throws ConfigException {
    return ConfigLoader.parse(yaml, SOURCE, env);
  }

  private static String error(String yaml, Map<String, String> env) {
    try {
      parse(yaml, env);
    } catch (ConfigException e) {
      return e.getMessage();
    }
    throw new AssertionError("expected a ConfigException for:\n" + yaml);
  }

  @Test
  void readsTheOriginalConfigWithAWarningForTheClearKey() throws Exception {
    ConfigLoader.Loaded loaded = parse(ORIGINAL, Map.of());
    MonitorConfig c = loaded.config();
    assertThat(c.nodes()).containsExactly(URI.create("ws://localhost:8091"));
    assertThat(c.localNode()).isEqualTo(URI.create("ws://localhost:8091"));
    assertThat(c.witness()).isEqualTo("lex");
    assertThat(c.witnessPubkey()).isEqualTo(PUB_A);
    assertThat(c.missWindow()).isEqualTo(Duration.ofHours(1));
    assertThat(c.allowedMisses()).isEqualTo(1);
    assertThat(c.activeKey()).isInstanceOfSatisfying(ActiveKeySource.Inline.class, k -> {
      assertThat(k.origin()).isEqualTo("keys");
      assertThat(k.keys()).extracting(Secret::reveal).containsExactly(WIF);
    });
    assertThat(loaded.warnings()).singleElement().asString().startsWith("keys: the active key is kept in clear")
        .doesNotContain(WIF);
    assertThat(c.toString()).doesNotContain(WIF).contains("Secret[redacted]");
  }

  @Test
  void appliesDefaults() throws Exception {
    MonitorConfig c = parse(MINIMAL, Map.of()).config();
    assertThat(c.missWindow()).isEqualTo(Duration.ofSeconds(3600));
    assertThat(c.allowedMisses()).isEqualTo(1);
    assertThat(c.policy()).isEqualTo(new PolicyValues(0, 2, 3, 33, 2, 3, 3, false, 1));
    assertThat(c.peers()).isEmpty();
    assertThat(c.quorumNodes()).isEmpty();
    assertThat(c.quorum()).isEqualTo(1);
    assertThat(c.activeKey()).isEqualTo(new ActiveKeySource.None());
    assertThat(c.stateFile()).isEqualTo(Path.of("./witness-monitor.state"));
    assertThat(c.metrics()).isEmpty();
    assertThat(c.alerts()).isEqualTo(AlertSettings.none());
    assertThat(c.dryRun()).isFalse();
    assertThat(c.logFormat()).isEqualTo(LogFormat.TEXT);
  }

  @Test
  void readsEveryNewKey() throws Exception {
    String yaml = MINIMAL.replace("node: ws://localhost:8091", "node: [ws://localhost:8091, https://api.golos.example]") + String.join("\n",
        "priority: 1", "takeover_step: 4", "max_head_lag: 5", "min_participation: 50", "cooldown: 3",
        "max_switches_per_hour: 2", "confirm_within: 6", "reenable_disabled: true", "peer_grace: 1",
        "peers:", "  - {signing_key: " + PUB_B + ", node: wss://b.example:8091}",
        "  - signing_key: " + PUB_C, "    node: http://c.example:8090",
        "quorum_nodes: [https://q1.example, https://q2.example]", "quorum: 3",
        "key_file: /etc/witness-monitor/active.key", "signing_key_files: [/etc/witness-monitor/signing.key]",
        "state_file: /var/lib/witness-monitor/state.json", "metrics: {address: '0.0.0.0:9100'}",
        "alerts:", "  webhook: {url: 'https://hooks.example/alert'}",
        "  telegram: {chat_id: -100123, token_file: /etc/witness-monitor/telegram.token}",
        "dry_run: true", "log_format: json", "");
    MonitorConfig c = parse(yaml, Map.of()).config();
    assertThat(c.nodes()).hasSize(2);
    assertThat(c.policy()).isEqualTo(new PolicyValues(1, 4, 5, 50, 3, 2, 6, true, 1));
    assertThat(c.peers()).containsExactly(
        new MonitorConfig.Peer(PUB_B, URI.create("wss://b.example:8091")),
        new MonitorConfig.Peer(PUB_C, URI.create("http://c.example:8090")));
    assertThat(c.quorumNodes()).hasSize(2);
    assertThat(c.quorum()).isEqualTo(3);
    assertThat(c.activeKey()).isEqualTo(new ActiveKeySource.FromFile(Path.of("/etc/witness-monitor/active.key")));
    assertThat(c.signingKeyFiles()).containsExactly(Path.of("/etc/witness-monitor/signing.key"));
    assertThat(c.stateFile()).isEqualTo(Path.of("/var/lib/witness-monitor/state.json"));
    assertThat(c.metrics()).hasValue(new MonitorConfig.ListenAddress("0.0.0.0", 9100));
    assertThat(c.alerts().webhook()).hasValue(URI.create("https://hooks.example/alert"));
    assertThat(c.alerts().telegram()).hasValueSatisfying(t -> {
      assertThat(t.chatId()).isEqualTo("-100123");
      assertThat(t.tokenFile()).hasValue(Path.of("/etc/witness-monitor/telegram.token"));
    });
    assertThat(c.dryRun()).isTrue();
    assertThat(c.logFormat()).isEqualTo(LogFormat.JSON);
  }

  @Test
  void dockerVariablesOverrideTheFile() throws Exception {
    Map<String, String> env = Map.of(
        "NODE", "ws://golos:8091, https://backup.example ,",
        "WITNESS", "vvk",
        "WITNESS_PUBKEY", PUB_B,
        "MISS_WINDOW", "60*60*2",
        "ALLOWED_MISSES", "3",
        "KEY", WIF_2);
    ConfigLoader.Loaded loaded = parse(ORIGINAL, env);
    MonitorConfig c = loaded.config();
    assertThat(c.nodes()).containsExactly(URI.create("ws://golos:8091"), URI.create("https://backup.example"));
    assertThat(c.witness()).isEqualTo("vvk");
    assertThat(c.witnessPubkey()).isEqualTo(PUB_B);
    assertThat(c.missWindow()).isEqualTo(Duration.ofHours(2));
    assertThat(c.allowedMisses()).isEqualTo(3);
    assertThat(c.activeKey()).isInstanceOfSatisfying(ActiveKeySource.Inline.class,
        k -> assertThat(k.keys()).extracting(Secret::reveal).containsExactly(WIF_2));
    assertThat(loaded.warnings()).singleElement().asString().startsWith("environment KEY:");
  }

  @Test
  void emptyVariablesCountAsUnset() throws Exception {
    MonitorConfig c = parse(MINIMAL, Map.of("NODE", "", "WITNESS", " ", "ALLOWED_MISSES", "")).config();
    assertThat(c.witness()).isEqualTo("lex");
    assertThat(c.nodes()).containsExactly(URI.create("ws://localhost:8091"));
  }

  @Test
  void activeKeyFromTheEnvironmentWinsOverTheLegacyKeyWithAWarning() throws Exception {
    ConfigLoader.Loaded loaded = parse(ORIGINAL, Map.of("WITNESS_ACTIVE_KEY", WIF_2));
    assertThat(loaded.config().activeKey()).isInstanceOfSatisfying(ActiveKeySource.Inline.class, k -> {
      assertThat(k.origin()).isEqualTo("WITNESS_ACTIVE_KEY");
      assertThat(k.keys()).extracting(Secret::reveal).containsExactly(WIF_2);
    });
    assertThat(loaded.warnings()).singleElement().asString().contains("ignored because environment WITNESS_ACTIVE_KEY is set");
    assertThat(loaded.config().toString()).doesNotContain(WIF).doesNotContain(WIF_2);
  }

  @Test
  void namesTheKeyAndTheProblem() {
    assertThat(error(MINIMAL + "allowed_misses: -1\n", Map.of()))
        .isEqualTo("config witness_monitor.yml: allowed_misses: must be >= 0, got -1");
    assertThat(error(MINIMAL.replace("node: ws://localhost:8091", "node: [ws://localhost:8091, ftp://x.example]"), Map.of()))
        .isEqualTo("config witness_monitor.yml: node[1]: unsupported scheme \"ftp\" (use http, https, ws or wss)");
    assertThat(error(MINIMAL + "allowed_mises: 2\n", Map.of()))
        .startsWith("config witness_monitor.yml: allowed_mises: unknown key (known keys: alerts, allowed_misses,");
    assertThat(error("node: ws://localhost:8091\nwitness_pubkey: " + PUB_A + "\n", Map.of()))
        .startsWith("config witness_monitor.yml: witness: missing");
    assertThat(error(MINIMAL, Map.of("ALLOWED_MISSES", "many")))
        .isEqualTo("config witness_monitor.yml: environment ALLOWED_MISSES: must be an integer, got \"many\"");
    assertThat(error(MINIMAL + "miss_window: 0\n", Map.of()))
        .isEqualTo("config witness_monitor.yml: miss_window: must be >= 1, got 0");
    assertThat(error(MINIMAL + "takeover_step: 0\n", Map.of()))
        .isEqualTo("config witness_monitor.yml: takeover_step: must be >= 1, got 0");
    assertThat(error(MINIMAL + "min_participation: 101\n", Map.of()))
        .isEqualTo("config witness_monitor.yml: min_participation: must be between 0 and 100, got 101");
    assertThat(error(MINIMAL + "log_format: xml\n", Map.of()))
        .isEqualTo("config witness_monitor.yml: log_format: must be text or json, got \"xml\"");
    assertThat(error(MINIMAL + "dry_run: maybe\n", Map.of()))
        .startsWith("config witness_monitor.yml: dry_run: must be true or false");
    assertThat(error(MINIMAL + "witness: bob\n", Map.of())).contains("Duplicate field 'witness'");
    assertThat(error("", Map.of())).isEqualTo("config witness_monitor.yml: is empty (node, witness and witness_pubkey are required)");
    assertThat(error("- a\n- b\n", Map.of())).isEqualTo("config witness_monitor.yml: (top level): must be a mapping of keys to values");
    assertThat(error(MINIMAL + "metrics: {address: localhost}\n", Map.of()))
        .startsWith("config witness_monitor.yml: metrics.address: must be HOST:PORT");
    assertThat(error(MINIMAL + "alerts: {webhook: {url: 'ws://x.example'}}\n", Map.of()))
        .isEqualTo("config witness_monitor.yml: alerts.webhook.url: unsupported scheme \"ws\" (use http or https)");
    assertThat(error(MINIMAL + "alerts: {telegram: {chat_id: 1}}\n", Map.of()))
        .isEqualTo("config witness_monitor.yml: alerts.telegram: needs token_file or environment TELEGRAM_BOT_TOKEN");
    assertThat(error(MINIMAL + "peers: [{signing_key: " + PUB_B + ", node: ws://b.example, url: x}]\n", Map.of()))
        .startsWith("config witness_monitor.yml: peers[0].url: unknown key");
    assertThat(error(MINIMAL + "state_file: \"a\\0b\"\n", Map.of()))
        .isEqualTo("config witness_monitor.yml: state_file: not a valid path (Nul character not allowed)");
    assertThat(error(MINIMAL.replace("witness: lex", "witness: Lex!"), Map.of()))
        .startsWith("config witness_monitor.yml: witness: \"Lex!\" is not a Golos account name");
  }

  @Test
  void peersNameTheirMonitors() throws Exception {
    String peer = "peers: [{signing_key: " + PUB_B + ", node: wss://b.example:8091, monitor: http://10.0.0.6:9464}]\n";
    ConfigLoader.Loaded loaded = parse(MINIMAL + peer + "metrics: {address: 10.0.0.5:9464}\n", Map.of());
    assertThat(loaded.config().peers()).containsExactly(new MonitorConfig.Peer(PUB_B,
        java.net.URI.create("wss://b.example:8091"), java.util.Optional.of(java.net.URI.create("http://10.0.0.6:9464"))));
    assertThat(loaded.warnings()).isEmpty();
    assertThat(parse(MINIMAL + peer, Map.of()).warnings())
        .containsExactly("peers name their monitors but metrics is off: the other servers cannot read this one's /peer"
            + " (set metrics.address to an address they reach)");
    assertThat(parse(MINIMAL + peer + "metrics: {address: 127.0.0.1:9464}\n", Map.of()).warnings())
        .singleElement().asString().startsWith("metrics.address 127.0.0.1:9464 is loopback");
    assertThat(parse(MINIMAL + "peers: [{signing_key: " + PUB_B + ", node: wss://b.example:8091}]\n", Map.of())
        .warnings()).singleElement().asString().startsWith("peers without monitor:");
    assertThat(error(MINIMAL + "peers: [{signing_key: " + PUB_B + ", node: ws://b.example, monitor: ws://b.example}]\n",
        Map.of())).isEqualTo("config witness_monitor.yml: peers[0].monitor: unsupported scheme \"ws\" (use http or https)");
  }

  @Test
  void neverTheSameSigningKeyTwice() {
    assertThat(error(MINIMAL + "peers: [{signing_key: " + PUB_A + ", node: ws://b.example}]\n", Map.of()))
        .isEqualTo("config witness_monitor.yml: peers[0].signing_key: is this node's witness_pubkey:"
            + " each server needs its own signing key, never the same key twice");
    assertThat(error(MINIMAL + "peers: [{signing_key: " + PUB_B + ", node: ws://b.example}, {signing_key: "
        + PUB_B + ", node: ws://c.example}]\n", Map.of()))
        .isEqualTo("config witness_monitor.yml: peers[1].signing_key: is used by another peer: each server needs its own signing key");
    assertThat(error(MINIMAL.replace(PUB_A, ConfigLoader.NULL_KEY), Map.of()))
        .startsWith("config witness_monitor.yml: witness_pubkey: is the null key");
  }

  @Test
  void quorumDefaultsToTwoWhenThereAreEnoughNodes() throws Exception {
    MonitorConfig c = parse(MINIMAL + "quorum_nodes: [https://q1.example, https://q2.example]\n", Map.of()).config();
    assertThat(c.quorum()).isEqualTo(2);
    // Two nodes but no independent quorum nodes: the second one may be the producer's own node,
    // whose death must not block the failover it calls for.
    MonitorConfig pair = parse(MINIMAL.replaceFirst("node: .*\n", "node: [ws://127.0.0.1:8091, wss://b.example/ws]\n"),
        Map.of()).config();
    assertThat(pair.nodes()).hasSize(2);
    assertThat(pair.quorum()).isEqualTo(1);
    assertThat(error(MINIMAL + "quorum: 2\n", Map.of()))
        .isEqualTo("config witness_monitor.yml: quorum: must be between 1 and the number of distinct nodes in"
            + " node and quorum_nodes (1), got 2");
  }

  @Test
  void oneNodeSpelledTwoWaysIsOneNode() {
    // Issue 10: http://h:p and http://h:p/ counted as two nodes (and a default quorum of 2).
    assertThat(error(MINIMAL.replace("node: ws://localhost:8091", "node: [http://127.0.0.1:8090, http://127.0.0.1:8090/]"),
        Map.of())).isEqualTo("config witness_monitor.yml: node[1]: duplicate URL (already listed)");
    assertThat(error(MINIMAL.replace("node: ws://localhost:8091", "node: [HTTP://Node.example:80/rpc, http://node.example/rpc]"),
        Map.of())).isEqualTo("config witness_monitor.yml: node[1]: duplicate URL (already listed)");
  }

  @Test
  void aQuorumNodeThatIsTheLocalNodeSpelledAnotherWayDoesNotCount() throws Exception {
    MonitorConfig c = parse(MINIMAL.replace("node: ws://localhost:8091", "node: http://127.0.0.1:8090")
        + "quorum_nodes: [http://127.0.0.1:8090/]\n", Map.of()).config();
    assertThat(c.quorum()).isEqualTo(1);
  }

  @Test
  void metricsWithoutAddressListensOnLoopback() throws Exception {
    MonitorConfig c = parse(MINIMAL + "metrics: {}\n", Map.of()).config();
    assertThat(c.metrics()).hasValue(new MonitorConfig.ListenAddress("127.0.0.1", 9464));
    MonitorConfig v6 = parse(MINIMAL + "metrics: {address: '[::1]:9464'}\n", Map.of()).config();
    assertThat(v6.metrics()).hasValue(new MonitorConfig.ListenAddress("::1", 9464));
    assertThat(v6.metrics().orElseThrow().toString()).isEqualTo("[::1]:9464");
  }

  @Test
  void telegramTokenFromTheEnvironmentIsASecret() throws Exception {
    String token = "123456:AAbbCCddEEffGGhh";
    MonitorConfig c = parse(MINIMAL + "alerts: {telegram: {chat_id: '42'}}\n", Map.of("TELEGRAM_BOT_TOKEN", token)).config();
    assertThat(c.alerts().telegram().orElseThrow().token()).hasValueSatisfying(s -> assertThat(s.reveal()).isEqualTo(token));
    assertThat(c.toString()).doesNotContain(token);
  }

  @Test
  void secretsNeverAppearInErrors() {
    assertThat(error(MINIMAL + "keys: {a: " + WIF + "}\n", Map.of())).isEqualTo(
        "config witness_monitor.yml: keys: must be a non-empty string (value not shown)").doesNotContain(WIF);
    assertThat(error(MINIMAL.replace(PUB_A, WIF), Map.of()))
        .contains("looks like a PRIVATE key").doesNotContain(WIF);
    assertThat(error("keys: " + WIF + "\n  bad: [\n", Map.of())).startsWith("config witness_monitor.yml: not valid YAML")
        .doesNotContain(WIF);
    assertThat(error(MINIMAL + "key_file: /k\n", Map.of("WITNESS_ACTIVE_KEY", WIF)))
        .isEqualTo("config witness_monitor.yml: key_file: set together with environment WITNESS_ACTIVE_KEY: use one of them");
  }

  @Test
  void loadsFromAFileAndNamesAMissingOne(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("witness_monitor.yml");
    Files.writeString(file, ORIGINAL);
    assertThat(ConfigLoader.load(file, Map.of()).config().witness()).isEqualTo("lex");
    Path missing = dir.resolve("nope.yml");
    assertThatThrownBy(() -> ConfigLoader.load(missing, Map.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("config " + missing + ": cannot read (NoSuchFileException");
  }

  @Test
  void listsOfKeysAreAccepted() throws Exception {
    ConfigLoader.Loaded loaded = parse(MINIMAL + "keys: [" + WIF + ", " + WIF_2 + "]\n", Map.of());
    assertThat(loaded.config().activeKey()).isInstanceOfSatisfying(ActiveKeySource.Inline.class,
        k -> assertThat(k.keys()).hasSize(2));
    assertThat(List.copyOf(loaded.warnings())).hasSize(1);
  }
}
