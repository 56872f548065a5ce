package io.github.goloswitness.monitor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.goloswitness.monitor.CommandRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code tx serialize}, {@code tx sign} and {@code tx verify} on every signed transaction of
 * golos-crypto's {@code operations.json} (golos-lib-js 0.9.80: every non-virtual operation 0-81
 * but pow/pow2): the command line gives golos-lib-js's bytes, digest, id and signatures, and
 * recovers its signer.
 */
class TxEveryOperationCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path VECTORS =
      Path.of("../golos-crypto/src/test/resources/io/github/goloswitness/crypto/vectors/operations.json");

  @TempDir Path dir;

  static Stream<Arguments> vectors() throws IOException {
    List<Arguments> out = new ArrayList<>();
    for (JsonNode v : JSON.readTree(VECTORS.toFile()).get("transactions")) {
      out.add(Arguments.of(v.get("name").asText(), v));
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vectors")
  void serializeSignAndVerifyLikeGolosLibJs(String name, JsonNode vector) throws IOException {
    ObjectNode tx = (ObjectNode) vector.get("tx").deepCopy();
    tx.remove("signatures");

    CommandRun serialized = CommandRun.run(tx.toString(), "tx", "serialize");
    assertThat(serialized.exitCode()).as(serialized.err()).isZero();
    JsonNode s = JSON.readTree(serialized.out());
    assertThat(s.get("hex").asText()).isEqualTo(vector.get("hex").asText());
    assertThat(s.get("digest").asText()).isEqualTo(vector.get("digest").asText());
    assertThat(s.get("tx_id").asText()).isEqualTo(vector.get("tx_id").asText());

    Path key = Files.writeString(dir.resolve("key"), vector.get("signer_wif").asText() + "\n");
    Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-------"));
    CommandRun signed = CommandRun.run(tx.toString(), "tx", "sign", "--key-file", key.toString());
    assertThat(signed.exitCode()).as(signed.err()).isZero();
    assertThat(signed.out()).doesNotContain(vector.get("signer_wif").asText());
    JsonNode sigs = JSON.readTree(signed.out()).get("signatures");
    // same nonce scheme as golos-lib-js: the first signature is byte-identical to its own
    assertThat(sigs.get(0).asText()).isEqualTo(vector.get("signatures").get(0).asText());

    CommandRun verified = CommandRun.run(signed.out(), "tx", "verify");
    assertThat(verified.exitCode()).as(verified.err()).isZero();
    JsonNode v = JSON.readTree(verified.out());
    assertThat(v.get("signers").get(0).asText()).isEqualTo(vector.get("signer_pub").asText());
    assertThat(v.get("digest").asText()).isEqualTo(vector.get("digest").asText());
  }
}
