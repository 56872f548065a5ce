package io.github.goloswitness.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KeysTest {

  private static final String WIF = "5J4eFhjREJA7hKG6KcvHofHMXyGQZCDpQE463PAaKo9xXY6UDPq";
  private static final String PUB = "GLS7jDPoMwyjVH5obFmqzFNp4Ffp7G2nvC7FKFkrMBpo7Sy4uq5Mj";

  @Test
  void generatedKeysRoundTripThroughWifAndString() {
    SecureRandom random = new SecureRandom();
    for (int i = 0; i < 5; i++) {
      PrivateKey key = PrivateKey.generate(random);
      assertThat(PrivateKey.fromWif(key.toWif())).isEqualTo(key);
      assertThat(PublicKey.fromString(key.publicKey().toString())).isEqualTo(key.publicKey());
      assertThat(PublicKey.of(key.publicKey().bytes())).isEqualTo(key.publicKey());
    }
  }

  @Test
  void privateKeyNeverPrintsItself() {
    PrivateKey key = PrivateKey.fromWif(WIF);
    assertThat(key.toString()).isEqualTo("PrivateKey[redacted]");
    assertThat(key).isNotEqualTo(PrivateKey.fromPassword("a", "b", "active"));
    assertThat(key.hashCode()).isEqualTo(PrivateKey.fromWif(WIF).hashCode());
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "5J4eFhjREJA7hKG6KcvHofHMXyGQZCDpQE463PAaKo9xXY6UDPr", // last char changed: checksum
    "5J4eFhjREJA7hKG6KcvHofHMXyGQZCDpQE463PAaKo9xXY6UDP0", // '0' is not base58
    "5J4eFhjREJA7hKG6KcvHofHMXyGQZCDpQE463PAaKo9xXY6UD", // too short
    "",
  })
  void badWifIsRejectedWithoutEchoingIt(String wif) {
    assertThatThrownBy(() -> PrivateKey.fromWif(wif))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("private key WIF")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("KcvHof"));
  }

  @Test
  void badWifMessagesSayWhatIsWrong() {
    assertThatThrownBy(() -> PrivateKey.fromWif(WIF.substring(0, 50) + "r"))
        .hasMessage("private key WIF has a bad checksum");
    assertThatThrownBy(() -> PrivateKey.fromWif(WIF.substring(0, 50) + "0"))
        .hasMessageContaining("not valid base58");
    // a GLS public key body is base58 too, but 37 bytes starting with 0x02/0x03
    assertThatThrownBy(() -> PrivateKey.fromWif(PUB.substring(3)))
        .hasMessageContaining("version byte 0x03");
    assertThatThrownBy(() -> PrivateKey.of(new byte[32]))
        .hasMessageContaining("out of range");
  }

  @Test
  void passwordWhitespaceIsNormalisedLikeGolosLibJs() {
    assertThat(PrivateKey.fromPassword("alice", "pass \t\n word  ", "active"))
        .isEqualTo(PrivateKey.fromPassword("alice", "pass word", "active"))
        .isNotEqualTo(PrivateKey.fromPassword("alice", "pass word", "owner"));
  }

  @Test
  void publicKeyRejectsWrongPrefix() {
    assertThatThrownBy(() -> PublicKey.fromString("STM" + PUB.substring(3)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("does not start with prefix GLS");
    assertThat(PublicKey.fromString("STM" + PUB.substring(3), "STM").toString()).isEqualTo(PUB);
    assertThat(PublicKey.fromString(PUB).toString("STM")).isEqualTo("STM" + PUB.substring(3));
  }

  @Test
  void publicKeyRejectsBadChecksumBase58AndLength() {
    String flipped = PUB.substring(0, PUB.length() - 1) + "k";
    assertThatThrownBy(() -> PublicKey.fromString(flipped))
        .hasMessage("public key \"" + flipped + "\" has a bad checksum");
    assertThatThrownBy(() -> PublicKey.fromString("GLS0abc"))
        .hasMessageContaining("invalid base58 character at position 0");
    assertThatThrownBy(() -> PublicKey.fromString("GLS" + PUB.substring(4)))
        .hasMessageContaining("expected 37");
    assertThatThrownBy(() -> PublicKey.of(new byte[32])).hasMessageContaining("33 bytes");
  }

  @Test
  void publicKeyRejectsBytesOffTheCurve() {
    byte[] notAPoint = PublicKey.fromString(PUB).bytes();
    notAPoint[0] = 4;
    assertThatThrownBy(() -> PublicKey.of(notAPoint)).hasMessageContaining("not a compressed");
  }

  @Test
  void nullKeyRoundTrips() {
    assertThat(PublicKey.NULL.isNull()).isTrue();
    assertThat(PublicKey.NULL.bytes()).containsOnly(0).hasSize(33);
    assertThat(PublicKey.of(new byte[33])).isEqualTo(PublicKey.NULL);
    assertThat(PublicKey.fromString(PublicKey.NULL.toString())).isEqualTo(PublicKey.NULL);
    assertThat(PublicKey.fromString(PUB).isNull()).isFalse();
  }

  @Test
  void bytesAreCopies() {
    PublicKey key = PublicKey.fromString(PUB);
    key.bytes()[1] ^= 1;
    assertThat(key.toString()).isEqualTo(PUB);
    assertThat(HexFormat.of().formatHex(key.bytes()))
        .isEqualTo("0376072354654f7f12aaa513a302dac8ff52d7df2c81fce1ebf1dfa5e139b48b31");
  }
}
