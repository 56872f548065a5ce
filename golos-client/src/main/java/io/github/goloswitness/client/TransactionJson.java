package io.github.goloswitness.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.goloswitness.crypto.Operation;
import io.github.goloswitness.crypto.Signature;
import io.github.goloswitness.crypto.SignedTransaction;
import io.github.goloswitness.crypto.TimePointSec;
import io.github.goloswitness.crypto.Transaction;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Transactions in the JSON form golosd and golos-lib-js use: {@code {"ref_block_num", 
 * "ref_block_prefix", "expiration": "2016-03-23T22:41:21", "operations": [["witness_update",
 * {...}]], "extensions": [], "signatures": ["1f…"]}}. Reading is strict: unknown fields,
 * unsupported operations, wrong asset precision, bad keys or times throw {@link
 * IllegalArgumentException} whose message starts with the JSON path of the culprit, e.g. {@code
 * operations[0].witness_update.fee: expected 3 decimals for GOLOS, got "0 GOLOS"}. Stateless and
 * thread-safe.
 */
public final class TransactionJson {

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Set<String> FIELDS = Set.of(
      "ref_block_num", "ref_block_prefix", "expiration", "operations", "extensions", "signatures");

  /** The unsigned transaction as compact JSON (no {@code signatures} member). */
  public static String write(Transaction tx) {
    return serialize(toTree(tx));
  }

  /** The signed transaction as compact JSON, ready for {@code broadcast_transaction}. */
  public static String write(SignedTransaction tx) {
    return serialize(toTree(tx));
  }

  /**
   * Reads a transaction; a {@code signatures} member, if present, is checked and then ignored.
   *
   * @throws IllegalArgumentException naming the JSON path of the first problem
   */
  public static Transaction readTransaction(String json) {
    return readSigned(json).transaction();
  }

  /**
   * Reads a signed transaction; {@code signatures} may be absent or empty.
   *
   * @throws IllegalArgumentException naming the JSON path of the first problem
   */
  public static SignedTransaction readSigned(String json) {
    Objects.requireNonNull(json, "json");
    JsonNode tree;
    try {
      tree = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("malformed JSON: " + e.getOriginalMessage());
    }
    if (tree == null || tree.isMissingNode()) {
      throw new IllegalArgumentException("malformed JSON: no content");
    }
    return fromTree(tree);
  }

  static ObjectNode toTree(Transaction tx) {
    ObjectNode out = NODES.objectNode();
    out.put("ref_block_num", tx.refBlockNum());
    out.put("ref_block_prefix", tx.refBlockPrefix());
    out.put("expiration", tx.expiration().toString());
    ArrayNode ops = out.putArray("operations");
    tx.operations().forEach(op -> ops.add(OperationJson.write(op)));
    out.putArray("extensions");
    return out;
  }

  static ObjectNode toTree(SignedTransaction tx) {
    ObjectNode out = toTree(tx.transaction());
    ArrayNode signatures = out.putArray("signatures");
    tx.signatures().forEach(s -> signatures.add(s.toHex()));
    return out;
  }

  static SignedTransaction fromTree(JsonNode node) {
    if (!node.isObject()) {
      throw new IllegalArgumentException("transaction: expected a JSON object, got " + kind(node));
    }
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!FIELDS.contains(name)) {
        throw new IllegalArgumentException(name + ": unknown field");
      }
    }
    int refBlockNum = (int) OperationJsonValues.integer(required(node, "ref_block_num"),
        "ref_block_num", 0, 0xFFFF);
    long refBlockPrefix = OperationJsonValues.integer(required(node, "ref_block_prefix"),
        "ref_block_prefix", 0, 0xFFFF_FFFFL);
    TimePointSec expiration = (TimePointSec) OperationJsonValues.read(
        TimePointSec.class, required(node, "expiration"), "expiration");
    List<Operation> ops = new ArrayList<>();
    JsonNode opsNode = array(required(node, "operations"), "operations");
    for (int i = 0; i < opsNode.size(); i++) {
      ops.add(OperationJson.read(opsNode.get(i), "operations[" + i + "]"));
    }
    if (ops.isEmpty()) {
      throw new IllegalArgumentException("operations: must not be empty");
    }
    JsonNode extensions = node.get("extensions");
    if (extensions != null && array(extensions, "extensions").size() != 0) {
      throw new IllegalArgumentException("extensions: only [] is supported, got " + extensions);
    }
    List<Signature> signatures = new ArrayList<>();
    JsonNode sigs = node.get("signatures");
    if (sigs != null) {
      array(sigs, "signatures");
      for (int i = 0; i < sigs.size(); i++) {
        String path = "signatures[" + i + "]";
        try {
          signatures.add(Signature.fromHex(OperationJsonValues.text(sigs.get(i), path)));
        } catch (IllegalArgumentException e) {
          throw e.getMessage().startsWith(path) ? e : OperationJsonValues.fail(path, e.getMessage());
        }
      }
    }
    return new SignedTransaction(new Transaction(refBlockNum, refBlockPrefix, expiration, ops),
        signatures);
  }

  private static JsonNode required(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      throw new IllegalArgumentException(field + ": missing");
    }
    return value;
  }

  private static JsonNode array(JsonNode node, String path) {
    if (!node.isArray()) {
      throw OperationJsonValues.fail(path, "expected an array, got " + node);
    }
    return node;
  }

  private static String kind(JsonNode node) {
    return node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
  }

  private static String serialize(JsonNode tree) {
    try {
      return MAPPER.writeValueAsString(tree);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a JSON tree", e);
    }
  }

  private TransactionJson() {}
}
