package io.github.goloswitness.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.goloswitness.crypto.ChainProperties;
import io.github.goloswitness.crypto.EmptyExtensions;
import io.github.goloswitness.crypto.Operation;
import io.github.goloswitness.crypto.OperationType;
import io.github.goloswitness.crypto.RawOperation;
import io.github.goloswitness.crypto.BlockHeaderExtension;
import io.github.goloswitness.crypto.ProtocolVersion;
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
 * named {@code base} of a chain_properties version (FC_REFLECT_DERIVED) is flattened first, nested
 * records become objects ({@link WirePair} records arrays, as fc prints flat_map entries), an empty
 * {@link Optional} is left out, a {@link Variant} (static_variant) becomes {@code [tag, {...}]},
 * {@link ChainProperties} too; a record marked {@link EmptyExtensions} gets {@code "extensions":
 * []}. An operation name or tag without a record is read as a {@link RawOperation} holding the
 * fields' JSON text. Stateless.
 *
 * <p>(Over 300 lines: the one generic codec for the JSON of all 80 operations, both ways; each
 * field kind is a short method and nothing operation-specific lives here.)
 */
final class OperationJson {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String EXTENSIONS = "extensions";

  static ArrayNode write(Operation op) {
    ArrayNode pair = NODES.arrayNode();
    if (op instanceof RawOperation raw) {
      if (raw.json() == null) {
        throw new IllegalArgumentException("operation #" + raw.id()
            + " is a RawOperation without JSON fields; it has no JSON form");
      }
      if (raw.name() != null) {
        pair.add(raw.name());
      } else {
        pair.add(raw.id());
      }
      try {
        pair.add(MAPPER.readTree(raw.json()));
      } catch (JsonProcessingException e) {
        throw new IllegalArgumentException("RawOperation " + raw.name() + ": json is not JSON: "
            + e.getOriginalMessage());
      }
      return pair;
    }
    pair.add(op.name());
    pair.add(writeRecord((Record) op));
    return pair;
  }

