package io.github.goloswitness.monitor.feed;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/**
 * {@code type: http_json}: any JSON API; {@code pointer} (RFC 6901) selects the number, which may be
 * a JSON number or a numeric string (many exchanges quote prices as strings). With {@code invert}
 * the reply is taken as the price of the other side: the value becomes 1/value.
 */
final class HttpJsonSource implements PriceSource {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String name;
  private final URI url;
  private final JsonPointer pointer;
  private final Pair pair;
  private final boolean invert;
  private final boolean counted;
  private final PriceHttp http;

  /**
   * @param pair the pair the value prices after {@code invert} is applied
   * @throws IllegalArgumentException when {@code pointer} is not an RFC 6901 pointer
   */
  HttpJsonSource(String name, URI url, String pointer, Pair pair, boolean invert, boolean counted, PriceHttp http) {
    this.name = Objects.requireNonNull(name, "name");
    this.url = Objects.requireNonNull(url, "url");
    this.pointer = compile(pointer);
    this.pair = Objects.requireNonNull(pair, "pair");
    this.invert = invert;
    this.counted = counted;
    this.http = Objects.requireNonNull(http, "http");
  }

  /** Checks an RFC 6901 pointer ("" or "/a/0/b", with ~0 for ~ and ~1 for /). */
  static JsonPointer compile(String pointer) {
    Objects.requireNonNull(pointer, "pointer");
    if (!pointer.isEmpty() && !pointer.startsWith("/")) {
      throw new IllegalArgumentException("JSON pointer \"" + pointer + "\" must be empty or start with /");
    }
    if (pointer.matches(".*~([^01].*|$)")) {
      throw new IllegalArgumentException("JSON pointer \"" + pointer + "\": ~ must be followed by 0 or 1");
    }
    return JsonPointer.compile(pointer);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Pair pair() {
    return pair;
  }

  @Override
  public boolean counted() {
    return counted;
  }

  @Override
  public double fetch(Instant now) throws IOException {
    byte[] body = http.get(url, "application/json");
    double value = valueAt(body, pointer);
    return invert ? 1 / value : value;
  }

  /** The number at {@code pointer} in the JSON {@code body}. */
  static double valueAt(byte[] body, JsonPointer pointer) throws IOException {
    JsonNode tree;
    try {
      tree = JSON.readTree(body);
    } catch (JsonProcessingException e) {
      throw new IOException("reply is not JSON (" + e.getOriginalMessage() + ")");
    }
    if (tree == null) {
      throw new IOException("reply is empty");
    }
    JsonNode node = tree.at(pointer);
    if (node.isMissingNode()) {
      throw new IOException("reply has nothing at " + pointerText(pointer));
    }
    if (node.isNumber()) {
      return node.doubleValue();
    }
    if (node.isTextual()) {
      try {
        return Double.parseDouble(node.textValue().trim());
      } catch (NumberFormatException e) {
        throw new IOException("value at " + pointerText(pointer) + " is not a number: \"" + abbreviate(node.textValue()) + "\"");
      }
    }
    throw new IOException("value at " + pointerText(pointer) + " is not a number but " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
  }

  private static String pointerText(JsonPointer pointer) {
    String text = pointer.toString();
    return text.isEmpty() ? "the root" : text;
  }

  private static String abbreviate(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "...";
  }
}
