package io.github.goloswitness.crypto;

import java.util.Arrays;
import java.util.Objects;

/**
 * A Golos public key: a 33-byte compressed secp256k1 point, written {@code "GLS" + base58(key ||
 * ripemd160(key)[0..4])} (chain-node libraries/protocol/types.cpp public_key_type). The all-zero
 * {@link #NULL} key is the chain's "disabled" signing key. Immutable and thread-safe.
 */
public final class PublicKey {

  /** The address prefix of Golos mainnet and testnet. */
  public static final String GOLOS_PREFIX = "GLS";

  /** 33 zero bytes, {@code GLS1111111111111111111111111111111114T1Anm}: a disabled witness. */
  public static final PublicKey NULL = new PublicKey(new byte[33]);

  private final byte[] key;

  private PublicKey(byte[] key) {
    this.key = key;
  }

  /**
   * Wraps 33 bytes (copied): a compressed point on secp256k1, or 33 zero bytes.
   *
   * @throws IllegalArgumentException if the length is not 33 or the bytes are not a point
   */
  public static PublicKey of(byte[] compressed) {
    Objects.requireNonNull(compressed, "compressed");
    if (compressed.length != 33) {
      throw new IllegalArgumentException(
          "public key must be 33 bytes, got " + compressed.length);
    }
    byte[] copy = compressed.clone();
    if (Arrays.equals(copy, NULL.key)) {
      return NULL;
    }
    if ((copy[0] != 2 && copy[0] != 3) || !Secp256k1.isOnCurve(copy)) {
      throw new IllegalArgumentException("public key bytes are not a compressed secp256k1 point");
    }
    return new PublicKey(copy);
  }

  /** Parses a {@code GLS…} key. Same as {@code fromString(text, "GLS")}. */
  public static PublicKey fromString(String text) {
    return fromString(text, GOLOS_PREFIX);
  }

  /**
   * Parses {@code prefix + base58(key33 || checksum4)}.
   *
   * @throws IllegalArgumentException naming the text if the prefix, base58, length, checksum or
   *     point is wrong
   */
  public static PublicKey fromString(String text, String prefix) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(prefix, "prefix");
    if (!text.startsWith(prefix)) {
      throw new IllegalArgumentException(
          "public key \"" + text + "\" does not start with prefix " + prefix);
    }
    byte[] raw;
    try {
      raw = Base58.decode(text.substring(prefix.length()));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("public key \"" + text + "\": " + e.getMessage(), e);
    }
    if (raw.length != 37) {
      throw new IllegalArgumentException(
          "public key \"" + text + "\" decodes to " + raw.length + " bytes, expected 37");
    }
    byte[] key = Arrays.copyOf(raw, 33);
    byte[] check = Arrays.copyOf(Hashes.ripemd160(key), 4);
    if (!Arrays.equals(check, Arrays.copyOfRange(raw, 33, 37))) {
      throw new IllegalArgumentException("public key \"" + text + "\" has a bad checksum");
    }
    try {
      return of(key);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("public key \"" + text + "\": " + e.getMessage(), e);
    }
  }

  /** A copy of the 33 bytes. */
  public byte[] bytes() {
    return key.clone();
  }

  /** Whether this is the all-zero "disabled" key. */
  public boolean isNull() {
    return Arrays.equals(key, NULL.key);
  }

  /** The key with the given prefix, e.g. {@code "STM"}. */
  public String toString(String prefix) {
    byte[] raw = Arrays.copyOf(key, 37);
    System.arraycopy(Hashes.ripemd160(key), 0, raw, 33, 4);
    return prefix + Base58.encode(raw);
  }

  /** The {@code GLS…} form. */
  @Override
  public String toString() {
    return toString(GOLOS_PREFIX);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PublicKey other && Arrays.equals(key, other.key);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(key);
  }
}
