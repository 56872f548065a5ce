package io.github.goloswitness.client;

import com.fasterxml.jackson.databind.JsonNode;

/** Turns a JSON-RPC {@code result} (possibly JSON null) into a value, or says what is wrong. */
@FunctionalInterface
interface Decoder<T> {
  T decode(JsonNode result) throws ShapeException;
}
