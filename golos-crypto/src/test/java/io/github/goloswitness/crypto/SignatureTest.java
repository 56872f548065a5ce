package io.github.goloswitness.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class SignatureTest {

  private static final PrivateKey KEY =
      PrivateKey.fromWif("5J4eFhjREJA7hKG6KcvHofHMXyGQZCDpQE463PAaKo9xXY6UDPq");

  @Test
  void randomDigestsGiveCanonicalLowSSignaturesThatRecoverTheKey() {
    SecureRandom random = new SecureRandom();
    for (int i = 0; i < 50; i++) {
      byte[] digest = new byte[32];
      random.nextBytes(digest);
      Signature sig = KEY.sign(digest);
      assertThat(sig.isCanonical()).isTrue();
      assertThat(sig.bytes()[33] & 0x80).isZero(); // s < 2^255, in particular low-S
      assertThat(sig.recoverPublicKey(digest)).isEqualTo(KEY.publicKey());
      assertThat(Signature.fromHex(sig.toHex())).isEqualTo(sig);
      assertThat(KEY.sign(digest)).isEqualTo(sig); // deterministic
    }
  }

  @Test
  void verifyRejectsAnotherDigestOrKey() {
    byte[] digest = Hashes.sha256("a".getBytes(StandardCharsets.UTF_8));
    byte[] other = Hashes.sha256("b".getBytes(StandardCharsets.UTF_8));
    Signature sig = KEY.sign(digest);

    assertThat(sig.verify(digest, KEY.publicKey())).isTrue();
    assertThat(sig.verify(other, KEY.publicKey())).isFalse();
    assertThat(sig.verify(digest, PrivateKey.fromPassword("x", "y", "z").publicKey())).isFalse();
  }

  @Test
  void nonCanonicalIsDetected() {
    byte[] raw = KEY.sign(new byte[32]).bytes();
    raw[1] |= (byte) 0x80; // r with the top bit set needs 33 DER bytes
    assertThat(Signature.of(raw).isCanonical()).isFalse();
    byte[] padded = KEY.sign(new byte[32]).bytes();
    padded[33] = 0;
    padded[34] = 0x10; // s with a removable leading zero
    assertThat(Signature.of(padded).isCanonical()).isFalse();
  }

  @Test
  void badInputIsNamed() {
    assertThatThrownBy(() -> Signature.of(new byte[64])).hasMessageContaining("65 bytes, got 64");
    byte[] badHeader = new byte[65];
    badHeader[0] = 35;
    assertThatThrownBy(() -> Signature.of(badHeader)).hasMessageContaining("header 35");
    assertThatThrownBy(() -> Signature.fromHex("zz")).hasMessageContaining("\"zz\" is not hex");
    assertThatThrownBy(() -> KEY.sign(new byte[31])).hasMessageContaining("32 bytes, got 31");
    byte[] zeroR = new byte[65];
    zeroR[0] = 31;
    assertThatThrownBy(() -> Signature.of(zeroR).recoverPublicKey(new byte[32]))
        .hasMessageContaining("recovers no public key");
  }
}
