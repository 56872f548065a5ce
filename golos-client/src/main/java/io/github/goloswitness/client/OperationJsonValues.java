package io.github.goloswitness.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.github.goloswitness.crypto.Asset;
import io.github.goloswitness.crypto.Bytes;
import io.github.goloswitness.crypto.ProtocolVersion;
import io.github.goloswitness.crypto.PublicKey;
import io.github.goloswitness.crypto.Signature;
import io.github.goloswitness.crypto.TimePointSec;
import java.math.BigInteger;
import java.util.Locale;

/**
 * Scalar JSON values as golosd prints them: assets {@code "1.000 GOLOS"}, keys {@code "GLS…"},
 * times without {@code Z}, integers as numbers (read also from decimal strings, which fc emits for
 * 64-bit values), enums as their index (read also as lowercase names, which the node prints).
 * Errors are IllegalArgumentException prefixed with the
 * JSON path.
 */
final class OperationJsonValues {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  static JsonNode write(Object value) {
    if (value instanceof String s) {
      return NODES.textNode(s);
    } else if (value instanceof Boolean b) {
      return NODES.booleanNode(b);
    } else if (value instanceof Short n) {
      return NODES.numberNode(n);
    } else if (value instanceof Integer n) {
      return NODES.numberNode(n);
    } else if (value instanceof Long n) {
      return NODES.numberNode(n);
    } else if (value instanceof BigInteger n) {
      // fc prints 64-bit values above 2^32 as strings
      return n.bitLength() <= 32 ? NODES.numberNode(n.longValueExact()) : NODES.textNode(n.toString());
    } else if (value instanceof Asset || value instanceof PublicKey || value instanceof TimePointSec
        || value instanceof ProtocolVersion) {
      return NODES.textNode(value.toString());
    } else if (value instanceof Bytes b) {
      return NODES.textNode(b.toHex());
    } else if (value instanceof Signature s) {
      return NODES.textNode(s.toHex());
    } else if (value instanceof Enum<?> e) {
      // the index, as golos-lib-js writes it; the node reads both (FC_REFLECT_ENUM from_variant),
      // a golos-lib-js based node only the number
      return NODES.numberNode(e.ordinal());
    }
    throw new IllegalStateException("no JSON form for " + value.getClass().getName());
  }

  static boolean isScalar(Class<?> type) {
    return type == String.class || type == boolean.class || type == short.class || type == int.class
        || type == long.class || type == BigInteger.class || type == Asset.class
        || type == PublicKey.class || type == TimePointSec.class || type == Bytes.class
        || type == Signature.class || type == ProtocolVersion.class || type.isEnum();
  }

  /** Reads a scalar of {@code type}, or returns {@code null} if the type is not a scalar. */
  static Object read(Class<?> type, JsonNode node, String path) {
    if (type == String.class) {
      return text(node, path);
    } else if (type == boolean.class) {
      if (!node.isBoolean()) {
        throw fail(path, "expected true or false, got " + node);
      }
      return node.booleanValue();
    } else if (type == short.class) {
      return (short) integer(node, path, Short.MIN_VALUE, Short.MAX_VALUE);
    } else if (type == int.class) {
      return (int) integer(node, path, Integer.MIN_VALUE, Integer.MAX_VALUE);
    } else if (type == long.class) {
      return integer(node, path, Long.MIN_VALUE, Long.MAX_VALUE);
    } else if (type == BigInteger.class) {
      return uint64(node, path);
    } else if (type == Asset.class) {
      return parse(path, () -> Asset.parse(text(node, path)));
    } else if (type == PublicKey.class) {
      return parse(path, () -> PublicKey.fromString(text(node, path)));
    } else if (type == TimePointSec.class) {
      return parse(path, () -> TimePointSec.parse(text(node, path)));
    } else if (type == Bytes.class) {
      return parse(path, () -> Bytes.fromHex(text(node, path)));
    } else if (type == Signature.class) {
      return parse(path, () -> Signature.fromHex(text(node, path)));
    } else if (type == ProtocolVersion.class) {
      return parse(path, () -> ProtocolVersion.parse(text(node, path)));
    } else if (type.isEnum()) {
      return enumValue(type, node, path);
    }
    return null;
  }

  static String text(JsonNode node, String path) {
    if (!node.isTextual()) {
      throw fail(path, "expected a string, got " + node);
    }
    return node.textValue();
  }

  static long integer(JsonNode node, String path, long min, long max) {
    BigInteger value;
    if (node.isIntegralNumber()) {
      value = node.bigIntegerValue();
    } else if (node.isTextual() && node.textValue().matches("-?[0-9]{1,20}")) {
      value = new BigInteger(node.textValue());
    } else {
      throw fail(path, "expected an integer, got " + node);
    }
    if (value.compareTo(BigInteger.valueOf(min)) < 0 || value.compareTo(BigInteger.valueOf(max)) > 0) {
      throw fail(path, "integer " + value + " is out of range");
    }
    return value.longValue();
  }

  /** uint64: a JSON integer or decimal string, 0..2^64-1. */
  static BigInteger uint64(JsonNode node, String path) {
    BigInteger value;
    if (node.isIntegralNumber()) {
      value = node.bigIntegerValue();
    } else if (node.isTextual() && node.textValue().matches("[0-9]{1,20}")) {
      value = new BigInteger(node.textValue());
    } else {
      throw fail(path, "expected an unsigned integer, got " + node);
    }
    if (value.signum() < 0 || value.bitLength() > 64) {
      throw fail(path, "integer " + value + " is not a uint64");
    }
    return value;
  }

  private static Object enumValue(Class<?> type, JsonNode node, String path) {
    Object[] constants = type.getEnumConstants();
    if (node.isIntegralNumber()) {
      long index = integer(node, path, 0, constants.length - 1);
      return constants[(int) index];
    }
    String name = text(node, path);
    for (Object c : constants) {
      if (((Enum<?>) c).name().toLowerCase(Locale.ROOT).equals(name)) {
        return c;
      }
    }
    throw fail(path, "unknown value \"" + name + "\"");
  }

  private static Object parse(String path, java.util.function.Supplier<Object> parser) {
    try {
      return parser.get();
    } catch (IllegalArgumentException e) {
      if (e.getMessage() != null && e.getMessage().startsWith(path + ":")) {
        throw e;
      }
      throw fail(path, e.getMessage());
    }
  }

  static IllegalArgumentException fail(String path, String message) {
    return new IllegalArgumentException(path + ": " + message);
  }

  private OperationJsonValues() {}
}
