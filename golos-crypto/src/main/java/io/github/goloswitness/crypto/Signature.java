package io.github.goloswitness.crypto;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A 65-byte compact secp256k1 signature {@code header || r || s} with {@code header = 27 + 4 +
 * recid} (chain-fc src/crypto/elliptic_impl_priv.cpp sign_compact). Immutable and thread-safe.
 */
public final class Signature {

  private final byte[] compact;

  private Signature(byte[] compact) {
    this.compact = compact;
  }

  /**
   * Wraps 65 bytes (copied).
   *
   * @throws IllegalArgumentException if not 65 bytes or the header is outside 27..34
   */
  public static Signature of(byte[] compact) {
    Objects.requireNonNull(compact, "compact");
    if (compact.length != 65) {
      throw new IllegalArgumentException("signature must be 65 bytes, got " + compact.length);
    }
    int header = compact[0] & 0xff;
    if (header < 27 || header > 34) {
      throw new IllegalArgumentException("signature header " + header + " is outside 27..34");
    }
    return new Signature(compact.clone());
  }

  /**
   * Parses 130 hex digits.
   *
   * @throws IllegalArgumentException naming the text if it is not 65 bytes of hex
   */
  public static Signature fromHex(String hex) {
    Objects.requireNonNull(hex, "hex");
    byte[] raw;
    try {
      raw = HexFormat.of().parseHex(hex);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("signature \"" + hex + "\" is not hex", e);
    }
    try {
      return of(raw);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("signature \"" + hex + "\": " + e.getMessage(), e);
    }
  }

  /** A copy of the 65 bytes. */
  public byte[] bytes() {
    return compact.clone();
  }

  /** Lowercase hex, the form golosd prints in {@code signatures}. */
  public String toHex() {
    return HexFormat.of().formatHex(compact);
  }

  /** Whether golosd accepts it: r and s are exactly 32 bytes in minimal DER (fc is_canonical). */
  public boolean isCanonical() {
    return Secp256k1.isCanonical(compact);
  }

  /**
   * The public key that signed {@code digest}.
   *
   * @throws IllegalArgumentException if the digest is not 32 bytes or no key matches
   */
  public PublicKey recoverPublicKey(byte[] digest) {
    checkDigest(digest);
    byte[] key = Secp256k1.recover(compact, digest);
    if (key == null) {
      throw new IllegalArgumentException("signature " + toHex() + " recovers no public key");
    }
    return PublicKey.of(key);
  }

  /**
   * Whether this signature over {@code digest} was made by {@code key}, checked by recovery as
   * golosd does (so the header's recovery id must be right too). Does not check canonicality.
   */
  public boolean verify(byte[] digest, PublicKey key) {
    checkDigest(digest);
    Objects.requireNonNull(key, "key");
    byte[] recovered = Secp256k1.recover(compact, digest);
    return recovered != null && Arrays.equals(recovered, key.bytes());
  }

  private static void checkDigest(byte[] digest) {
    Objects.requireNonNull(digest, "digest");
    if (digest.length != 32) {
      throw new IllegalArgumentException("digest must be 32 bytes, got " + digest.length);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Signature other && Arrays.equals(compact, other.compact);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(compact);
  }

  @Override
  public String toString() {
    return "Signature[" + toHex() + "]";
  }
}
