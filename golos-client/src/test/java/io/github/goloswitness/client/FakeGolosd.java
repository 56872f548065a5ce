package io.github.goloswitness.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A fake golosd JSON-RPC node over real HTTP on 127.0.0.1: it checks the envelope like golosd's
 * json_rpc plugin (-32600 for anything but {@code "method":"call"} with a params array), answers
 * {@code [api, method]} with what the test scripted, and -32601 for anything unscripted.
 * Every request body is recorded.
 */
final class FakeGolosd implements AutoCloseable {

  /** What to do with one request. */
  interface Behavior {
    /** The reply; {@code id} is the request's id as JSON text. */
    Reply reply(String id) throws InterruptedException;
  }

  /** A raw HTTP reply; a negative {@code streamBytes} means send {@code body}, else that many bytes. */
  record Reply(int status, String body, long streamBytes, boolean chunked) {
    static Reply ok(String body) {
      return new Reply(200, body, -1, false);
    }
  }

  private static final ObjectMapper MAPPER = new ObjectMapper();

  static {
    // The JDK server writes headers and body separately; without TCP_NODELAY, Nagle plus the
    // client's delayed ACK adds ~40 ms to every reply (measured), which only slows the tests.
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final Map<String, Behavior> behaviors = new ConcurrentHashMap<>();
  private final List<String> requests = new CopyOnWriteArrayList<>();

  private FakeGolosd() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::serve);
    server.setExecutor(executor);
    server.start();
  }

  static FakeGolosd start() throws IOException {
    return new FakeGolosd();
  }

  URI uri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
  }

  /** The request bodies received, in order. */
  List<String> requests() {
    return List.copyOf(requests);
  }

  // ---- scripting ----

  FakeGolosd on(String api, String method, Behavior behavior) {
    behaviors.put(api + "." + method, behavior);
    return this;
  }

  /** Answers the fixture's [api, method] with the fixture's response (result or error), our id. */
  FakeGolosd fixture(String name) {
    JsonNode fixture = Fixtures.load(name);
    JsonNode params = fixture.get("request").get("params");
    ObjectNode response = fixture.get("response").deepCopy();
    return on(params.get(0).asText(), params.get(1).asText(), id -> Reply.ok(withId(response, id)));
  }

  /** Answers [api, method] with {@code {"jsonrpc":"2.0","result":<resultJson>,"id":…}}. */
  FakeGolosd result(String api, String method, String resultJson) {
    return on(api, method, id -> Reply.ok("{\"jsonrpc\":\"2.0\",\"result\":" + resultJson + ",\"id\":" + id + "}"));
  }

  static Behavior status(int status, String body) {
    return id -> new Reply(status, body, -1, false);
  }

  static Behavior raw(String body) {
    return id -> Reply.ok(body);
  }

  /** A valid-looking body of {@code bytes} bytes, with or without a Content-Length. */
  static Behavior huge(long bytes, boolean chunked) {
    return id -> new Reply(200, null, bytes, chunked);
  }

  /** Waits for {@code release} before answering with the fixture's response. */
  static Behavior after(CountDownLatch release, Behavior then) {
    return id -> {
      release.await(30, TimeUnit.SECONDS);
      return then.reply(id);
    };
  }

  static String withId(ObjectNode response, String id) {
    ObjectNode copy = response.deepCopy();
    copy.set("id", Fixtures.parse(id)); // "id" keeps its place: golosd writes jsonrpc, result|error, id
    return copy.toString();
  }

  // ---- serving ----

  /** The JSON reply golosd would give to one request text (used by the WebSocket fake too). */
  Reply answer(String body) throws InterruptedException {
    requests.add(body);
    JsonNode req;
    try {
      req = MAPPER.readTree(body);
    } catch (IOException e) {
      return Reply.ok(error("null", -32700, "Invalid JSON-structure"));
    }
    String id = req.has("id") ? req.get("id").toString() : "null";
    if (!"2.0".equals(req.path("jsonrpc").asText())) {
      return Reply.ok(error(id, -32600, "jsonrpc value is not \"2.0\""));
    }
    if (!"call".equals(req.path("method").asText())) {
      return Reply.ok(error(id, -32600, "A member \"method\" is not \"call\""));
    }
    JsonNode params = req.path("params");
    if (!params.isArray() || params.size() < 2 || params.size() > 3) {
      return Reply.ok(error(id, -32600, "A member \"params\" should be array of 2 or 3 elements"));
    }
    if (params.size() == 3 && !params.get(2).isArray()) {
      return Reply.ok(error(id, -32600, "A member \"args\" should be array"));
    }
    Behavior b = behaviors.get(params.get(0).asText() + "." + params.get(1).asText());
    if (b == null) {
      return Reply.ok("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32601,\"message\":\"Could not find method ${method}\","
          + "\"data\":{\"method\":" + params.get(1) + "}},\"id\":" + id + "}");
    }
    return b.reply(id);
  }

  private static String error(String id, int code, String message) {
    ObjectNode e = MAPPER.createObjectNode();
    e.put("jsonrpc", "2.0");
    e.putObject("error").put("code", code).put("message", message);
    e.set("id", Fixtures.parse(id));
    return e.toString();
  }

  private void serve(HttpExchange ex) throws IOException {
    try (ex) {
      Reply r;
      try {
        r = answer(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      ex.getResponseHeaders().set("Content-Type", "application/json");
      if (r.streamBytes() >= 0) {
        stream(ex, r);
        return;
      }
      byte[] bytes = r.body().getBytes(StandardCharsets.UTF_8);
      ex.sendResponseHeaders(r.status(), bytes.length == 0 ? -1 : bytes.length);
      ex.getResponseBody().write(bytes);
    } catch (IOException e) {
      // the client hung up (e.g. it refused a huge body): nothing to do
    }
  }

  private static void stream(HttpExchange ex, Reply r) throws IOException {
    ex.sendResponseHeaders(200, r.chunked() ? 0 : r.streamBytes());
    OutputStream out = ex.getResponseBody();
    byte[] chunk = new byte[8192];
    java.util.Arrays.fill(chunk, (byte) ' ');
    chunk[0] = '[';
    long left = r.streamBytes();
    while (left > 0) {
      int n = (int) Math.min(chunk.length, left);
      out.write(chunk, 0, n);
      chunk[0] = ' ';
      left -= n;
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
