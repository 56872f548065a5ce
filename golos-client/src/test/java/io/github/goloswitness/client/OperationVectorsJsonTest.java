package io.github.goloswitness.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.goloswitness.crypto.ChainId;
import io.github.goloswitness.crypto.GrapheneWriter;
import io.github.goloswitness.crypto.Operation;
import io.github.goloswitness.crypto.PublicKey;
import io.github.goloswitness.crypto.RawOperation;
import io.github.goloswitness.crypto.SignedTransaction;
import io.github.goloswitness.crypto.Transaction;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON side of golos-crypto's vectors/operations.json (golos-lib-js 0.9.80, every non-virtual
 * operation but pow/pow2) and vectors/long-symbols.json (7-14 letter and dotted asset symbols): the transaction JSON golos-lib-js signed reads to exactly its bytes and
 * digest, the signature recovers the signer, and writing gives back the same JSON text. Operations
 * without a record come back as a {@link RawOperation} whose JSON round-trips and which signs to the
 * same bytes once given them.
 */
class OperationVectorsJsonTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  // the module's directory is the working directory of surefire
  private static final Path DIR = Path.of("..", "golos-crypto", "src", "test", "resources", "io",
      "github", "goloswitness", "crypto", "vectors");

  static Stream<Arguments> vectors() throws IOException {
    List<Arguments> out = new ArrayList<>();
    for (String name : List.of("operations.json", "long-symbols.json")) {
      JsonNode file = MAPPER.readTree(Files.readString(DIR.resolve(name)));
      for (JsonNode v : file.get("transactions")) {
        out.add(Arguments.of(name + " " + v.get("name").asText(), v));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vectors")
  void readsToTheirBytesAndWritesTheSameJson(String name, JsonNode v) throws IOException {
    ObjectNode signedJson = v.get("tx").deepCopy();
    signedJson.set("signatures", v.get("signatures"));
    String text = MAPPER.writeValueAsString(signedJson);

    SignedTransaction signed = TransactionJson.readSigned(text);

    // exact text, so field order (the node's reflect order) is checked too
    assertThat(TransactionJson.write(signed)).isEqualTo(text);
    Operation op = signed.transaction().operations().get(0);
    Transaction tx = signed.transaction();
    if (op instanceof RawOperation raw) {
      assertThatThrownBy(tx::toBytes).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(raw.name());
      tx = new Transaction(tx.refBlockNum(), tx.refBlockPrefix(), tx.expiration(),
          List.of(raw.withBytes(v.get("id").asInt(), fieldBytes(v))));
      signed = new SignedTransaction(tx, signed.signatures());
    } else {
      assertThat(op.id()).isEqualTo(v.get("id").asInt());
    }
    assertThat(HexFormat.of().formatHex(tx.toBytes())).isEqualTo(v.get("hex").asText());
    assertThat(HexFormat.of().formatHex(signed.toBytes())).isEqualTo(v.get("signed_hex").asText());
    assertThat(HexFormat.of().formatHex(tx.digest(ChainId.GOLOS_MAINNET)))
        .isEqualTo(v.get("digest").asText());
    assertThat(tx.id()).isEqualTo(v.get("tx_id").asText());
    assertThat(signed.signers(ChainId.GOLOS_MAINNET))
        .containsExactly(PublicKey.fromString(v.get("signer_pub").asText()));
  }

  @Test
  void aFutureOperationIsReadAsRawAndSignsOnceGivenItsBytes() {
    String json = "{\"ref_block_num\":1,\"ref_block_prefix\":2,\"expiration\":\"2026-01-01T00:00:00\","
        + "\"operations\":[[\"hf31_thing\",{\"who\":\"alice\",\"n\":[1,{\"x\":\"1.000 GOLOS\"}]}]],"
        + "\"extensions\":[]}";

    Transaction tx = TransactionJson.readTransaction(json);

    RawOperation raw = (RawOperation) tx.operations().get(0);
    assertThat(raw.name()).isEqualTo("hf31_thing");
    assertThat(raw.id()).isEqualTo(-1);
    assertThat(TransactionJson.write(tx)).isEqualTo(json);
    assertThatThrownBy(tx::toBytes).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("hf31_thing").hasMessageContaining("RawOperation.withBytes");
    Transaction signable = new Transaction(1, 2, tx.expiration(),
        List.of(raw.withBytes(90, new byte[] {5, 'a', 'l', 'i', 'c', 'e'})));
    assertThat(HexFormat.of().formatHex(signable.toBytes()))
        .isEqualTo("0100" + "02000000" + "00b95569" + "01" + "5a" + "05616c696365" + "00");
    assertThat(TransactionJson.write(signable)).isEqualTo(json);
    assertThat(TransactionJson.readTransaction(json.replace("\"hf31_thing\"", "14")).operations()
        .get(0)).isEqualTo(RawOperation.ofJson(14, "pow", raw.json()));
  }

  /** The operation's field bytes: the unsigned hex without header, count, tag and extensions. */
  private static byte[] fieldBytes(JsonNode v) {
    byte[] all = HexFormat.of().parseHex(v.get("hex").asText());
    int tagLength = new GrapheneWriter().writeVarint32(v.get("id").asInt()).toByteArray().length;
    int start = 2 + 4 + 4 + 1 + tagLength;
    return Arrays.copyOfRange(all, start, all.length - 1);
  }
}
