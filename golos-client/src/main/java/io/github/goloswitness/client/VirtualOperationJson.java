package io.github.goloswitness.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * Virtual operations from the node's JSON {@code ["producer_reward", {...}]} (or {@code [96,
 * {...}]}): the typed ones through the generic record reader, the rest kept as JSON text.
 * Stateless.
 */
final class VirtualOperationJson {

  /** The first virtual operation's tag (chain-node operations.hpp). */
  static final int FIRST_ID = 82;

  /** Whether {@code [tag, {...}]} names a virtual operation (a known name, or a tag from 82). */
  static boolean isVirtual(JsonNode pair) {
    if (!pair.isArray() || pair.size() != 2) {
      return false;
    }
    JsonNode tag = pair.get(0);
    if (tag.isIntegralNumber()) {
      return tag.longValue() >= FIRST_ID;
    }
    return tag.isTextual() && VirtualOperationType.byName(tag.textValue()).isPresent();
  }

  static VirtualOperation read(JsonNode pair, String path) {
    if (!pair.isArray() || pair.size() != 2) {
      throw OperationJsonValues.fail(path, "expected [name, {fields}], got " + pair);
    }
    JsonNode tag = pair.get(0);
    JsonNode fields = pair.get(1);
    if (!fields.isObject()) {
      throw OperationJsonValues.fail(path + "[1]", "expected an object, got " + fields);
    }
    Optional<VirtualOperationType> type;
    String name;
    if (tag.isIntegralNumber()) {
      long id = OperationJsonValues.integer(tag, path + "[0]", FIRST_ID, Integer.MAX_VALUE);
      type = VirtualOperationType.byId(id);
      name = type.map(VirtualOperationType::wireName).orElse("#" + id);
      if (type.isEmpty()) {
        return new OtherVirtualOperation((int) id, name, fields.toString());
      }
    } else {
      name = OperationJsonValues.text(tag, path + "[0]");
      type = VirtualOperationType.byName(name);
      if (type.isEmpty()) {
        return new OtherVirtualOperation(-1, name, fields.toString());
      }
    }
    VirtualOperationType known = type.get();
    Optional<Class<? extends VirtualOperation>> record = known.type();
    if (record.isEmpty()) {
      return new OtherVirtualOperation(known.id(), known.wireName(), fields.toString());
    }
    return OperationJson.readRecord(record.get(), fields, path + "." + known.wireName());
  }

  private VirtualOperationJson() {}
}
