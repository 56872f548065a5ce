package io.github.goloswitness.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.goloswitness.crypto.ChainProperties;
import io.github.goloswitness.crypto.Operation;
import io.github.goloswitness.crypto.OperationType;
import io.github.goloswitness.crypto.RawOperation;
import io.github.goloswitness.crypto.Variant;
import io.github.goloswitness.crypto.VariantObject;
import io.github.goloswitness.crypto.VariantTag;
import io.github.goloswitness.crypto.WireName;
import io.github.goloswitness.crypto.WirePair;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
  private static final ObjectMapper MAPPER = new ObjectMapper();

  static ArrayNode write(Operation op) {
    if (op instanceof RawOperation raw) {
      return writeRaw(raw);
    }
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
    JsonNode fields = node.get(1);
    Optional<OperationType> type;
    int id = -1;
    String name = null;
    if (tag.isIntegralNumber()) {
      id = (int) OperationJsonValues.integer(tag, path + "[0]", 0, Integer.MAX_VALUE);
      type = OperationType.findById(id);
    } else {
      name = OperationJsonValues.text(tag, path + "[0]");
      type = OperationType.findByName(name);
    }
    if (type.isPresent() && type.get().type() != null) {
      return readRecord(type.get().type(), fields, path + "." + type.get().wireName());
    }
    // the escape hatch: an operation without a record (pow, pow2) or newer than this library
    if (!fields.isObject()) {
      throw OperationJsonValues.fail(path + "[1]", "expected an object, got " + fields);
    }
    if (type.isPresent()) {
      id = type.get().id();
      name = type.get().wireName();
    }
    return RawOperation.ofJson(id, name, fields.toString());
  }

  private static ArrayNode writeRaw(RawOperation raw) {
    if (raw.json() == null) {
      throw new IllegalArgumentException("operation #" + raw.id()
          + " is known only by its bytes and has no JSON form");
    }
    ArrayNode pair = NODES.arrayNode();
    if (raw.name() != null) {
      pair.add(raw.name());
    } else {
      pair.add(raw.id());
    }
    try {
      pair.add(MAPPER.readTree(raw.json()));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("operation " + raw.name() + ": its JSON is not valid: "
          + e.getOriginalMessage());
    }
    return pair;
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
      } else if (value instanceof Optional<?> optional) {
        // fc omits an unset optional
        if (optional.isPresent()) {
          object.set(jsonName(c), writeValue(elementType(c.getGenericType()), optional.get()));
        }
      } else if (value instanceof List<?> list) {
        ArrayNode array = object.putArray(jsonName(c));
        Class<?> element = elementType(c.getGenericType());
        list.forEach(item -> array.add(writeValue(element, item)));
      } else {
        object.set(jsonName(c), writeValue(c.getType(), value));
      }
    }
  }

  /** Dispatches on the declared type: chain_properties_17 is tagged only where versioned. */
  private static JsonNode writeValue(Class<?> declared, Object value) {
    if (declared == Operation.class) {
      return write((Operation) value);
    } else if (value instanceof WirePair wirePair) {
      ArrayNode array = NODES.arrayNode();
      for (RecordComponent c : wirePair.getClass().getRecordComponents()) {
        array.add(writeValue(c.getType(), get(c, (Record) wirePair)));
      }
      return array;
    } else if (value instanceof Variant variant) {
      ArrayNode pair = NODES.arrayNode();
      pair.add(variant.tag());
      pair.add(writeRecord((Record) variant));
      return pair;
    } else if (value instanceof VariantObject object) {
      ObjectNode node = NODES.objectNode();
      object.entries().forEach((key, item) -> node.set(key, OperationJsonValues.write(item)));
      return node;
    } else if (OperationJsonValues.isScalar(declared)) {
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

  /** Reads a record of the generic shape (snake_case fields, all required, none unknown). */
  static <T> T readRecord(Class<T> type, JsonNode node, String path) {
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
      if (c.getType() == Optional.class) {
        args[i] = field == null || field.isNull()
            ? Optional.empty()
            : Optional.of(readValue(elementType(c.getGenericType()), null, field, path + "." + name));
        continue;
      }
      if (field == null || field.isNull()) {
        throw OperationJsonValues.fail(path + "." + name, "missing");
      }
      args[i] = readValue(c.getType(), c.getGenericType(), field, path + "." + name);
    }
    return construct(type, types, args, path);
  }

  private static Object readValue(Class<?> type, Type generic, JsonNode node, String path) {
    if (type == Operation.class) {
      return read(node, path);
    } else if (Variant.class.isAssignableFrom(type) && type.isInterface()) {
      return readVariant(type, node, path);
    } else if (type == VariantObject.class) {
      return readVariantObject(node, path);
    } else if (WirePair.class.isAssignableFrom(type)) {
      return readWirePair(type, node, path);
    }
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

  /** {@code [tag, {fields}]}: the record among the sealed interface's alternatives with that tag. */
  private static Object readVariant(Class<?> type, JsonNode node, String path) {
    if (!node.isArray() || node.size() != 2) {
      throw OperationJsonValues.fail(path, "expected [tag, {fields}], got " + node);
    }
    long tag = OperationJsonValues.integer(node.get(0), path + "[0]", 0, Integer.MAX_VALUE);
    for (Class<?> alternative : type.getPermittedSubclasses()) {
      VariantTag annotation = alternative.getAnnotation(VariantTag.class);
      if (annotation != null && annotation.value() == tag) {
        return readRecord(alternative, node.get(1), path + "[1]");
      }
    }
    throw OperationJsonValues.fail(path + "[0]", "unknown tag " + tag);
  }

  /** A flat_map entry: {@code ["bob", 1]}, the record's components in order. */
  private static Object readWirePair(Class<?> type, JsonNode node, String path) {
    RecordComponent[] components = type.getRecordComponents();
    if (!node.isArray() || node.size() != components.length) {
      throw OperationJsonValues.fail(
          path, "expected an array of " + components.length + " values, got " + node);
    }
    Object[] args = new Object[components.length];
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
      args[i] = readValue(types[i], components[i].getGenericType(), node.get(i), path + "[" + i + "]");
    }
    return construct(type, types, args, path);
  }

  private static VariantObject readVariantObject(JsonNode node, String path) {
    if (!node.isObject()) {
      throw OperationJsonValues.fail(path, "expected an object, got " + node);
    }
    Map<String, Object> entries = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode value = e.getValue();
      String at = path + "." + e.getKey();
      if (value.isTextual()) {
        entries.put(e.getKey(), value.textValue());
      } else if (value.isBoolean()) {
        entries.put(e.getKey(), value.booleanValue());
      } else if (value.isIntegralNumber()) {
        entries.put(e.getKey(), OperationJsonValues.integer(value, at, Long.MIN_VALUE, Long.MAX_VALUE));
      } else {
        throw OperationJsonValues.fail(at, "expected a string, integer or boolean, got " + value);
      }
    }
    return new VariantObject(entries);
  }

  private static Class<?> elementType(Type generic) {
    return (Class<?>) ((ParameterizedType) generic).getActualTypeArguments()[0];
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
}
