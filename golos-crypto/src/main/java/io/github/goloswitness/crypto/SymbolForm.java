package io.github.goloswitness.crypto;

import java.nio.charset.StandardCharsets;

/**
 * The rules and the wire form of an {@link Asset.Symbol}, after chain-node 0.30:
 * <ul>
 *   <li>a valid name (libraries/protocol/steem_operations.cpp is_valid_symbol_name): at most 14
 *       characters, one or two parts split at a dot, each part at least 3 characters A-Z;
 *   <li>fc::raw (libraries/protocol/include/golos/protocol/asset.hpp pack/unpack, asset.cpp
 *       from_string): a name of up to 6 characters is a uint64 (byte 0 the precision, bytes 1..6 the
 *       name, zero-padded, byte 7 zero); a longer one is a uint128 written low word first (byte 0
 *       the precision + 100, bytes 1..14 the name, zero-padded, byte 15 zero). A reader tells the
 *       two apart by the first byte: 100 or more means 16 bytes.
 * </ul>
 */
final class SymbolForm {

  /** Added to the precision byte of a long-named symbol (asset.cpp from_string). */
  static final int LONG_MARK = 100;

  private static final int SHORT_BYTES = 8;
  private static final int LONG_BYTES = 16;
  private static final int MIN_PART_LENGTH = 3;

  /** What is wrong with {@code name} as a symbol name, or {@code null} if it is valid. */
  static String nameProblem(String name) {
    if (name.isEmpty()) {
      return "is empty";
    }
    if (name.length() > Asset.Symbol.MAX_NAME_LENGTH) {
      return "is longer than " + Asset.Symbol.MAX_NAME_LENGTH + " characters (" + name.length() + ")";
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c != '.' && (c < 'A' || c > 'Z')) {
        return "has '" + c + "' at index " + i + ": a symbol is capital letters A-Z and at most one dot";
      }
    }
    int dot = name.indexOf('.');
    if (dot >= 0 && name.indexOf('.', dot + 1) >= 0) {
      return "has more than one dot: a symbol is one or two parts";
    }
    String[] parts = dot < 0 ? new String[] {name}
        : new String[] {name.substring(0, dot), name.substring(dot + 1)};
    for (String part : parts) {
      if (part.length() < MIN_PART_LENGTH) {
        return (parts.length == 1 ? "is shorter than " : "has a part \"" + part + "\" shorter than ")
            + MIN_PART_LENGTH + " letters";
      }
    }
    return null;
  }

  static void write(Asset.Symbol symbol, GrapheneWriter out) {
    byte[] name = symbol.name().getBytes(StandardCharsets.US_ASCII);
    byte[] form = new byte[symbol.isLong() ? LONG_BYTES : SHORT_BYTES];
    form[0] = (byte) (symbol.precision() + (symbol.isLong() ? LONG_MARK : 0));
    System.arraycopy(name, 0, form, 1, name.length);
    out.writeFixed(form);
  }

  static Asset.Symbol read(GrapheneReader in) {
    int offset = in.position();
    byte[] low = in.readFixed(SHORT_BYTES);
    int first = low[0] & 0xFF;
    boolean isLong = first >= LONG_MARK;
    byte[] form = low;
    if (isLong) {
      form = new byte[LONG_BYTES];
      System.arraycopy(low, 0, form, 0, SHORT_BYTES);
      System.arraycopy(in.readFixed(SHORT_BYTES), 0, form, SHORT_BYTES, SHORT_BYTES);
    }
    int precision = isLong ? first - LONG_MARK : first;
    int length = 0;
    while (1 + length < form.length && form[1 + length] != 0) {
      length++;
    }
    String what = "asset symbol at offset " + offset + " (" + Bytes.of(form).toHex() + ")";
    for (int i = 1 + length; i < form.length; i++) {
      if (form[i] != 0) {
        throw new IllegalArgumentException(what + ": bytes after the name's end are not zero");
      }
    }
    if (length == form.length - 1) {
      throw new IllegalArgumentException(what + ": the name has no terminating zero byte");
    }
    if (isLong && length <= Asset.Symbol.SHORT_NAME_LENGTH) {
      throw new IllegalArgumentException(what + ": the 16-byte form (precision byte >= 100) holds a"
          + " name of " + length + " characters, which the node writes in 8 bytes");
    }
    String name = new String(form, 1, length, StandardCharsets.ISO_8859_1);
    try {
      return new Asset.Symbol(name, precision);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(what + ": " + e.getMessage(), e);
    }
  }

  private SymbolForm() {}
}
