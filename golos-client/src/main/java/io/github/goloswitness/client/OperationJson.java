package io.github.goloswitness.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.goloswitness.crypto.ChainProperties;
import io.github.goloswitness.crypto.Operation;
import io.github.goloswitness.crypto.OperationType;
import io.github.goloswitness.crypto.WireName;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Operations as golosd prints them: {@code ["witness_update", {...}]} (read also {@code [11,
 * {...}]}). An operation record's components are the node's fields in reflect order, so the object
 * is generated from the record: component name in snake_case (or {@link WireName}), a component
 * named {@code base} of a chain_properties version (FC_REFLECT_DERIVED) is
 * flattened first, nested records become objects,
 * {@link ChainProperties} becomes {@code [tag, {...}]}. Stateless.
 */
final class OperationJson {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  static ArrayNode write(Operation op) {
    ArrayNode pair = NODES.arrayNode();
    pair.add(op.name());
    pair.add(writeRecord((Record) op));
    return pair;
  }

  static Operation read(JsonNode node, String path) {
    if (!node.isArray() || node.size() != 2) {
      throw OperationJsonValues.fail(path, "expected [name, {fields}], got " + node);
    }
    JsonNode tag = node.get(0);
    OperationType type;
    try {
      type = tag.isIntegralNumber()
          ? OperationType.byId(tag.longValue())
          : OperationType.byName(OperationJsonValues.text(tag, path + "[0]"));
    } catch (IllegalArgumentException e) {
      throw OperationJsonValues.fail(path, e.getMessage());
    }
    return readRecord(type.type(), node.get(1), path + "." + type.wireName());
  }

  private static ObjectNode writeRecord(Record record) {
    ObjectNode object = NODES.objectNode();
    writeFields(record, object);
    return object;
  }

  private static void writeFields(Record record, ObjectNode object) {
    for (RecordComponent c : record.getClass().getRecordComponents()) {
      Object value = get(c, record);
      if (isBase(c)) {
        writeFields((Record) value, object);
      } else {
        object.set(jsonName(c), writeValue(c.getType(), value));
      }
    }
  }

  /** Dispatches on the declared type: chain_properties_17 is tagged only where versioned. */
  private static JsonNode writeValue(Class<?> declared, Object value) {
    if (OperationJsonValues.isScalar(declared)) {
      return OperationJsonValues.write(value);
    } else if (declared == ChainProperties.class) {
      ChainProperties props = (ChainProperties) value;
      ArrayNode pair = NODES.arrayNode();
      pair.add(props.tag());
      pair.add(writeRecord((Record) props));
      return pair;
    } else if (declared.isRecord()) {
      return writeRecord((Record) value);
    } else if (value instanceof List<?> list) {
      ArrayNode array = NODES.arrayNode();
      list.forEach(item -> array.add(OperationJsonValues.write(item)));
      return array;
    }
    return OperationJsonValues.write(value);
  }

  private static <T> T readRecord(Class<T> type, JsonNode node, String path) {
    if (!node.isObject()) {
      throw OperationJsonValues.fail(path, "expected an object, got " + node);
    }
    Set<String> known = new LinkedHashSet<>();
    T value = readFields(type, node, path, known);
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!known.contains(name)) {
        throw OperationJsonValues.fail(path + "." + name, "unknown field");
      }
    }
    return value;
  }

  private static <T> T readFields(Class<T> type, JsonNode node, String path, Set<String> known) {
    RecordComponent[] components = type.getRecordComponents();
    Object[] args = new Object[components.length];
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      RecordComponent c = components[i];
      types[i] = c.getType();
      if (isBase(c)) {
        args[i] = readFields(c.getType(), node, path, known);
        continue;
      }
      String name = jsonName(c);
      known.add(name);
      JsonNode field = node.get(name);
      if (field == null || field.isNull()) {
        throw OperationJsonValues.fail(path + "." + name, "missing");
      }
      args[i] = readValue(c.getType(), c.getGenericType(), field, path + "." + name);
    }
    return construct(type, types, args, path);
  }

  private static Object readValue(Class<?> type, Type generic, JsonNode node, String path) {
    Object scalar = OperationJsonValues.read(type, node, path);
    if (scalar != null) {
      return scalar;
    } else if (type == ChainProperties.class) {
      if (!node.isArray() || node.size() != 2) {
        throw OperationJsonValues.fail(path, "expected [version tag, {fields}], got " + node);
      }
      long tag = OperationJsonValues.integer(
          node.get(0), path + "[0]", 0, ChainProperties.VERSIONS.size() - 1);
      return readRecord(ChainProperties.VERSIONS.get((int) tag), node.get(1), path);
    } else if (type == List.class) {
      Class<?> element = (Class<?>) ((ParameterizedType) generic).getActualTypeArguments()[0];
      if (!node.isArray()) {
        throw OperationJsonValues.fail(path, "expected an array, got " + node);
      }
      List<Object> items = new ArrayList<>();
      for (int i = 0; i < node.size(); i++) {
        items.add(readValue(element, element, node.get(i), path + "[" + i + "]"));
      }
      return items;
    } else if (type.isRecord()) {
      return readRecord(type, node, path);
    }
    throw new IllegalStateException("no JSON form for " + type.getName());
  }

  private static <T> T construct(Class<T> type, Class<?>[] types, Object[] args, String path) {
    try {
      Constructor<T> constructor = type.getDeclaredConstructor(types);
      return constructor.newInstance(args);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof IllegalArgumentException bad) {
        throw OperationJsonValues.fail(path, bad.getMessage());
      }
      throw new IllegalStateException("cannot build " + type.getSimpleName(), e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot build " + type.getSimpleName(), e);
    }
  }

  private static Object get(RecordComponent c, Record record) {
    try {
      return c.getAccessor().invoke(record);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot read " + c, e);
    }
  }

  private static boolean isBase(RecordComponent c) {
    // chain_properties_N holds chain_properties_(N-1) as "base"; a price's "base" is a real field
    return c.getName().equals("base") && ChainProperties.class.isAssignableFrom(c.getType());
  }

  private static String jsonName(RecordComponent c) {
    WireName wire = c.getAnnotation(WireName.class);
    if (wire != null) {
      return wire.value();
    }
    return c.getName().replaceAll("([A-Z])", "_$1").toLowerCase(java.util.Locale.ROOT);
  }

  private OperationJson() {}

  /**
   * The newest {@link ChainProperties} version all of whose fields are in {@code node}, a flat
   * object such as a witness's {@code props} (chain_api_properties); other fields are ignored.
   *
   * @throws ShapeException if not even chain_properties_17 can be read
   */
  static ChainProperties readNewestChainProperties(JsonNode node, String path) throws ShapeException {
    IllegalArgumentException oldest = null;
    for (int tag = ChainProperties.VERSIONS.size() - 1; tag >= 0; tag--) {
      try {
        return readFields(ChainProperties.VERSIONS.get(tag), node, path, new LinkedHashSet<>());
      } catch (IllegalArgumentException e) {
        if (!e.getMessage().endsWith(": missing")) {
          throw new ShapeException(e.getMessage()); // present but wrong: no older version hides it
        }
        oldest = e;
      }
    }
    throw new ShapeException(oldest.getMessage());
  }
}
