package io.github.goloswitness.monitor.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.goloswitness.crypto.PrivateKey;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * YAML anchors and aliases: the parser reads an alias as the anchor's name ({@code state_file: *kf}
 * became the file {@code kf}), so an alias is refused with one line naming the key (issue 10,
 * defect 6). An anchor alone changes nothing and is accepted.
 */
class YamlAliasTest {
  private static final String PUB = PrivateKey.fromPassword("lex", "alias", "signing").publicKey().toString();
  private static final String MINIMAL = "node: ws://localhost:8091\nwitness: lex\nwitness_pubkey: " + PUB + "\n";

  private static ConfigLoader.Loaded parse(String yaml) throws ConfigException {
    return ConfigLoader.parse(yaml, "witness_monitor.yml", Map.of());
  }

  @Test
  void anAliasIsRefusedNamingTheKey() {
    assertThatThrownBy(() -> parse(MINIMAL + "key_file: &kf /etc/witness-monitor/active.key\nstate_file: *kf\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessage("config witness_monitor.yml: state_file: YAML alias *kf is not supported; write the value out");
  }

  @Test
  void anAliasInsideAListOrMappingIsNamedWithItsPath() {
    assertThatThrownBy(() -> parse(MINIMAL.replace("node: ws://localhost:8091",
        "node: [&n ws://localhost:8091, *n]")))
        .hasMessage("config witness_monitor.yml: node[1]: YAML alias *n is not supported; write the value out");
    assertThatThrownBy(() -> parse(MINIMAL + "base: &b {chat_id: '1'}\nalerts: {telegram: *b}\n"))
        .hasMessage("config witness_monitor.yml: alerts.telegram: YAML alias *b is not supported; write the value out");
  }

  @Test
  void anAnchorAloneKeepsItsValue() throws Exception {
    MonitorConfig c = parse(MINIMAL + "state_file: &sf /var/lib/witness-monitor/state\n").config();
    assertThat(c.stateFile()).isEqualTo(Path.of("/var/lib/witness-monitor/state"));
  }
}
