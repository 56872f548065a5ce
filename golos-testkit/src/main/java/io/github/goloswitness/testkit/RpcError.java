package io.github.goloswitness.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import java.util.Map;

/**
 * A JSON-RPC error object exactly as golosd's json_rpc plugin builds it (protocol doc §2.2,
 * fixtures/golosd/error.*.json): {@code code}, {@code message} and, for exceptions thrown by the
 * chain, {@code data = {code, name, message, stack}} where message is {@code "<what> (<code>)\n
 * <format with data substituted>\n"}. Thrown inside the simulated node, never outside it.
 */
final class RpcError extends Exception {
  private static final long serialVersionUID = 1L;
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS").withZone(ZoneOffset.UTC);

  static final int PARSE_ERROR = -32700;
  static final int INVALID_REQUEST = -32600;
  static final int METHOD_NOT_FOUND = -32601;
  static final int INTERNAL_ERROR = -32603;
  static final int INVALID_PARAMETER = -32002;
  static final int MISSING_AUTHORITY = -32004;
  static final int INVALID_OPERATION = -32005;
  static final int INVALID_TRANSACTION = -32006;

  private final transient ObjectNode error;

  private RpcError(ObjectNode error) {
    super(error.path("message").asText());
    this.error = error;
  }

  /** The {@code error} member of the reply. */
  ObjectNode toJson() {
    return error.deepCopy();
  }

  /** The golosd exception name in {@code data.name}, or the code for envelope errors. */
  String errorName() {
    JsonNode name = error.path("data").path("name");
    return name.isTextual() ? name.asText() : String.valueOf(error.path("code").asInt());
  }

  /** An envelope error: code and message, no data (e.g. -32600 "A member "method" is not "call""). */
  static RpcError plain(int code, String message) {
    ObjectNode e = NODES.objectNode();
    e.put("code", code);
    e.put("message", message);
    return new RpcError(e);
  }

  /** -32601 with golosd's unsubstituted template and the value in data, e.g. {@code {"api": "x"}}. */
  static RpcError notFound(String what, String value) {
    ObjectNode e = NODES.objectNode();
    e.put("code", METHOD_NOT_FOUND);
    e.put("message", "Could not find " + (what.equals("api") ? "API" : what) + " ${" + what + "}");
    e.putObject("data").put(what, value);
    return new RpcError(e);
  }

  /**
   * An fc/golos exception.
   *
   * @param rpcCode the JSON-RPC code the plugin maps the exception to
   * @param fcCode the exception's own code, e.g. 3100000 for tx_expired
   * @param name its name, e.g. {@code tx_expired}
   * @param what its fixed description, e.g. {@code expired transaction}
   * @param format the log format with {@code ${key}} placeholders
   * @param data values for the format (and shown in the stack)
   * @param method the C++ function that threw, shown in the stack context
   * @param time the node's time for the stack context
   */
  static RpcError chain(int rpcCode, long fcCode, String name, String what, String format, ObjectNode data,
      String method, Instant time) {
    ObjectNode e = NODES.objectNode();
    e.put("code", rpcCode);
    e.put("message", (rpcCode == INTERNAL_ERROR ? "Internal error: " : "") + what + " (" + fcCode + ")\n"
        + render(format, data) + "\n");
    ObjectNode d = e.putObject("data");
    d.put("code", fcCode);
    d.put("name", name);
    d.put("message", what);
    ArrayNode stack = d.putArray("stack");
    ObjectNode entry = stack.addObject();
    ObjectNode context = entry.putObject("context");
    context.put("level", "error");
    context.put("file", switch (method) {
      case "_validate_transaction" -> "database.cpp";
      case "check_max_block_age" -> "network_broadcast_api.cpp";
      case "variant" -> "variant.cpp";
      default -> "api_helper.hpp";
    });
    context.put("line", method.equals("_validate_transaction") ? 4231 : 88);
    context.put("method", method);
    context.put("hostname", "");
    context.put("thread_name", "th_a");
    context.put("timestamp", STAMP.format(time));
    entry.put("format", format);
    entry.set("data", data);
    return new RpcError(e);
  }

  /** golosd's log formatting: {@code ${key}} replaced by the value (strings unquoted, rest as JSON). */
  static String render(String format, ObjectNode data) {
    String out = format;
    for (Iterator<Map.Entry<String, JsonNode>> it = data.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> f = it.next();
      JsonNode v = f.getValue();
      out = out.replace("${" + f.getKey() + "}", v.isTextual() ? v.asText() : v.toString());
    }
    return out;
  }

  static ObjectNode data() {
    return NODES.objectNode();
  }
}
