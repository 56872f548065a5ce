package io.github.goloswitness.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a fixed array of witness names ({@code current_shuffled_witnesses} of the witness
 * schedule, {@code transit_witnesses} of the global properties) in either form golosd sends: a
 * JSON array of names, or one hex string of the raw memory of
 * {@code fc::array<account_name_type, N>}, which fc's {@code to_variant} writes as a
 * {@code vector<char>}. In the hex form each name is an {@code fc::fixed_string} of 16 bytes: the
 * name's bytes as written, zero-padded (golos chain-fc include/fc/fixed_string.hpp: a plain
 * {@code memcpy}, no byte swap). Real replies: chain-node 0.30 sends
 * {@code "6379626572666f756e646572" + "00"*36} ("cyberfounder" and two empty slots,
 * recorded/README.md); empty slots are dropped.
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
    int length = 0;
    while (length < NAME_BYTES && memory[length] != 0) {
      length++;
    }
    for (int i = length; i < NAME_BYTES; i++) {
      if (memory[i] != 0) {
        throw new ShapeException(what + " is not a zero-padded name");
      }
    }
    String name = new String(memory, 0, length, StandardCharsets.ISO_8859_1);
    if (!name.matches("[a-z0-9.-]*")) {
      throw new ShapeException(what + " is not an account name: " + name);
    }
    return name;
  }

  private ShuffledWitnesses() {}
}
