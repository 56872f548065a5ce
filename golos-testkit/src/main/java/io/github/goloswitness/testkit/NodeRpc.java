package io.github.goloswitness.testkit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.List;

/**
 * One node's JSON-RPC endpoint: golosd's envelope rules (chain-node plugins/json_rpc/plugin.cpp:
 * only {@code "method":"call"} with {@code params = [api, method, args?]}, batches as arrays) and
 * the methods of database_api, witness_api and network_broadcast_api the monitor uses. Reads are
 * served from the node's view of the chain (older when the node lags). Thread-safe.
 */
final class NodeRpc {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final SimNetwork network;
  private final NodeState node;
  private final NodeBroadcasts broadcasts;

  NodeRpc(SimNetwork network, NodeState node) {
    this.network = network;
    this.node = node;
    this.broadcasts = new NodeBroadcasts(network, node);
  }

  /** Answers one HTTP body: a request object or a batch array. */
  String answer(String body) {
    JsonNode request;
    try {
      request = MAPPER.readTree(body);
    } catch (JsonProcessingException e) {
      request = null;
    }
    if (request == null || request.isMissingNode()) {
      return reply(NullNode.getInstance(), null, RpcError.plain(RpcError.PARSE_ERROR, "Invalid JSON-structure"))
          .toString();
    }
    if (request.isArray()) {
      ArrayNode out = NODES.arrayNode();
      request.forEach(r -> out.add(one(r)));
      return out.toString();
    }
    return one(request).toString();
  }

  private ObjectNode one(JsonNode request) {
    JsonNode id = request.path("id");
    if (!(id.isIntegralNumber() || id.isTextual())) {
      id = NullNode.getInstance();
    }
    try {
      return reply(id, call(request), null);
    } catch (RpcError e) {
      return reply(id, null, e);
    }
  }

  private JsonNode call(JsonNode request) throws RpcError {
    if (!request.isObject()) {
      throw RpcError.plain(RpcError.INVALID_REQUEST, "Request must be a JSON object");
    }
    if (!"2.0".equals(request.path("jsonrpc").asText(null))) {
      throw RpcError.plain(RpcError.INVALID_REQUEST, "jsonrpc value is not \"2.0\"");
    }
    JsonNode id = request.get("id");
    if (id != null && !(id.isIntegralNumber() || id.isTextual())) {
      throw RpcError.plain(RpcError.INVALID_REQUEST, "Only integer value or string is allowed for member \"id\"");
    }
    if (!"call".equals(request.path("method").asText(null))) {
      throw RpcError.plain(RpcError.INVALID_REQUEST, "A member \"method\" is not \"call\"");
    }
    JsonNode params = request.path("params");
    if (!params.isArray() || params.size() < 2 || params.size() > 3) {
      throw RpcError.plain(RpcError.INVALID_REQUEST, "A member \"params\" should be array of 2 or 3 elements");
    }
    if (!params.get(0).isTextual() || !params.get(1).isTextual()) {
      throw RpcError.plain(RpcError.INVALID_REQUEST, "API and method names must be strings");
    }
    JsonNode args = params.size() == 3 ? params.get(2) : NODES.arrayNode();
    if (!args.isArray()) {
      throw RpcError.plain(RpcError.INVALID_REQUEST, "A member \"args\" should be array");
    }
    return dispatch(params.get(0).asText(), params.get(1).asText(), (ArrayNode) args);
  }

  private JsonNode dispatch(String api, String method, ArrayNode args) throws RpcError {
    ChainView view = network.ledger().viewBehind(node.lagBlocks);
    return switch (api) {
      case "database_api" -> database(method, args, view);
      case "witness_api" -> witness(method, args, view);
      case "network_broadcast_api" -> broadcasts.call(method, args, view);
      default -> throw RpcError.notFound("api", api);
    };
  }

  private JsonNode database(String method, ArrayNode args, ChainView view) throws RpcError {
    switch (method) {
      case "get_dynamic_global_properties":
        Args.count(args, 0, 0, network.now());
        return Shapes.dynamicGlobalProperties(view);
      case "get_config":
        Args.count(args, 0, 0, network.now());
        return Shapes.config(network.chainId(), node.version.toString());
      case "get_chain_properties":
        Args.count(args, 0, 0, network.now());
        return ChainPropertiesShape.full(Ledger.PROPS);
      case "get_hardfork_version":
        Args.count(args, 0, 0, network.now());
        return TextNode.valueOf(network.hardfork());
      case "get_block_header":
      case "get_block": {
        Args.count(args, 1, 1, network.now());
        long n = Args.uint32(args.get(0), network.now());
        return network.ledger().block(n).filter(b -> b.number() <= view.headBlock() && b.number() > 0)
            .<JsonNode>map(b -> Shapes.block(b, method.equals("get_block"))).orElse(NullNode.getInstance());
      }
      case "get_accounts": {
        Args.count(args, 1, 2, network.now());
        List<ObjectNode> found = new ArrayList<>();
        for (JsonNode name : Args.array(args.get(0), network.now())) {
          int id = network.roster().accountIds.indexOf(name.asText());
          if (id >= 0) {
            found.add(Shapes.account(network.roster().accounts.get(name.asText()), id));
          }
        }
        return Shapes.array(found);
      }
      default:
        throw RpcError.notFound("method", method);
    }
  }

  private JsonNode witness(String method, ArrayNode args, ChainView view) throws RpcError {
    switch (method) {
      case "get_witness_by_account": {
        Args.count(args, 1, 1, network.now());
        String name = args.get(0).asText();
        WitnessView w = view.witnesses().get(name);
        return w == null ? NullNode.getInstance()
            : Shapes.witness(w, network.roster().accountIds.indexOf(name), network.hardfork());
      }
      case "get_active_witnesses": {
        Args.count(args, 0, 0, network.now());
        ArrayNode names = NODES.arrayNode();
        view.schedule().stream().filter(s -> !s.isEmpty()).distinct().forEach(names::add);
        return names;
      }
      case "get_witness_schedule":
        Args.count(args, 0, 0, network.now());
        return Shapes.schedule(view, network.hardfork());
      default:
        throw RpcError.notFound("method", method);
    }
  }

  /** {@code reply} (one of ours: an object or a batch) with every {@code id} changed to one no request used. */
  static String withOtherIds(String reply) {
    JsonNode parsed;
    try {
      parsed = MAPPER.readTree(reply);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("our own reply is not JSON", e);
    }
    List<JsonNode> envelopes = new ArrayList<>();
    if (parsed.isArray()) {
      parsed.forEach(envelopes::add);
    } else {
      envelopes.add(parsed);
    }
    for (JsonNode e : envelopes) {
      JsonNode id = e.path("id");
      ((ObjectNode) e).put("id", id.isIntegralNumber() ? id.asLong() + 1_000_000 : 1_000_000);
    }
    return parsed.toString();
  }

  private static ObjectNode reply(JsonNode id, JsonNode result, RpcError error) {
    ObjectNode out = NODES.objectNode();
    out.put("jsonrpc", "2.0");
    if (error == null) {
      out.set("result", result);
    } else {
      out.set("error", error.toJson());
    }
    out.set("id", id);
    return out;
  }
}
