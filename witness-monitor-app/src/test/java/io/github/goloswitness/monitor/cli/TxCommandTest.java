package io.github.goloswitness.monitor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.goloswitness.monitor.CommandRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Protocol doc 8.2 V2: the monitor's own transaction shape, with golos-lib-js's signature. */
class TxCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String WIF = "5J4eFhjREJA7hKG6KcvHofHMXyGQZCDpQE463PAaKo9xXY6UDPq";
  private static final String PUB = "GLS7jDPoMwyjVH5obFmqzFNp4Ffp7G2nvC7FKFkrMBpo7Sy4uq5Mj";
  private static final String V2 = "{\"ref_block_num\":19297,\"ref_block_prefix\":1608085982,"
      + "\"expiration\":\"2016-03-23T22:41:21\",\"operations\":[[\"witness_update\",{"
      + "\"owner\":\"initminer\",\"url\":\"https://golos.id\",\"block_signing_key\":"
      + "\"" + PUB + "\",\"props\":{"
      + "\"account_creation_fee\":\"1.000 GOLOS\",\"maximum_block_size\":131072,"
      + "\"sbd_interest_rate\":1000},\"fee\":\"0.000 GOLOS\"}]],\"extensions\":[]}";
  private static final String V2_SIG = "2062753d734932eb13d5c1d3ce4d45307a4282c0ac54248cb568e1868ef0d5ed"
      + "0f1dc766703596c4bebb8e051429740465f5cb26035c0418b9eb12c7d72f5ee293";
  private static final String V2_DIGEST =
      "f8bbc694233409be988c77270faaad28bf24fe072c2ea4a3fb5e7dd6e04c6f78";

  @TempDir Path dir;

  private Path keyFile(String name, String content) throws Exception {
    return Files.writeString(dir.resolve(name), content);
  }

  @Test
  void serializePrintsHexDigestAndId() throws Exception {
    CommandRun run = CommandRun.run(V2, "tx", "serialize");

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    JsonNode out = JSON.readTree(run.out());
    assertThat(out.get("hex").asText()).isEqualTo("614bde71d95f911bf356010b09696e69746d696e657210"
        + "68747470733a2f2f676f6c6f732e69640376072354654f7f12aaa513a302dac8ff52d7df2c81fce1ebf1dfa5e1"
        + "39b48b31e80300000000000003474f4c4f53000000000200e803000000000000000003474f4c4f53000000");
    assertThat(out.get("digest").asText()).isEqualTo(V2_DIGEST);
    assertThat(out.get("tx_id").asText()).isEqualTo("ac30cdbce98e7201d6538914a171b69900cf0d1f");
  }

  @Test
  void serializeWithAnotherChainIdChangesOnlyTheDigest() throws Exception {
    CommandRun run = CommandRun.run(V2, "tx", "serialize", "--chain-id", "00".repeat(32));

    JsonNode out = JSON.readTree(run.out());
    assertThat(out.get("digest").asText()).isNotEqualTo(V2_DIGEST).hasSize(64);
    assertThat(out.get("tx_id").asText()).isEqualTo("ac30cdbce98e7201d6538914a171b69900cf0d1f");
  }

  @Test
  void signPrintsTheNodeJsonWithGolosLibJsSignature() throws Exception {
    CommandRun run = CommandRun.run(V2, "tx", "sign", "--key-file", keyFile("k", WIF + "\n").toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).isEqualTo(
        V2.substring(0, V2.length() - 1) + ",\"signatures\":[\"" + V2_SIG + "\"]}\n");
  }

  @Test
  void signThenVerifyRecoversBothSigners() throws Exception {
    Path second = keyFile("k2", "5Kgo81VSjYyPYWHXftmJWivY7mc9SumopkfWTJxDZHkBhFkrS4A");
    CommandRun signed = CommandRun.run(V2, "tx", "sign",
        "--key-file", keyFile("k1", WIF).toString(), "--key-file", second.toString());

    CommandRun verified = CommandRun.run(signed.out(), "tx", "verify");

    assertThat(verified.exitCode()).isZero();
    JsonNode out = JSON.readTree(verified.out());
    assertThat(out.get("signers").toString())
        .isEqualTo("[\"" + PUB + "\",\"GLS6uPfiGYyaoLLj3154nu3cSc3742g6JL1EeAmqMdxa6C24ssbwX\"]");
    assertThat(out.get("canonical").toString()).isEqualTo("[true,true]");
    assertThat(out.get("digest").asText()).isEqualTo(V2_DIGEST);
  }

  @Test
  void signingTwiceWithTheSameKeyIsRefused() throws Exception {
    Path key = keyFile("k", WIF);
    String once = CommandRun.run(V2, "tx", "sign", "--key-file", key.toString()).out();

    CommandRun twice = CommandRun.run(once, "tx", "sign", "--key-file", key.toString());

    assertThat(twice.exitCode()).isEqualTo(1);
    assertThat(twice.out()).isEmpty();
    assertThat(twice.err()).contains("this key already signed");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "serialize|{\"ref_block_num\":|malformed JSON",
    "serialize|[\"witness_update\"=>[\"account_create\"|unknown or unsupported operation \"account_create\"",
    "serialize|\"0.000 GOLOS\"}]]=>\"0 GOLOS\"}]]|operations[0].witness_update.fee: expected 3 decimals for GOLOS, got \"0 GOLOS\"",
    "serialize|Sy4uq5Mj=>Sy4uq5M0|invalid base58 character",
    "serialize|Sy4uq5Mj=>Sy4uq5Mk|has a bad checksum",
    "serialize|\"GLS7jDPo=>\"STM7jDPo|does not start with prefix GLS",
    "verify|\"extensions\":[]=>\"extensions\":[],\"signatures\":[]|has no signatures",
  })
  void badTransactionInputFailsWithOneLine(String sub, String edit, String message) {
    String input = edit.contains("=>") ? V2.replace(edit.split("=>")[0], edit.split("=>")[1]) : edit;
    assertThat(input).isNotEqualTo(V2); // the edit took effect

    CommandRun run = CommandRun.run(input, "tx", sub);

    assertFailedWith(run, message);
  }

  @Test
  void unreadableKeyFileIsNamedWithoutContent() throws Exception {
    Path missing = dir.resolve("missing.wif");
    assertFailedWith(CommandRun.run(V2, "tx", "sign", "--key-file", missing.toString()),
        "key file " + missing + ": cannot read");

    Path bad = keyFile("bad.wif", WIF.substring(0, 50) + "r");
    CommandRun run = CommandRun.run(V2, "tx", "sign", "--key-file", bad.toString());
    assertFailedWith(run, "key file " + bad + ": private key WIF has a bad checksum");
    assertThat(run.err()).doesNotContain(WIF.substring(5, 45));

    Path two = keyFile("two.wif", WIF + "\n" + WIF);
    assertFailedWith(CommandRun.run(V2, "tx", "sign", "--key-file", two.toString()),
        "expected exactly one WIF");
  }

  @Test
  void signWithoutKeyFileIsOneLine() {
    assertFailedWith(CommandRun.run(V2, "tx", "sign"), "tx sign needs at least one --key-file FILE");
  }

  @Test
  void badChainIdIsNamed() {
    assertFailedWith(CommandRun.run(V2, "tx", "serialize", "--chain-id", "abc"), "--chain-id: ");
  }

  @Test
  void verboseAddsTheStackTrace() {
    CommandRun run = CommandRun.run("{", "tx", "serialize", "--verbose");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("error: transaction JSON on standard input: malformed JSON");
    assertThat(run.err().lines().count()).isGreaterThan(1);
    assertThat(run.err()).contains("\tat ");
  }

  private static void assertFailedWith(CommandRun run, String message) {
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("error: ").contains(message).doesNotContain("\tat ");
    assertThat(run.err().lines()).hasSize(1);
  }
}
