package io.github.goloswitness.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.goloswitness.crypto.Asset;
import io.github.goloswitness.crypto.ChainProperties17;
import io.github.goloswitness.crypto.ChainProperties18;
import io.github.goloswitness.crypto.ChainProperties19;
import io.github.goloswitness.crypto.ChainProperties22;
import io.github.goloswitness.crypto.ChainProperties23;
import io.github.goloswitness.crypto.ChainProperties24;
import io.github.goloswitness.crypto.ChainProperties26;
import io.github.goloswitness.crypto.ChainProperties27;
import io.github.goloswitness.crypto.ChainProperties28;
import io.github.goloswitness.crypto.ChainProperties29;
import io.github.goloswitness.crypto.ChainProperties30;
import io.github.goloswitness.crypto.ChainPropertiesUpdate;
import io.github.goloswitness.crypto.CurationCurve;
import io.github.goloswitness.crypto.RawOperation;
import io.github.goloswitness.crypto.SignedTransaction;
import io.github.goloswitness.crypto.TimePointSec;
import io.github.goloswitness.crypto.Transaction;
import io.github.goloswitness.crypto.TransferToVesting;
import io.github.goloswitness.crypto.Vote;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Round trips against the vector files (copies of golos-crypto's, with their origin lines, under
 * this module's test resources): JSON -> bytes must equal the vector hex; write must reproduce the
 * JSON.
 */
class TransactionJsonTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String V2 = "{\"ref_block_num\":19297,\"ref_block_prefix\":1608085982,"
      + "\"expiration\":\"2016-03-23T22:41:21\",\"operations\":[[\"witness_update\",{"
      + "\"owner\":\"initminer\",\"url\":\"https://golos.id\",\"block_signing_key\":"
      + "\"GLS7jDPoMwyjVH5obFmqzFNp4Ffp7G2nvC7FKFkrMBpo7Sy4uq5Mj\",\"props\":{"
      + "\"account_creation_fee\":\"1.000 GOLOS\",\"maximum_block_size\":131072,"
      + "\"sbd_interest_rate\":1000},\"fee\":\"0.000 GOLOS\"}]],\"extensions\":[]}";

  static JsonNode load(String file) throws IOException {
    try (var in = TransactionJsonTest.class.getResourceAsStream("vectors/" + file)) {
      if (in == null) {
        throw new IOException("missing test resource vectors/" + file);
      }
      return MAPPER.readTree(in);
    }
  }

  /** (name, tx JSON, signatures, unsigned hex, signed hex) from both vector files. */
  static Stream<Arguments> vectors() throws IOException {
    List<Arguments> out = new ArrayList<>();
    for (JsonNode v : load("golos-lib-js.json").get("transactions")) {
      out.add(Arguments.of(v.get("name").asText(), v.get("tx"), v.get("signatures"),
          v.get("hex").asText(), v.get("signed_hex").asText()));
    }
    for (JsonNode v : load("golos-protocol-doc.json").get("signed_8_2")) {
      String signedHex = v.get("hex").asText() + "01" + v.get("sig_js").asText();
      out.add(Arguments.of(v.get("name").asText(), v.get("tx"),
          MAPPER.createArrayNode().add(v.get("sig_js").asText()), v.get("hex").asText(), signedHex));
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vectors")
  void readsToTheVectorBytesAndWritesTheSameJson(
      String name, JsonNode tx, JsonNode signatures, String hex, String signedHex) throws IOException {
    ObjectNode signedJson = tx.deepCopy();
    signedJson.set("signatures", signatures);

    Transaction unsigned = TransactionJson.readTransaction(MAPPER.writeValueAsString(tx));
    SignedTransaction signed = TransactionJson.readSigned(MAPPER.writeValueAsString(signedJson));

    assertThat(HexFormat.of().formatHex(unsigned.toBytes())).isEqualTo(hex);
    assertThat(HexFormat.of().formatHex(signed.toBytes())).isEqualTo(signedHex);
    // exact text, so field order (the node's reflect order) is checked too
    assertThat(TransactionJson.write(unsigned)).isEqualTo(MAPPER.writeValueAsString(tx));
    assertThat(TransactionJson.write(signed)).isEqualTo(MAPPER.writeValueAsString(signedJson));
    assertThat(TransactionJson.fromTree(TransactionJson.toTree(signed))).isEqualTo(signed);
  }

  @Test
  void numericOperationTagIsAccepted() {
    String numeric = V2.replace("[\"witness_update\",", "[11,");

    assertThat(TransactionJson.readTransaction(numeric)).isEqualTo(TransactionJson.readTransaction(V2));
  }

  @Test
  void missingSignaturesMeanUnsigned() {
    assertThat(TransactionJson.readSigned(V2).signatures()).isEmpty();
    assertThat(TransactionJson.readSigned(V2.replace("[]}", "[],\"signatures\":[]}")).signatures())
        .isEmpty();
  }

  @Test
  void everyChainPropertiesFieldRoundTrips() {
    ChainProperties17 p17 = new ChainProperties17(Asset.golos(1000), 65536, 7);
    ChainProperties18 p18 = new ChainProperties18(
        p17, Asset.golos(1), Asset.parse("2.000000 GESTS"), 86400, Asset.golos(3));
    ChainProperties19 p19 = new ChainProperties19(p18, 1, 2, Asset.golos(4), Asset.golos(5),
        1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, CurationCurve.SQUARE_ROOT, true, false);
    Transaction tx = new Transaction(1, 2, TimePointSec.parse("2026-01-01T00:00:00"),
        List.of(new ChainPropertiesUpdate("alice", p19), new Vote("abc", "bob", "c", (short) -5),
            new TransferToVesting("abc", "", Asset.golos(1))));

    String json = TransactionJson.write(tx);

    assertThat(json).contains("\"props\":[2,{\"account_creation_fee\":\"1.000 GOLOS\","
        + "\"maximum_block_size\":65536,\"sbd_interest_rate\":7,\"create_account_min_golos_fee\"");
    assertThat(json).contains("\"curation_reward_curve\":2,"
        + "\"allow_distribute_auction_reward\":true,\"allow_return_auction_reward_to_fund\":false}]");
    assertThat(TransactionJson.readTransaction(json)).isEqualTo(tx);
    assertThat(TransactionJson.readTransaction(
        json.replace("\"curation_reward_curve\":2", "\"curation_reward_curve\":\"square_root\"")))
        .isEqualTo(tx);
  }

  @Test
  void version30HasAllFiftyOneFieldsFlattened() throws IOException {
    Asset a = Asset.golos(1);
    ChainProperties19 p19 = new ChainProperties19(
        new ChainProperties18(new ChainProperties17(a, 65536, 0), a, a, 1, a), 1, 2, a, a,
        1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, CurationCurve.LINEAR, false, true);
    ChainProperties30 p30 = new ChainProperties30(new ChainProperties29(new ChainProperties28(
        new ChainProperties27(new ChainProperties26(new ChainProperties24(new ChainProperties23(
            new ChainProperties22(p19, 1, 2, 3, a, 4, 5, 6, 7200, 8, 9), 10, a), a, 11),
            12, a, 13, 14, 15, 16), a, a), a), a), a, Asset.golos(2));
    Transaction tx = new Transaction(1, 2, TimePointSec.parse("2026-01-01T00:00:00"),
        List.of(new ChainPropertiesUpdate("alice", p30)));

    JsonNode props = MAPPER.readTree(TransactionJson.write(tx))
        .get("operations").get(0).get(1).get("props");

    assertThat(props.get(0).asInt()).isEqualTo(10);
    assertThat(props.get(1).size()).isEqualTo(51);
    assertThat(props.get(1).get("private_group_cost").asText()).isEqualTo("0.002 GOLOS");
    assertThat(props.get(1).get("witness_skipping_reset_time").asLong()).isEqualTo(7200);
    assertThat(TransactionJson.readTransaction(TransactionJson.write(tx))).isEqualTo(tx);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "\"0.000 GOLOS\"}]]|\"0 GOLOS\"}]]|operations[0].witness_update.fee: expected 3 decimals for GOLOS, got \"0 GOLOS\"",
    "\"1.000 GOLOS\"|\"1.000 STEEMIT.X\"|operations[0].witness_update.props.account_creation_fee: asset \"1.000 STEEMIT.X\": asset symbol \"STEEMIT.X\" has a part \"X\" shorter than 3 letters",
    "[\"witness_update\"|[\"account_create\"|operations[0].account_create.creator: missing",
    "[\"witness_update\"|[9|operations[0].account_create.creator: missing",
    "\"owner\":\"initminer\"|\"owner\":\"Dave!!\"|operations[0].witness_update: owner \"Dave!!\" is not a valid account name",
    "GLS7jDPo|STM7jDPo|operations[0].witness_update.block_signing_key: public key \"STM7jDPo",
    "Sy4uq5Mj|Sy4uq5Mk|operations[0].witness_update.block_signing_key: public key \"GLS7jDPoMwyjVH5obFmqzFNp4Ffp7G2nvC7FKFkrMBpo7Sy4uq5Mk\" has a bad checksum",
    "Sy4uq5Mj|Sy4uq5M0|operations[0].witness_update.block_signing_key: public key \"GLS7jDPoMwyjVH5obFmqzFNp4Ffp7G2nvC7FKFkrMBpo7Sy4uq5M0\": invalid base58 character",
    "\"sbd_interest_rate\":1000|\"sbd_interest_rate\":70000|operations[0].witness_update.props: sbd_interest_rate must be a uint16, got 70000",
    "\"url\":\"https://golos.id\",|''|operations[0].witness_update.url: missing",
    "\"owner\"|\"ownr\"|operations[0].witness_update.owner: missing",
    "\"fee\":\"0.000 GOLOS\"|\"fee\":\"0.000 GOLOS\",\"x\":1|operations[0].witness_update.x: unknown field",
    "19297|70000|ref_block_num: integer 70000 is out of range",
    "\"2016-03-23T22:41:21\"|\"2016-03-23T22:41:21Z\"|expiration: time \"2016-03-23T22:41:21Z\"",
    "\"extensions\":[]|\"extensions\":[[1,{}]]|extensions: only [] is supported",
    "\"extensions\":[]|\"extensions\":[],\"signatures\":[\"abc\"]|signatures[0]: signature \"abc\" is not hex",
    "\"extensions\":[]|\"extensions\":[],\"foo\":1|foo: unknown field",
    "\"owner\":\"initminer\"|\"owner\":5|operations[0].witness_update.owner: expected a string, got 5",
  })
  void badInputNamesThePath(String replace, String with, String message) {
    String bad = V2.replace(replace, with);
    assertThat(bad).isNotEqualTo(V2);

    assertThatThrownBy(() -> TransactionJson.readSigned(bad))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(message);
  }

  @Test
  void anOperationWithoutARecordComesThroughTheEscapeHatchAndWritesBack() {
    String future = V2.replace("[\"witness_update\",", "[\"some_future_op\",");
    String pow = V2.replace("[\"witness_update\",", "[14,");

    Transaction tx = TransactionJson.readTransaction(future);

    assertThat(tx.operations().get(0)).isInstanceOf(RawOperation.class);
    assertThat(tx.operations().get(0).name()).isEqualTo("some_future_op");
    assertThat(TransactionJson.write(tx)).isEqualTo(future);
    assertThat(TransactionJson.readTransaction(pow).operations().get(0).name()).isEqualTo("pow");
    // no tag and no bytes: it cannot be signed until RawOperation.withBytes
    assertThatThrownBy(tx::toBytes).isInstanceOf(RuntimeException.class);
  }

  @Test
  void malformedJsonIsRejected() {
    assertThatThrownBy(() -> TransactionJson.readTransaction("{\"ref_block_num\":"))
        .hasMessageStartingWith("malformed JSON");
    assertThatThrownBy(() -> TransactionJson.readTransaction(V2 + "}"))
        .hasMessageStartingWith("malformed JSON");
    assertThatThrownBy(() -> TransactionJson.readTransaction(""))
        .hasMessageStartingWith("malformed JSON");
    assertThatThrownBy(() -> TransactionJson.readTransaction("[1]"))
        .hasMessage("transaction: expected a JSON object, got array");
  }
}
