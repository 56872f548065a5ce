package io.github.goloswitness.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The golosd request/response fixtures under src/test/resources/.../golosd (see README there). */
final class Fixtures {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** The whole fixture, {@code {"request":…, "response":…}}. */
  static JsonNode load(String name) {
    String path = "golosd/" + name + ".json";
    try (InputStream in = Fixtures.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + path);
      }
      return MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode response(String name) {
    return load(name).get("response");
  }

  static JsonNode request(String name) {
    return load(name).get("request");
  }

  /** The first arg of the fixture's request, e.g. the transaction of a broadcast, as JSON text. */
  static String firstArg(String name) {
    return request(name).get("params").get(2).get(0).toString();
  }

  static JsonNode parse(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Fixtures() {}
}
