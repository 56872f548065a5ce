package io.github.goloswitness.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * golosd's JSON-RPC envelope. Requests are always {@code {"jsonrpc":"2.0","id":N,"method":"call",
 * "params":[api, method, [args]]}} — the only form golosd accepts (chain-node
 * plugins/json_rpc/plugin.cpp: rpc_jsonrpc, process_params). Replies are checked for the id and for
 * exactly one of {@code result} / {@code error}.
 */
final class JsonRpc {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]*)}");

  private final ObjectMapper mapper = new ObjectMapper();

  ArrayNode newArgs() {
    return mapper.createArrayNode();
  }

  /** Java values (String, Number, Boolean, null, List, Map) as a JSON args array. */
  ArrayNode args(Object... args) {
    try {
      return mapper.valueToTree(java.util.Arrays.asList(args));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("args cannot be written as JSON: " + e.getMessage(), e);
    }
  }

  /** Parses caller-supplied JSON text; {@code what} names it in the error. */
  JsonNode parse(String json, String what) {
    try {
      return mapper.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(what + " is not valid JSON: " + e.getOriginalMessage(), e);
    }
  }

  String request(long id, String api, String method, ArrayNode args) {
    ObjectNode req = mapper.createObjectNode();
    req.put("jsonrpc", "2.0");
    req.put("id", id);
    req.put("method", "call");
    req.putArray("params").add(api).add(method).add(args);
    return req.toString();
  }

  /**
   * The {@code result} of a reply (possibly JSON null).
   *
   * @throws RpcException the reply is an error object
   * @throws MismatchedIdException the reply answers another id
   * @throws UnexpectedResponseException anything else that is not a golosd reply
   */
  JsonNode result(URI node, long id, String body) throws NodeException {
    JsonNode reply;
    try {
      reply = mapper.readTree(body);
    } catch (JsonProcessingException e) {
      throw new UnexpectedResponseException(node, "body is not JSON: " + e.getOriginalMessage(), e);
    }
    if (reply == null || !reply.isObject()) {
      throw new UnexpectedResponseException(node, "body is not a JSON object: " + Fields.brief(reply));
    }
    JsonNode replyId = reply.get("id");
    JsonNode error = reply.get("error");
    boolean idMatches = replyId != null && (replyId.isIntegralNumber() && replyId.canConvertToLong()
        && replyId.longValue() == id || replyId.isTextual() && replyId.textValue().equals(Long.toString(id)));
    // golosd answers an unreadable request with an error and a null id; that error is still ours.
    boolean nullIdError = (replyId == null || replyId.isNull()) && error != null;
    if (!idMatches && !nullIdError) {
      throw new MismatchedIdException(node, id, replyId == null ? "(none)" : replyId.toString());
    }
    if (error != null && !error.isNull()) {
      throw rpcError(node, error);
    }
    JsonNode result = reply.get("result");
    if (result == null) {
      throw new UnexpectedResponseException(node, "reply has neither result nor error");
    }
    return result;
  }

  /** Extracts the id of a reply text, or -1 if it has none (used to correlate WebSocket replies). */
  long idOf(String body) {
    try {
      JsonNode id = mapper.readTree(body).path("id");
      if (id.isIntegralNumber()) {
        return id.longValue();
      }
      return id.isTextual() && id.textValue().matches("[0-9]{1,18}") ? Long.parseLong(id.textValue()) : -1;
    } catch (JsonProcessingException e) {
      return -1;
    }
  }

  private static RpcException rpcError(URI node, JsonNode error) throws UnexpectedResponseException {
    if (!error.isObject() || !error.path("code").canConvertToInt() || !error.path("message").isTextual()) {
      throw new UnexpectedResponseException(node, "malformed error object: " + Fields.brief(error));
    }
    String message = error.get("message").textValue();
    JsonNode data = error.path("data");
    String name = data.path("name").isTextual() ? data.get("name").textValue() : null;
    return new RpcException(node, error.get("code").intValue(), message, name, detail(message, data));
  }

  /**
   * One line saying what went wrong: the first stack entry's format with its data substituted (as
   * fc::format_string does), else the first informative line of the message.
   */
  static String detail(String message, JsonNode data) {
    JsonNode top = data.path("stack").path(0);
    String format = top.path("format").asText("");
    if (!format.isBlank()) {
      return oneLine(substitute(format, top.path("data")));
    }
    String header = data.path("message").asText("") + " (" + data.path("code").asText("") + ")";
    for (String line : message.split("\n")) {
      if (!line.isBlank() && !line.equals(header)) {
        return oneLine(substitute(line, data));
      }
    }
    return oneLine(message.isBlank() ? "(no message)" : message);
  }

  private static String substitute(String format, JsonNode values) {
    Matcher m = PLACEHOLDER.matcher(format);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      JsonNode v = values.get(m.group(1));
      String text = v == null ? m.group() : v.isTextual() ? v.textValue() : v.toString();
      m.appendReplacement(out, Matcher.quoteReplacement(text));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String oneLine(String s) {
    String line = s.replace('\n', ' ').replace('\r', ' ').strip();
    return line.length() > 300 ? line.substring(0, 297) + "..." : line;
  }

}
