package io.github.goloswitness.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code current_shuffled_witnesses} in either form golosd has sent: a JSON array of names,
 * or one hex string of the raw memory of {@code fc::array<account_name_type, N>}. In the latter,
 * each name is an {@code fc::fixed_string} of 16 bytes: the name's bytes, zero-padded, held as two
 * uint64 words converted big-endian to native (fc fixed_string.hpp: {@code memcpy} then
 * {@code boost::endian::big_to_native} on each word of the pair), so on the node's little-endian
 * machine each 8-byte half appears reversed. (This layout is read from fc's source; we had no
 * reply captured from such an old node to check it against.)
 */
final class ShuffledWitnesses {

  private static final int NAME_BYTES = 16;

  static List<String> read(JsonNode node, String what) throws ShapeException {
    if (node.isArray()) {
      return Results.names(node, what);
    }
    if (!node.isTextual()) {
      throw new ShapeException(what + " is neither an array of names nor a hex string: " + Fields.brief(node));
    }
    String hex = node.textValue();
    if (!hex.matches("([0-9a-fA-F]{32})*")) {
      throw new ShapeException(what + " is not hex in 16-byte names (32 hex chars each): " + Fields.brief(node));
    }
    List<String> names = new ArrayList<>();
    for (int at = 0; at < hex.length(); at += 2 * NAME_BYTES) {
      byte[] memory = new byte[NAME_BYTES];
      for (int i = 0; i < NAME_BYTES; i++) {
        memory[i] = (byte) Integer.parseInt(hex.substring(at + 2 * i, at + 2 * i + 2), 16);
      }
      String name = name(memory, what + " entry " + at / (2 * NAME_BYTES));
      if (!name.isEmpty()) {
        names.add(name);
      }
    }
    return names;
  }

  private static String name(byte[] memory, String what) throws ShapeException {
    byte[] text = new byte[NAME_BYTES];
    for (int half = 0; half < 2; half++) {
      for (int i = 0; i < 8; i++) {
        text[half * 8 + i] = memory[half * 8 + 7 - i];
      }
    }
    int length = 0;
    while (length < NAME_BYTES && text[length] != 0) {
      length++;
    }
    for (int i = length; i < NAME_BYTES; i++) {
      if (text[i] != 0) {
        throw new ShapeException(what + " is not a zero-padded name");
      }
    }
    String name = new String(text, 0, length, StandardCharsets.US_ASCII);
    if (!name.matches("[a-z0-9.-]*")) {
      throw new ShapeException(what + " is not an account name: " + name);
    }
    return name;
  }

  private ShuffledWitnesses() {}
}
