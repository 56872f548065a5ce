package io.github.goloswitness.crypto;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;

/**
 * A secp256k1 secret key. Never printed: {@link #toString()} is {@code PrivateKey[redacted]} and no
 * exception message contains the secret or its WIF. Immutable and thread-safe.
 */
public final class PrivateKey {

  private static final byte WIF_VERSION = (byte) 0x80;

  private final byte[] secret;
  private final BigInteger d;
  private volatile PublicKey publicKey;

  private PrivateKey(byte[] secret) {
    this.secret = secret;
    this.d = new BigInteger(1, secret);
    if (d.signum() == 0 || d.compareTo(Secp256k1.N) >= 0) {
      throw new IllegalArgumentException("private key is out of range for secp256k1");
    }
  }

  /**
   * Wraps a 32-byte big-endian secret (copied).
   *
   * @throws IllegalArgumentException if not 32 bytes or not in [1, n-1]
   */
  public static PrivateKey of(byte[] secret32) {
    Objects.requireNonNull(secret32, "secret32");
    if (secret32.length != 32) {
      throw new IllegalArgumentException("private key must be 32 bytes, got " + secret32.length);
    }
    return new PrivateKey(secret32.clone());
  }

  /**
   * Parses a WIF: {@code base58(0x80 || secret32 || sha256(sha256(0x80 || secret32))[0..4])}
   * (chain-node libraries/utilities/key_conversion.cpp key_to_wif). Surrounding whitespace is
   * ignored; golosd's legacy single-sha256 checksum is not accepted.
   *
   * @throws IllegalArgumentException for bad base58, length, version or checksum; the message never
   *     contains the WIF
   */
  public static PrivateKey fromWif(String wif) {
    Objects.requireNonNull(wif, "wif");
    byte[] raw;
    try {
      raw = Base58.decode(wif.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("private key WIF is not valid base58: " + e.getMessage());
    }
    try {
      if (raw.length != 37) {
        throw new IllegalArgumentException(
            "private key WIF decodes to " + raw.length + " bytes, expected 37");
      }
      if (raw[0] != WIF_VERSION) {
        throw new IllegalArgumentException(
            String.format("private key WIF has version byte 0x%02x, expected 0x80", raw[0] & 0xff));
      }
      byte[] payload = Arrays.copyOf(raw, 33);
      byte[] check = Arrays.copyOf(Hashes.doubleSha256(payload), 4);
      if (!MessageDigest.isEqual(check, Arrays.copyOfRange(raw, 33, 37))) {
        throw new IllegalArgumentException("private key WIF has a bad checksum");
      }
      Arrays.fill(payload, (byte) 0);
      return new PrivateKey(Arrays.copyOfRange(raw, 1, 33));
    } finally {
      Arrays.fill(raw, (byte) 0);
    }
  }

  /** A fresh random key. */
  public static PrivateKey generate(SecureRandom random) {
    Objects.requireNonNull(random, "random");
    while (true) {
      byte[] secret = new byte[32];
      random.nextBytes(secret);
      BigInteger d = new BigInteger(1, secret);
      if (d.signum() > 0 && d.compareTo(Secp256k1.N) < 0) {
        return new PrivateKey(secret);
      }
    }
  }

  /**
   * The key golos-lib-js {@code auth.toWif(account, password, role)} derives: {@code
   * sha256(account + role + password)}, after trimming and collapsing whitespace runs to one space.
   */
  public static PrivateKey fromPassword(String account, String password, String role) {
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(password, "password");
    Objects.requireNonNull(role, "role");
    String brainKey = (account + role + password).strip().replaceAll("[\\t\\n\\u000B\\f\\r ]+", " ");
    return new PrivateKey(Hashes.sha256(brainKey.getBytes(StandardCharsets.UTF_8)));
  }

  /** This key in WIF. Treat the result as a secret. */
  public String toWif() {
    byte[] raw = new byte[37];
    raw[0] = WIF_VERSION;
    System.arraycopy(secret, 0, raw, 1, 32);
    System.arraycopy(Hashes.doubleSha256(Arrays.copyOf(raw, 33)), 0, raw, 33, 4);
    String wif = Base58.encode(raw);
    Arrays.fill(raw, (byte) 0);
    return wif;
  }

  /** The matching public key (computed once). */
  public PublicKey publicKey() {
    PublicKey key = publicKey;
    if (key == null) {
      key = PublicKey.of(Secp256k1.publicKey(d));
      publicKey = key;
    }
    return key;
  }

  /**
   * Signs a 32-byte digest: deterministic RFC 6979 nonces with golos-lib-js's retry scheme, low-S,
   * and a result that passes golosd's canonical check.
   *
   * @throws IllegalArgumentException if the digest is not 32 bytes
   */
  public Signature sign(byte[] digest32) {
    Objects.requireNonNull(digest32, "digest32");
    if (digest32.length != 32) {
      throw new IllegalArgumentException("digest must be 32 bytes, got " + digest32.length);
    }
    return Signature.of(Secp256k1.signCompact(d, digest32));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PrivateKey other && MessageDigest.isEqual(secret, other.secret);
  }

  @Override
  public int hashCode() {
    return publicKey().hashCode();
  }

  @Override
  public String toString() {
    return "PrivateKey[redacted]";
  }
}
