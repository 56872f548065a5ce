package io.github.goloswitness.crypto;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Immutable raw bytes: {@code vector<char>} data, block ids and checksums. JSON form is lowercase
 * hex, as fc prints them.
 */
public final class Bytes {

  private final byte[] bytes;

  private Bytes(byte[] bytes) {
    this.bytes = bytes;
  }

  /** A copy of {@code bytes}. */
  public static Bytes of(byte[] bytes) {
    return new Bytes(Objects.requireNonNull(bytes, "bytes").clone());
  }

  /** @throws IllegalArgumentException naming the text if it is not hex of whole bytes */
  public static Bytes fromHex(String hex) {
    Objects.requireNonNull(hex, "hex");
    try {
      return new Bytes(HexFormat.of().parseHex(hex));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("\"" + hex + "\" is not hex of whole bytes");
    }
  }

  /** A copy of the bytes. */
  public byte[] toByteArray() {
    return bytes.clone();
  }

  /** Number of bytes. */
  public int size() {
    return bytes.length;
  }

  /** Returns this if it has exactly {@code size} bytes. @throws IllegalArgumentException otherwise */
  Bytes requireSize(int size, String field) {
    if (bytes.length != size) {
      throw new IllegalArgumentException(field + " must be " + size + " bytes, got " + bytes.length);
    }
    return this;
  }

  /** Lowercase hex. */
  public String toHex() {
    return HexFormat.of().formatHex(bytes);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Bytes other && Arrays.equals(bytes, other.bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  /** The hex form. */
  @Override
  public String toString() {
    return toHex();
  }
}
