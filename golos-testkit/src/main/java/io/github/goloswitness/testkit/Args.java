package io.github.goloswitness.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/** Argument checks with golosd's errors (chain-node plugins/json_rpc/.../api_helper.hpp). */
final class Args {

  /** PLUGIN_API_VALIDATE_ARGS: -32002 invalid_arguments_count unless min ≤ size ≤ max. */
  static void count(ArrayNode args, int min, int max, Instant time) throws RpcError {
    int n = args.size();
    if (n >= min && n <= max) {
      return;
    }
    String expected = min == max
        ? "Expected " + min + " parameter" + (min == 1 ? "" : "s")
        : "Expected " + min + " to " + max + " parameters";
    ObjectNode d = RpcError.data();
    d.put("n", n);
    d.put("required", min);
    throw RpcError.chain(RpcError.INVALID_PARAMETER, 1020100, "invalid_arguments_count", "Invalid argument count",
        expected + ", received ${n}", d, "validate_args", time);
  }

  /** A uint32 argument (block numbers); anything else is fc's bad cast, an internal error. */
  static long uint32(JsonNode value, Instant time) throws RpcError {
    if (value.isIntegralNumber() && value.canConvertToLong() && value.asLong() >= 0 && value.asLong() <= 0xFFFF_FFFFL) {
      return value.asLong();
    }
    if (value.isTextual() && value.asText().matches("[0-9]{1,10}") && Long.parseLong(value.asText()) <= 0xFFFF_FFFFL) {
      return Long.parseLong(value.asText()); // fc converts numeric strings
    }
    throw badCast(value, "uint32", time);
  }

  /** An int32 argument such as max_block_age. */
  static long int32(JsonNode value, Instant time) throws RpcError {
    if (value.isIntegralNumber() && value.canConvertToInt()) {
      return value.asInt();
    }
    throw badCast(value, "int32", time);
  }

  static ArrayNode array(JsonNode value, Instant time) throws RpcError {
    if (value instanceof ArrayNode a) {
      return a;
    }
    throw badCast(value, "array", time);
  }

  static RpcError badCast(JsonNode value, String target, Instant time) {
    ObjectNode d = RpcError.data();
    d.put("type", value.getNodeType().toString().toLowerCase(java.util.Locale.ROOT));
    d.put("target", target);
    return RpcError.chain(RpcError.INTERNAL_ERROR, 7, "bad_cast_exception", "Bad Cast",
        "Invalid cast from ${type} to ${target}", d, "variant", time);
  }

  private Args() {}
}
