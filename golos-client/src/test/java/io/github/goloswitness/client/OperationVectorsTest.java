package io.github.goloswitness.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.goloswitness.crypto.ChainId;
import io.github.goloswitness.crypto.GrapheneReader;
import io.github.goloswitness.crypto.PrivateKey;
import io.github.goloswitness.crypto.PublicKey;
import io.github.goloswitness.crypto.Signature;
import io.github.goloswitness.crypto.SignedTransaction;
import io.github.goloswitness.crypto.Transaction;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * operations.json (golos-lib-js 0.9.80, see golos-crypto/src/test/vectors-gen), every operation:
 * the production JSON codec reads each transaction to golos-lib-js's exact bytes, digest and id,
 * writes the same JSON text back, the binary reader reads the signed bytes to the same value, and
 * signing reproduces golos-lib-js's signature.
 */
class OperationVectorsTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final int FIRST = 0;
  private static final int LAST = 81;

  static JsonNode file() throws IOException {
    return TransactionJsonTest.load("operations.json");
  }

  /** Every vector. */
  static Stream<Arguments> vectors() throws IOException {
    List<Arguments> out = new ArrayList<>();
    for (JsonNode v : file().get("transactions")) {
      int id = v.get("id").asInt();
      if (id >= FIRST && id <= LAST) {
        out.add(Arguments.of(v.get("name").asText(), v));
      }
    }
    return out.stream();
  }

  @Test
  void everyNonVirtualOperationButPowHasAVector() throws IOException {
    TreeSet<Integer> ids = new TreeSet<>();
    file().get("transactions").forEach(v -> ids.add(v.get("id").asInt()));

    assertThat(ids).hasSize(LAST - FIRST + 1 - 2).doesNotContain(14, 30);
    assertThat(ids.first()).isEqualTo(FIRST);
    assertThat(ids.last()).isEqualTo(LAST);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vectors")
  void jsonReadsToTheirBytesAndWritesBack(String name, JsonNode v) throws IOException {
    ChainId chain = ChainId.fromHex(file().get("chain_id").asText());
    String json = MAPPER.writeValueAsString(v.get("tx"));

    Transaction tx = TransactionJson.readTransaction(json);

    assertThat(tx.operations().get(0).id()).isEqualTo(v.get("id").asInt());
    assertThat(HexFormat.of().formatHex(tx.toBytes())).isEqualTo(v.get("hex").asText());
    assertThat(HexFormat.of().formatHex(tx.digest(chain))).isEqualTo(v.get("digest").asText());
    assertThat(tx.id()).isEqualTo(v.get("tx_id").asText());
    assertThat(TransactionJson.write(tx)).isEqualTo(json);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vectors")
  void binaryReadsTheSignedBytes(String name, JsonNode v) throws IOException {
    GrapheneReader in = GrapheneReader.of(HexFormat.of().parseHex(v.get("signed_hex").asText()));

    SignedTransaction read = SignedTransaction.readFrom(in);

    assertThat(in.remaining()).isZero();
    assertThat(read.transaction())
        .isEqualTo(TransactionJson.readTransaction(MAPPER.writeValueAsString(v.get("tx"))));
    assertThat(HexFormat.of().formatHex(read.toBytes())).isEqualTo(v.get("signed_hex").asText());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vectors")
  void signsLikeGolosLibJs(String name, JsonNode v) throws IOException {
    ChainId chain = ChainId.fromHex(file().get("chain_id").asText());
    Transaction tx = TransactionJson.readTransaction(MAPPER.writeValueAsString(v.get("tx")));
    PrivateKey key = PrivateKey.fromWif(v.get("signer_wif").asText());
    PublicKey signer = PublicKey.fromString(v.get("signer_pub").asText());

    SignedTransaction signed = tx.sign(chain, key);

    Signature sig = signed.signatures().get(0);
    assertThat(key.publicKey()).isEqualTo(signer);
    assertThat(sig.toHex()).isEqualTo(v.get("signatures").get(0).asText());
    assertThat(signed.signers(chain)).containsExactly(signer);
  }
}
