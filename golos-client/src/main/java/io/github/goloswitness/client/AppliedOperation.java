package io.github.goloswitness.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.goloswitness.crypto.Operation;
import io.github.goloswitness.crypto.TimePointSec;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of {@code get_ops_in_block} or account history (chain-node operation_history
 * applied_operation: {@code (trx_id)(block)(trx_in_block)(op_in_trx)(virtual_op)(timestamp)(op)
 * (json_metadata)}): exactly one of a signed {@link #operation()} or a {@link
 * #virtualOperation()}.
 *
 * @param trxId the transaction id, all zeros for a virtual operation outside a transaction
 * @param jsonMetadata "" when the node does not send it (older nodes)
 */
public record AppliedOperation(
    String trxId,
    long block,
    long trxInBlock,
    int opInTrx,
    long virtualOp,
    TimePointSec timestamp,
    Optional<Operation> operation,
    Optional<VirtualOperation> virtualOperation,
    String jsonMetadata) {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /**
   * Checks the components.
   *
   * @throws IllegalArgumentException if a component breaks a rule; the message names it
   * @throws NullPointerException if a required component is null; the message names it
   */
  public AppliedOperation {
    Objects.requireNonNull(trxId, "trx_id");
    Objects.requireNonNull(timestamp, "timestamp");
    Objects.requireNonNull(operation, "operation");
    Objects.requireNonNull(virtualOperation, "virtualOperation");
    Objects.requireNonNull(jsonMetadata, "json_metadata");
    if (operation.isPresent() == virtualOperation.isPresent()) {
      throw new IllegalArgumentException("op: exactly one of operation and virtualOperation");
    }
  }

  /**
   * Reads a JSON array of entries, e.g. the {@code result} of {@code get_ops_in_block}.
   *
   * @throws IllegalArgumentException naming the path of the first bad value
   */
  public static List<AppliedOperation> listFromJson(String json) {
    JsonNode node = parse(json);
    if (!node.isArray()) {
      throw new IllegalArgumentException(
          "expected a JSON array of operations, got " + node.getNodeType());
    }
    List<AppliedOperation> out = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      out.add(fromTree(node.get(i), "[" + i + "]"));
    }
    return List.copyOf(out);
  }

  /** Reads one entry. @throws IllegalArgumentException naming the path of a bad value */
  public static AppliedOperation fromJson(String json) {
    return fromTree(parse(json), "");
  }

  static AppliedOperation fromTree(JsonNode node, String path) {
    return fromTree(node, path, false);
  }

  /**
   * As {@link #fromTree(JsonNode, String)}, but an operation whose fields this library cannot type
   * (a field newer than it, a value it refuses) is kept as the node's JSON: a {@code RawOperation}
   * or an {@link OtherVirtualOperation}. The entry's own fields are still required.
   */
  static AppliedOperation fromTreeTolerant(JsonNode node, String path) {
    return fromTree(node, path, true);
  }

  private static AppliedOperation fromTree(JsonNode node, String path, boolean tolerant) {
    if (!node.isObject()) {
      throw OperationJsonValues.fail(path.isEmpty() ? "operation" : path, "expected an object, got " + node.getNodeType());
    }
    JsonNode op = required(node, "op", path);
    Optional<Operation> signed = Optional.empty();
    Optional<VirtualOperation> virtual = Optional.empty();
    boolean isVirtual = VirtualOperationJson.isVirtual(op);
    try {
      if (isVirtual) {
        virtual = Optional.of(VirtualOperationJson.read(op, at(path, "op")));
      } else {
        signed = Optional.of(OperationJson.read(op, at(path, "op")));
      }
    } catch (IllegalArgumentException e) {
      if (!tolerant || !op.isArray() || op.size() != 2 || !op.get(1).isObject()) {
        throw e;
      }
      JsonNode tag = op.get(0);
      String name = tag.isTextual() ? tag.textValue() : null;
      int id = tag.isIntegralNumber() ? tag.intValue()
          : isVirtual ? VirtualOperationType.byName(name).map(VirtualOperationType::id).orElse(-1)
          : io.github.goloswitness.crypto.OperationType.findByName(name)
              .map(io.github.goloswitness.crypto.OperationType::id).orElse(-1);
      if (isVirtual) {
        virtual = Optional.of(new OtherVirtualOperation(id, name == null ? "#" + id : name, op.get(1).toString()));
      } else {
        signed = Optional.of(io.github.goloswitness.crypto.RawOperation.ofJson(id, name, op.get(1).toString()));
      }
    }
    JsonNode metadata = node.get("json_metadata");
    return new AppliedOperation(
        OperationJsonValues.text(required(node, "trx_id", path), at(path, "trx_id")),
        OperationJsonValues.integer(required(node, "block", path), at(path, "block"), 0, 0xFFFF_FFFFL),
        OperationJsonValues.integer(
            required(node, "trx_in_block", path), at(path, "trx_in_block"), 0, 0xFFFF_FFFFL),
        (int) OperationJsonValues.integer(
            required(node, "op_in_trx", path), at(path, "op_in_trx"), 0, 0xFFFF),
        OperationJsonValues.integer(
            required(node, "virtual_op", path), at(path, "virtual_op"), 0, Long.MAX_VALUE),
        (TimePointSec) OperationJsonValues.read(
            TimePointSec.class, required(node, "timestamp", path), at(path, "timestamp")),
        signed,
        virtual,
        metadata == null ? "" : OperationJsonValues.text(metadata, at(path, "json_metadata")));
  }

  private static JsonNode required(JsonNode node, String field, String path) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      throw OperationJsonValues.fail(at(path, field), "missing");
    }
    return value;
  }

  private static String at(String path, String field) {
    return path.isEmpty() ? field : path + "." + field;
  }

  private static JsonNode parse(String json) {
    Objects.requireNonNull(json, "json");
    try {
      return MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage());
    }
  }
}
