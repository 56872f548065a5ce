package io.github.goloswitness.crypto;

import java.util.Objects;

/** Range checks for record components, naming the node's field. */
final class Fields {

  static int uint16(int value, String field) {
    if (value < 0 || value > 0xFFFF) {
      throw new IllegalArgumentException(field + " must be a uint16, got " + value);
    }
    return value;
  }

  static long uint32(long value, String field) {
    if (value < 0 || value > 0xFFFF_FFFFL) {
      throw new IllegalArgumentException(field + " must be a uint32, got " + value);
    }
    return value;
  }

  static <T> T required(T value, String field) {
    return Objects.requireNonNull(value, field);
  }

  private Fields() {}
}
