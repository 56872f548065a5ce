package io.github.goloswitness.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Reads required fields of golosd objects strictly: a missing or mistyped field is an error. */
final class Fields {

  private static final BigInteger MAX_U64 = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
  private static final BigInteger MAX_U128 = BigInteger.ONE.shiftLeft(128).subtract(BigInteger.ONE);

  static JsonNode get(JsonNode obj, String name) throws ShapeException {
    if (obj == null || !obj.isObject()) {
      throw new ShapeException("expected an object holding " + name + ", got " + brief(obj));
    }
    JsonNode v = obj.get(name);
    if (v == null || v.isNull()) {
      throw new ShapeException("missing field " + name);
    }
    return v;
  }

  static JsonNode object(JsonNode obj, String name) throws ShapeException {
    JsonNode v = get(obj, name);
    if (!v.isObject()) {
      throw new ShapeException("field " + name + " is not an object: " + brief(v));
    }
    return v;
  }

  static JsonNode array(JsonNode obj, String name) throws ShapeException {
    JsonNode v = get(obj, name);
    if (!v.isArray()) {
      throw new ShapeException("field " + name + " is not an array: " + brief(v));
    }
    return v;
  }

  static String text(JsonNode obj, String name) throws ShapeException {
    JsonNode v = get(obj, name);
    if (!v.isTextual()) {
      throw new ShapeException("field " + name + " is not a string: " + brief(v));
    }
    return v.textValue();
  }

  static boolean bool(JsonNode obj, String name) throws ShapeException {
    JsonNode v = get(obj, name);
    if (!v.isBoolean()) {
      throw new ShapeException("field " + name + " is not a boolean: " + brief(v));
    }
    return v.booleanValue();
  }

  /** A signed 64-bit integer sent as a JSON number or, above 2^32, as a decimal string (fc::json). */
  static long int64(JsonNode obj, String name) throws ShapeException {
    return integer(get(obj, name), name, Long.MIN_VALUE, Long.MAX_VALUE);
  }

  /** An unsigned integer that fits in a long (uint32 or a uint64 below 2^63). */
  static long unsigned(JsonNode obj, String name) throws ShapeException {
    return integer(get(obj, name), name, 0, Long.MAX_VALUE);
  }

  static int int32(JsonNode obj, String name) throws ShapeException {
    return (int) integer(get(obj, name), name, Integer.MIN_VALUE, Integer.MAX_VALUE);
  }

  static long integer(JsonNode v, String name, long min, long max) throws ShapeException {
    BigInteger value;
    if (v.isIntegralNumber()) {
      value = v.bigIntegerValue();
    } else if (v.isTextual() && v.textValue().matches("-?[0-9]{1,40}")) {
      value = new BigInteger(v.textValue());
    } else {
      throw new ShapeException("field " + name + " is not an integer: " + brief(v));
    }
    if (value.compareTo(BigInteger.valueOf(min)) < 0 || value.compareTo(BigInteger.valueOf(max)) > 0
        || value.compareTo(MAX_U64) > 0) {
      throw new ShapeException("field " + name + " out of range " + min + ".." + max + ": " + value);
    }
    return value.longValue();
  }

  /**
   * An optional {@code uint128}, which fc::json writes as a decimal string (a JSON number is
   * accepted too); empty when the field is absent or null.
   */
  static Optional<BigInteger> optionalUint128(JsonNode obj, String name) throws ShapeException {
    JsonNode v = obj == null ? null : obj.get(name);
    if (v == null || v.isNull()) {
      return Optional.empty();
    }
    BigInteger value;
    if (v.isIntegralNumber()) {
      value = v.bigIntegerValue();
    } else if (v.isTextual() && v.textValue().matches("[0-9]{1,39}")) {
      value = new BigInteger(v.textValue());
    } else {
      throw new ShapeException("field " + name + " is not an unsigned integer: " + brief(v));
    }
    if (value.signum() < 0 || value.compareTo(MAX_U128) > 0) {
      throw new ShapeException("field " + name + " out of range 0..2^128-1: " + value);
    }
    return Optional.of(value);
  }

  /** A {@code time_point_sec}: "YYYY-MM-DDTHH:MM:SS" with no zone, which is UTC. */
  static Instant time(JsonNode obj, String name) throws ShapeException {
    String s = text(obj, name);
    try {
      return LocalDateTime.parse(s).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      throw new ShapeException("field " + name + " is not a chain time: " + s);
    }
  }

  /** A short rendering of a value for error messages (never the whole body). */
  static String brief(JsonNode v) {
    if (v == null) {
      return "nothing";
    }
    String s = v.toString();
    return s.length() > 80 ? s.substring(0, 77) + "..." : s;
  }

  private Fields() {}
}
