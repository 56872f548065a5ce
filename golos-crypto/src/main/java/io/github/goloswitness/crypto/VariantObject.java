package io.github.goloswitness.crypto;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An fc::variant_object of scalar values, in the order given (the node keeps its JSON order, and
 * the bytes follow it). Values are {@link String}, {@link Long} or {@link Boolean}. fc::raw: varint
 * count, then per entry the key, a type byte (chain-fc variant.hpp: 1 int64, 2 uint64, 4 bool, 5
 * string) and the value; fc's JSON parser gives non-negative integers the uint64 type.
 *
 * @param entries unmodifiable, insertion-ordered
 */
public record VariantObject(Map<String, Object> entries) {

  private static final int INT64 = 1;
  private static final int UINT64 = 2;
  private static final int BOOL = 4;
  private static final int STRING = 5;

  /**
   * Checks the components, and keeps unmodifiable copies of the collections.
   *
   * @throws IllegalArgumentException if a component breaks a rule; the message names it
   * @throws NullPointerException if a required component is null; the message names it
   */
  public VariantObject {
    Objects.requireNonNull(entries, "entries");
    Map<String, Object> copy = new LinkedHashMap<>();
    entries.forEach((key, value) -> {
      Objects.requireNonNull(key, "key");
      if (!(value instanceof String || value instanceof Long || value instanceof Boolean)) {
        throw new IllegalArgumentException("variant value of \"" + key
            + "\" must be a string, integer or boolean, got " + value);
      }
      copy.put(key, value);
    });
    entries = Collections.unmodifiableMap(copy);
  }

  void writeTo(GrapheneWriter out) {
    out.writeVarint32(entries.size());
    entries.forEach((key, value) -> {
      out.writeString(key);
      if (value instanceof String s) {
        out.writeUint8(STRING).writeString(s);
      } else if (value instanceof Boolean b) {
        out.writeUint8(BOOL).writeBool(b);
      } else {
        long n = (Long) value;
        out.writeUint8(n < 0 ? INT64 : UINT64).writeInt64(n);
      }
    });
  }

  static VariantObject readFrom(GrapheneReader in) {
    long count = in.readVarint32();
    Map<String, Object> entries = new LinkedHashMap<>();
    for (long i = 0; i < count; i++) {
      String key = in.readString();
      int type = in.readUint8();
      switch (type) {
        case STRING -> entries.put(key, in.readString());
        case BOOL -> entries.put(key, in.readBool());
        case INT64, UINT64 -> entries.put(key, in.readInt64());
        default -> throw new IllegalArgumentException(
            "variant value of \"" + key + "\" has unsupported type " + type);
      }
    }
    return new VariantObject(entries);
  }
}
