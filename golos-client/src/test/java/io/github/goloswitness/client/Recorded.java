package io.github.goloswitness.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;

/** Real golosd replies under src/test/resources/recorded (origins in recorded/README.md). */
final class Recorded {

  /** The reply body exactly as recorded. */
  static String text(String file) {
    try (InputStream in = Recorded.class.getResourceAsStream("/recorded/" + file)) {
      if (in == null) {
        throw new IllegalArgumentException("no recorded reply " + file);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode json(String file) {
    return Fixtures.parse(text(file));
  }

  static JsonNode result(String file) {
    return json(file).get("result");
  }

  static URI uri(String file) {
    try {
      return Recorded.class.getResource("/recorded/" + file).toURI();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A parser naming the file in its errors. */
  static ReplyParser parser(String file) {
    return ReplyParser.of(uri(file));
  }

  /** Serves the recorded reply (result or error) for [api, method] with the request's id. */
  static FakeGolosd serve(FakeGolosd node, String api, String method, String file) {
    ObjectNode reply = (ObjectNode) json(file);
    return node.on(api, method, id -> FakeGolosd.Reply.ok(FakeGolosd.withId(reply, id)));
  }

  private Recorded() {}
}
