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

/** Every vector of golos-lib-js.json: bytes, digests, ids, keys and signatures match exactly. */
class GolosLibJsVectorsTest {

  private static final JsonNode FILE = Vectors.load("golos-lib-js.json");
  private static final ChainId CHAIN = ChainId.fromHex(FILE.get("chain_id").asText());

  static Stream<Arguments> transactions() {
    List<Arguments> out = new ArrayList<>();
    FILE.get("transactions").forEach(t -> out.add(Arguments.of(t.get("name").asText(), t)));
    return out.stream();
  }

  static Stream<Arguments> keys() {
    List<Arguments> out = new ArrayList<>();
    FILE.get("keys").forEach(k -> out.add(Arguments.of(k.get("pub").asText(), k)));
    return out.stream();
  }

  @Test
  void chainIdIsMainnet() {
    assertThat(CHAIN).isEqualTo(ChainId.GOLOS_MAINNET);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("transactions")
  void serializesDigestsAndIdentifies(String name, JsonNode v) {
    Transaction tx = Vectors.transaction(v.get("tx"));

    assertThat(HexFormat.of().formatHex(tx.toBytes())).isEqualTo(v.get("hex").asText());
    assertThat(HexFormat.of().formatHex(tx.digest(CHAIN))).isEqualTo(v.get("digest").asText());
    assertThat(tx.id()).isEqualTo(v.get("tx_id").asText());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("transactions")
  void binaryRoundTrips(String name, JsonNode v) {
    GrapheneReader in = GrapheneReader.of(Vectors.hex(v.get("signed_hex")));

    SignedTransaction read = SignedTransaction.readFrom(in);

    assertThat(in.remaining()).isZero();
    assertThat(read.transaction()).isEqualTo(Vectors.transaction(v.get("tx")));
    assertThat(HexFormat.of().formatHex(read.toBytes())).isEqualTo(v.get("signed_hex").asText());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("transactions")
  void signsExactlyLikeGolosLibJs(String name, JsonNode v) {
    Transaction tx = Vectors.transaction(v.get("tx"));
    PrivateKey key = PrivateKey.fromWif(v.get("signer_wif").asText());
    PublicKey signer = PublicKey.fromString(v.get("signer_pub").asText());

    SignedTransaction signed = tx.sign(CHAIN, key);

    Signature sig = signed.signatures().get(0);
    assertThat(key.publicKey()).isEqualTo(signer);
    assertThat(sig.toHex()).isEqualTo(v.get("signatures").get(0).asText());
    assertThat(sig.isCanonical()).isTrue();
    assertThat(signed.signers(CHAIN)).containsExactly(signer);
    assertThat(sig.verify(tx.digest(CHAIN), signer)).isTrue();
    assertThat(HexFormat.of().formatHex(signed.toBytes())).isEqualTo(v.get("signed_hex").asText());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("transactions")
  void theirSignaturesRecoverTheSigner(String name, JsonNode v) {
    Signature theirs = Signature.fromHex(v.get("signatures").get(0).asText());
    byte[] digest = Vectors.hex(v.get("digest"));

    assertThat(theirs.isCanonical()).isTrue();
    assertThat(theirs.recoverPublicKey(digest).toString()).isEqualTo(v.get("signer_pub").asText());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("keys")
  void keysMatch(String pub, JsonNode k) {
    PrivateKey fromWif = PrivateKey.fromWif(k.get("wif").asText());

    assertThat(fromWif.publicKey().toString()).isEqualTo(pub);
    assertThat(fromWif.toWif()).isEqualTo(k.get("wif").asText());
    assertThat(PublicKey.fromString(pub).toString()).isEqualTo(pub);
    if (k.has("password")) {
      PrivateKey derived = PrivateKey.fromPassword(
          k.get("account").asText(), k.get("password").asText(), k.get("role").asText());
      assertThat(derived.toWif()).isEqualTo(k.get("wif").asText());
      assertThat(derived).isEqualTo(fromWif);
    }
  }
}
