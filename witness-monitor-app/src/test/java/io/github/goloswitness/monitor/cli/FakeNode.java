package io.github.goloswitness.monitor.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A fake golosd over real HTTP on 127.0.0.1 for command tests (a trimmed copy of golos-client's
 * test FakeGolosd): golosd's envelope checks, scripted answers per [api, method], -32601 otherwise,
 * fixtures from src/test/resources/.../golosd. Handlers see the parsed request.
 */
final class FakeNode implements AutoCloseable {

  /** Produces the {@code result} (JSON text) or throws {@link Reject} with a whole error reply. */
  interface Handler {
    String result(JsonNode request) throws Reject, InterruptedException;
  }

  /** A golosd error reply (the fixture's {@code response} object). */
  static final class Reject extends Exception {
    private static final long serialVersionUID = 1L;
    final transient ObjectNode response;

    Reject(ObjectNode response) {
      super(null, null, false, false);
      this.response = response;
    }
  }

  static final ObjectMapper MAPPER = new ObjectMapper();

  static {
    // Without TCP_NODELAY the JDK server's separate header/body writes cost ~40 ms per reply.
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final Map<String, Handler> handlers = new ConcurrentHashMap<>();
  private final List<JsonNode> requests = new CopyOnWriteArrayList<>();

  FakeNode() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::serve);
    server.setExecutor(executor);
    server.start();
  }

  URI uri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
  }

  FakeNode on(String api, String method, Handler handler) {
    handlers.put(api + "." + method, handler);
    return this;
  }

  FakeNode result(String api, String method, String resultJson) {
    return on(api, method, req -> resultJson);
  }

  /** Answers the fixture's [api, method] with the fixture's result, or rejects with its error. */
  FakeNode fixture(String name) {
    JsonNode f = load(name);
    JsonNode params = f.get("request").get("params");
    ObjectNode response = (ObjectNode) f.get("response");
    return on(params.get(0).asText(), params.get(1).asText(), req -> {
      if (response.has("error")) {
        throw new Reject(response);
      }
      return response.get("result").toString();
    });
  }

  /** A fixture file, {@code {"request":…, "response":…}}. */
  static JsonNode load(String name) {
    try (InputStream in = FakeNode.class.getResourceAsStream("golosd/" + name + ".json")) {
      return MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The parsed requests received, in order. */
  List<JsonNode> requests() {
    return List.copyOf(requests);
  }

  /** The requests for one method. */
  List<JsonNode> requests(String method) {
    return requests.stream().filter(r -> r.path("params").path(1).asText().equals(method)).toList();
  }

  private void serve(HttpExchange ex) throws IOException {
    try (ex) {
      JsonNode req = MAPPER.readTree(ex.getRequestBody().readAllBytes());
      requests.add(req);
      ObjectNode reply = MAPPER.createObjectNode().put("jsonrpc", "2.0");
      JsonNode params = req.path("params");
      Handler h = handlers.get(params.path(0).asText() + "." + params.path(1).asText());
      if (!"call".equals(req.path("method").asText())) {
        reply.putObject("error").put("code", -32600).put("message", "A member \"method\" is not \"call\"");
      } else if (h == null) {
        reply.putObject("error").put("code", -32601).put("message", "Could not find method ${method}")
            .putObject("data").put("method", params.path(1).asText());
      } else {
        try {
          reply.set("result", MAPPER.readTree(h.result(req)));
        } catch (Reject r) {
          reply.set("error", r.response.get("error"));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
      reply.set("id", req.get("id"));
      byte[] body = reply.toString().getBytes(StandardCharsets.UTF_8);
      ex.getResponseHeaders().set("Content-Type", "application/json");
      ex.sendResponseHeaders(200, body.length);
      ex.getResponseBody().write(body);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
