package io.github.goloswitness.monitor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.goloswitness.crypto.PrivateKey;
import io.github.goloswitness.monitor.CommandRun;
import org.junit.jupiter.api.Test;

class KeygenCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void freshPairsAreValidAndDifferent() throws Exception {
    CommandRun first = CommandRun.run("", "keygen", "--json");
    CommandRun second = CommandRun.run("", "keygen", "--json");

    assertThat(first.exitCode()).isZero();
    assertThat(first.err()).isEmpty();
    JsonNode pair = JSON.readTree(first.out());
    assertThat(PrivateKey.fromWif(pair.get("wif").asText()).publicKey().toString())
        .isEqualTo(pair.get("pub").asText());
    assertThat(JSON.readTree(second.out()).get("wif")).isNotEqualTo(pair.get("wif"));
  }

  @Test
  void textOutputHasWifAndPubLines() {
    CommandRun run = CommandRun.run("", "keygen");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out().lines()).hasSize(2);
    assertThat(run.out().lines().toList().get(0)).startsWith("wif: 5");
    assertThat(run.out().lines().toList().get(1)).startsWith("pub: GLS");
  }

  @Test
  void passwordKeyMatchesGolosLibJs() throws Exception {
    // golos-lib-js.json keys: alice / P5KXXXpasswordexamplepublic / active
    CommandRun run = CommandRun.run("P5KXXXpasswordexamplepublic\n",
        "keygen", "--account", "alice", "--role", "active", "--json");

    assertThat(run.exitCode()).isZero();
    JsonNode pair = JSON.readTree(run.out());
    assertThat(pair.get("wif").asText()).isEqualTo("5J6SnHwrVRso5trPYWLiTPHgihvRQU9nSnzzgNezLUCAgE2XNZZ");
    assertThat(pair.get("pub").asText()).isEqualTo("GLS6rpH5vYg3KeRXKq3FEm8KmsqvTD8vvg6KvSkkvSyY4eGxdsfT9");
  }

  @Test
  void accountWithoutRoleIsAnError() {
    CommandRun run = CommandRun.run("pw\n", "keygen", "--account", "alice");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("error: --account and --role must be given together\n");
  }

  @Test
  void missingPasswordIsAnError() {
    CommandRun run = CommandRun.run("", "keygen", "--account", "alice", "--role", "owner");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("error: no password on standard input\n");
  }
}