  static Operation read(JsonNode node, String path) {
    if (!node.isArray() || node.size() != 2) {
      throw OperationJsonValues.fail(path, "expected [name, {fields}], got " + node);
    }
    JsonNode tag = node.get(0);
    Optional<OperationType> type;
    if (tag.isIntegralNumber()) {
      type = OperationType.findById(OperationJsonValues.integer(tag, path + "[0]", 0, 0xFFFF_FFFFL));
    } else {
      type = OperationType.findByName(OperationJsonValues.text(tag, path + "[0]"));
    }
    JsonNode fields = node.get(1);
    if (type.isEmpty() || type.get().type() == null) {
      if (!fields.isObject()) {
        throw OperationJsonValues.fail(path, "expected an object of fields, got " + fields);
      }
      int id = type.map(OperationType::id).orElse(tag.isIntegralNumber() ? tag.intValue() : -1);
      String name = type.map(OperationType::wireName).orElse(tag.isTextual() ? tag.textValue() : null);
      return RawOperation.ofJson(id, name, fields.toString());
    }
    return readRecord(type.get().type(), fields, path + "." + type.get().wireName());
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
        optional.ifPresent(v -> object.set(jsonName(c), writeValue(elementType(c), v)));
      } else if (value instanceof List<?> list) {
        ArrayNode array = object.putArray(jsonName(c));
        Class<?> element = elementType(c);
        list.forEach(item -> array.add(writeValue(element, item)));
      } else {
        object.set(jsonName(c), writeValue(c.getType(), value));
      }
    }
    if (record.getClass().isAnnotationPresent(EmptyExtensions.class)) {
      object.putArray(EXTENSIONS);
    }
  }

  private static Class<?> elementType(RecordComponent c) {
    return rawClass(((ParameterizedType) c.getGenericType()).getActualTypeArguments()[0]);
  }

  /** Dispatches on the declared type: chain_properties_17 is tagged only where versioned. */
  private static JsonNode writeValue(Class<?> declared, Object value) {
    if (declared == Operation.class) {
      return write((Operation) value);
    } else if (value instanceof VariantObject object) {
      ObjectNode node = NODES.objectNode();
      object.entries().forEach((key, item) -> node.set(key, OperationJsonValues.write(item)));
      return node;
    } else if (OperationJsonValues.isScalar(declared)) {
      return OperationJsonValues.write(value);
    } else if (declared == ChainProperties.class) {
      ChainProperties props = (ChainProperties) value;
      return tagged(props.tag(), writeRecord((Record) props));
    } else if (value instanceof BlockHeaderExtension.RunningVersion v) {
      // the one alternative whose JSON is a bare value: [1, "0.30.0"] (fc to_variant of version)
      return tagged(v.tag(), OperationJsonValues.write(v.version()));
    } else if (value instanceof Variant variant && declared.isInterface()) {
      return tagged(variant.tag(), writeRecord((Record) variant));
    } else if (value instanceof WirePair pair) {
      ArrayNode array = NODES.arrayNode();
      for (RecordComponent c : pair.getClass().getRecordComponents()) {
        array.add(writeValue(c.getType(), get(c, (Record) pair)));
      }
      return array;
    } else if (value instanceof Record record) {
      return writeRecord(record);
    } else if (value instanceof List<?> list) {
      ArrayNode array = NODES.arrayNode();
      for (Object item : list) {
        array.add(writeValue(item instanceof Variant ? Variant.class : item.getClass(), item));
      }
      return array;
    }
    return OperationJsonValues.write(value);
  }

  private static ArrayNode tagged(int tag, JsonNode value) {
    ArrayNode pair = NODES.arrayNode();
    pair.add(tag);
    pair.add(value);
    return pair;
  }

  /** One block header extension, {@code [1, "0.30.0"]} etc. @throws IllegalArgumentException naming the path */
  static BlockHeaderExtension readHeaderExtension(JsonNode node, String path) {
    return (BlockHeaderExtension) readValue(BlockHeaderExtension.class, BlockHeaderExtension.class, node, path);
  }

  /** Reads a record of the generic shape (snake_case fields, none unknown). */
  static <T> T readRecord(Class<T> type, JsonNode node, String path) {
    if (WirePair.class.isAssignableFrom(type)) {
      return readPair(type, node, path);
    }
    if (!node.isObject()) {
      throw OperationJsonValues.fail(path, "expected an object, got " + node);
    }
    Set<String> known = new LinkedHashSet<>();
    T value = readFields(type, node, path, known);
    if (type.isAnnotationPresent(EmptyExtensions.class)) {
      known.add(EXTENSIONS);
      JsonNode extensions = node.get(EXTENSIONS);
      if (extensions != null && !(extensions.isArray() && extensions.isEmpty())) {
        throw OperationJsonValues.fail(
            path + "." + EXTENSIONS, "expected [] (future_extensions), got " + extensions);
      }
    }
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!known.contains(name)) {
        throw OperationJsonValues.fail(path + "." + name, "unknown field");
      }
    }
    return value;
  }

  private static <T> T readPair(Class<T> type, JsonNode node, String path) {
    RecordComponent[] components = type.getRecordComponents();
    if (!node.isArray() || node.size() != components.length) {
      throw OperationJsonValues.fail(path, "expected an array of " + components.length
          + " values, got " + node);
    }
    Object[] args = new Object[components.length];
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
      args[i] = readValue(types[i], components[i].getGenericType(), node.get(i),
          path + "[" + i + "]");
    }
    return construct(type, types, args, path);
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
      boolean absent = field == null || field.isNull();
      if (c.getType() == Optional.class) {
        Type inner = ((ParameterizedType) c.getGenericType()).getActualTypeArguments()[0];
        args[i] = absent ? Optional.empty()
            : Optional.of(readValue((Class<?>) inner, inner, field, path + "." + name));
        continue;
      }
      if (absent) {
        throw OperationJsonValues.fail(path + "." + name, "missing");
      }
      args[i] = readValue(c.getType(), c.getGenericType(), field, path + "." + name);
    }
    return construct(type, types, args, path);
  }

  private static Object readValue(Class<?> type, Type generic, JsonNode node, String path) {
    if (type == Operation.class) {
      return read(node, path);
    } else if (type == VariantObject.class) {
      return readVariantObject(node, path);
    }
    Object scalar = OperationJsonValues.read(type, node, path);
    if (scalar != null) {
      return scalar;
    } else if (type == ChainProperties.class) {
      long tag = tag(node, path, ChainProperties.VERSIONS.size() - 1);
      return readRecord(ChainProperties.VERSIONS.get((int) tag), node.get(1), path);
    } else if (type.isInterface() && Variant.class.isAssignableFrom(type) && type.isSealed()) {
      long tag = tag(node, path, Integer.MAX_VALUE);
      for (Class<?> alternative : type.getPermittedSubclasses()) {
        VariantTag t = alternative.getAnnotation(VariantTag.class);
        if (t != null && t.value() == tag && alternative == BlockHeaderExtension.RunningVersion.class) {
          return new BlockHeaderExtension.RunningVersion((ProtocolVersion) OperationJsonValues.read(
              ProtocolVersion.class, node.get(1), path + "[1]"));
        } else if (t != null && t.value() == tag) {
          return readRecord(alternative, node.get(1), path + "[1]");
        }
      }
      throw OperationJsonValues.fail(path + "[0]", "unknown " + type.getSimpleName() + " tag " + tag);
    } else if (type == List.class) {
      Type element = ((ParameterizedType) generic).getActualTypeArguments()[0];
      if (!node.isArray()) {
        throw OperationJsonValues.fail(path, "expected an array, got " + node);
      }
      List<Object> items = new ArrayList<>();
      for (int i = 0; i < node.size(); i++) {
        items.add(readValue(rawClass(element), element, node.get(i), path + "[" + i + "]"));
      }
      return items;
    } else if (type.isRecord()) {
      return readRecord(type, node, path);
    }
    throw new IllegalStateException("no JSON form for " + type.getName());
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

  private static long tag(JsonNode node, String path, long max) {
    if (!node.isArray() || node.size() != 2) {
      throw OperationJsonValues.fail(path, "expected [tag, {fields}], got " + node);
    }
    return OperationJsonValues.integer(node.get(0), path + "[0]", 0, max);
  }

  private static Class<?> rawClass(Type type) {
    return type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
  }

  private static <T> T construct(Class<T> type, Class<?>[] types, Object[] args, String path) {
    try {
      Constructor<T> constructor = type.getDeclaredConstructor(types);
      constructor.setAccessible(true);
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
      c.getAccessor().setAccessible(true);
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
