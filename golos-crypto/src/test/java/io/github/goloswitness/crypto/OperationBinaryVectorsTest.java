package io.github.goloswitness.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every transaction of vectors/operations.json and vectors/long-symbols.json (written by
 * golos-lib-js 0.9.80, see src/test/vectors-gen) whose operation has a record here: our reader takes golos-lib-js's bytes
 * apart and our writer puts them back identically; digest, id and signatures match. The JSON side
 * of the same vectors is checked in golos-client (TransactionJson).
 */
class OperationBinaryVectorsTest {

  private static final JsonNode FILE = Vectors.load("operations.json");
  private static final JsonNode LONG_SYMBOLS = Vectors.load("long-symbols.json");
  private static final ChainId CHAIN = ChainId.fromHex(FILE.get("chain_id").asText());

  static Stream<Arguments> transactions() {
    List<Arguments> out = new ArrayList<>();
    for (JsonNode file : List.of(FILE, LONG_SYMBOLS)) {
      String prefix = file == FILE ? "" : "long-symbols ";
      for (JsonNode t : file.get("transactions")) {
        if (hasRecord(t.get("id").asInt())) {
          out.add(Arguments.of(prefix + t.get("name").asText(), t));
        }
      }
    }
    return out.stream();
  }

  @Test
  void longSymbolVectorsCoverEveryLengthAndDots() {
    assertThat(LONG_SYMBOLS.get("chain_id")).isEqualTo(FILE.get("chain_id"));
    List<Integer> lengths = new ArrayList<>();
    List<String> dotted = new ArrayList<>();
    LONG_SYMBOLS.get("symbols").forEach(s -> {
      lengths.add(s.asText().length());
      if (s.asText().contains(".")) {
        dotted.add(s.asText());
      }
    });
    assertThat(lengths).contains(6, 7, 8, 9, 10, 11, 12, 13, 14);
    assertThat(dotted).hasSizeGreaterThanOrEqualTo(3);
    List<String> names = new ArrayList<>();
    LONG_SYMBOLS.get("transactions").forEach(t -> names.add(t.get("name").asText().split("#")[0]));
    assertThat(names).contains("transfer", "asset_create", "asset_issue", "transfer_to_tip",
        "limit_order_create2");
  }

  private static boolean hasRecord(int id) {
    return OperationType.findById(id).map(t -> t.type() != null).orElse(false);
  }

  @Test
  void everyOperationUpTo40ButPowHasAVector() {
    List<Integer> covered = new ArrayList<>();
    FILE.get("transactions").forEach(t -> covered.add(t.get("id").asInt()));
    for (int id = 0; id <= 40; id++) {
      if (id == 14 || id == 30) {
        assertThat(OperationType.byId(id).type()).as("pow/pow2 have no record").isNull();
        continue;
      }
      assertThat(hasRecord(id)).as("record for %s", id).isTrue();
      assertThat(covered).as("vector for %s", id).contains(id);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("transactions")
  void readsAndRewritesTheirBytes(String name, JsonNode v) {
    GrapheneReader in = GrapheneReader.of(Vectors.hex(v.get("signed_hex")));

    SignedTransaction read = SignedTransaction.readFrom(in);

    assertThat(in.remaining()).isZero();
    Operation op = read.transaction().operations().get(0);
    assertThat(op.id()).isEqualTo(v.get("id").asInt());
    assertThat(op.name()).isEqualTo(v.get("tx").get("operations").get(0).get(0).asText());
    Transaction tx = read.transaction();
    assertThat(HexFormat.of().formatHex(tx.toBytes())).isEqualTo(v.get("hex").asText());
    assertThat(HexFormat.of().formatHex(read.toBytes())).isEqualTo(v.get("signed_hex").asText());
    assertThat(HexFormat.of().formatHex(tx.digest(CHAIN))).isEqualTo(v.get("digest").asText());
    assertThat(tx.id()).isEqualTo(v.get("tx_id").asText());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("transactions")
  void signaturesVerifyAndRecoverTheSigner(String name, JsonNode v) {
    Transaction tx = SignedTransaction.readFrom(GrapheneReader.of(Vectors.hex(v.get("signed_hex"))))
        .transaction();
    PrivateKey key = PrivateKey.fromWif(v.get("signer_wif").asText());
    PublicKey signer = PublicKey.fromString(v.get("signer_pub").asText());

    SignedTransaction ours = tx.sign(CHAIN, key);
    Signature theirs = Signature.fromHex(v.get("signatures").get(0).asText());

    assertThat(ours.signers(CHAIN)).containsExactly(signer);
    assertThat(theirs.recoverPublicKey(tx.digest(CHAIN))).isEqualTo(signer);
    assertThat(ours.signatures().get(0)).isEqualTo(theirs);
  }
}
