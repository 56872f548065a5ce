package io.github.goloswitness.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.signers.HMacDSAKCalculator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Section 8 of docs/golos-protocol.md. 8.1(a) account_create is skipped: we do not implement
 * account_create.
 */
class ProtocolDocVectorsTest {

  private static final JsonNode FILE = Vectors.load("golos-protocol-doc.json");
  private static final HexFormat HEX = HexFormat.of();

  static Stream<Arguments> signed() {
    List<Arguments> out = new ArrayList<>();
    FILE.get("signed_8_2").forEach(v -> out.add(Arguments.of(v.get("name").asText(), v)));
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("signed")
  void golosVectorsMatchBytesDigestIdAndJsSignature(String name, JsonNode v) {
    Transaction tx = Vectors.transaction(v.get("tx"));
    PrivateKey key = PrivateKey.fromWif(FILE.get("signing_wif_8_2").asText());

    SignedTransaction signed = tx.sign(ChainId.GOLOS_MAINNET, key);

    assertThat(HEX.formatHex(tx.toBytes())).isEqualTo(v.get("hex").asText());
    assertThat(HEX.formatHex(tx.digest(ChainId.GOLOS_MAINNET))).isEqualTo(v.get("digest").asText());
    assertThat(tx.id()).isEqualTo(v.get("tx_id").asText());
    assertThat(signed.signatures().get(0).toHex()).isEqualTo(v.get("sig_js").asText());
    assertThat(signed.signers(ChainId.GOLOS_MAINNET))
        .containsExactly(PublicKey.fromString(FILE.get("signing_pub_8_2").asText()));
    if (v.has("signed_hex")) {
      assertThat(HEX.formatHex(signed.toBytes())).isEqualTo(v.get("signed_hex").asText());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("signed")
  void jsNonceCounterIsTheFirstCanonicalAttempt(String name, JsonNode v) {
    byte[] digest = Vectors.hex(v.get("digest"));
    BigInteger d = new BigInteger(1, Arrays.copyOfRange(
        Base58.decode(FILE.get("signing_wif_8_2").asText()), 1, 33));
    int nonce = v.get("sig_js_nonce").asInt();

    for (int earlier = 0; earlier < nonce; earlier++) {
      assertThat(Secp256k1.isCanonical(Secp256k1.signAttempt(d, digest, earlier))).isFalse();
    }
    assertThat(HEX.formatHex(Secp256k1.signAttempt(d, digest, nonce)))
        .isEqualTo(v.get("sig_js").asText());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("signed")
  void golosdStyleSignaturesAreAcceptedToo(String name, JsonNode v) {
    Signature fc = Signature.fromHex(v.get("sig_fc").asText());
    byte[] digest = Vectors.hex(v.get("digest"));

    assertThat(fc.isCanonical()).isTrue();
    assertThat(fc.verify(digest, PublicKey.fromString(FILE.get("signing_pub_8_2").asText()))).isTrue();
  }

  @Test
  void steemWitnessUpdateHasTheSameLayoutAsV1() {
    // 8.1(b) differs from V1 only in the symbol bytes ("STEEM" vs "GOLOS") and key prefix.
    JsonNode b = FILE.get("steem_witness_update_8_1_b");
    Transaction v1 = Vectors.transaction(FILE.get("signed_8_2").get(0).get("tx"));
    String steemSymbol = HEX.formatHex("STEEM".getBytes(StandardCharsets.US_ASCII));
    String golosSymbol = HEX.formatHex("GOLOS".getBytes(StandardCharsets.US_ASCII));

    assertThat(HEX.formatHex(v1.toBytes()))
        .isEqualTo(b.get("hex").asText().replace(steemSymbol, golosSymbol));
    assertThat(PublicKey.fromString(b.get("block_signing_key").asText(), "STM"))
        .isEqualTo(((WitnessUpdate) v1.operations().get(0)).blockSigningKey());
  }

  @Test
  void steemVoteBaseline() {
    JsonNode c = FILE.get("steem_vote_8_1_c");
    Transaction tx = Vectors.transaction(c.get("tx"));

    assertThat(HEX.formatHex(tx.toBytes())).isEqualTo(c.get("hex").asText());
    assertThat(HEX.formatHex(tx.digest(ChainId.fromHex(c.get("steem_chain_id").asText()))))
        .isEqualTo(c.get("steem_digest").asText());
    assertThat(HEX.formatHex(tx.digest(ChainId.GOLOS_MAINNET)))
        .isEqualTo(c.get("golos_digest").asText());
  }

  @Test
  void keyFormats() {
    JsonNode k = FILE.get("key_8_1_d");
    PrivateKey key = PrivateKey.of(Vectors.hex(k.get("private_hex")));

    assertThat(key.toWif()).isEqualTo(k.get("wif").asText());
    assertThat(PrivateKey.fromWif(k.get("wif").asText())).isEqualTo(key);
    assertThat(key.publicKey().toString()).isEqualTo(k.get("pub").asText());
    assertThat(PublicKey.NULL.toString()).isEqualTo(k.get("all_zeros_key").asText());
    assertThat(PublicKey.fromString(k.get("all_zeros_key").asText())).isSameAs(PublicKey.NULL);
  }

  @Test
  void rfc6979ReferenceVector() {
    JsonNode r = FILE.get("rfc6979");
    BigInteger d = new BigInteger(r.get("private_hex").asText(), 16);
    byte[] digest = Hashes.sha256(r.get("message").asText().getBytes(StandardCharsets.UTF_8));
    HMacDSAKCalculator k = new HMacDSAKCalculator(new SHA256Digest());
    k.init(Secp256k1.N, d, digest);

    byte[] sig = Secp256k1.signAttempt(d, digest, 0);

    assertThat(k.nextK().toString(16)).isEqualTo(r.get("k").asText());
    assertThat(HEX.formatHex(sig, 1, 33)).isEqualTo(r.get("r").asText());
    assertThat(HEX.formatHex(sig, 33, 65)).isEqualTo(r.get("s").asText());
  }
}
