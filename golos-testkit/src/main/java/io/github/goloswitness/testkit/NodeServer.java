package io.github.goloswitness.testkit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The HTTP side of one node: the JDK {@link HttpServer} on 127.0.0.1, like golosd's webserver
 * plugin (POST on any path, always HTTP 200 with a JSON body, unless a {@link ReplyFault} is
 * injected). Each reply closes its connection
 * ({@code Connection: close}). A crash stops the server, so connections are refused; a restart
 * binds the same port again, so the node's URI never changes.
 */
final class NodeServer {
  /** What nginx answers when the upstream does not respond. */
  private static final String BAD_GATEWAY = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
      + "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";

  private final NodeState node;
  private final NodeRpc rpc;
  private final ExecutorService executor;
  private final int port;
  private HttpServer server;

  NodeServer(NodeState node, NodeRpc rpc) throws IOException {
    this.node = node;
    this.rpc = rpc;
    this.executor = Executors.newCachedThreadPool(daemonThreads("sim-node-" + node.index));
    this.server = bind(0);
    this.port = server.getAddress().getPort();
  }

  URI uri() {
    return URI.create("http://127.0.0.1:" + port + "/");
  }

  /** Stops answering: the port is closed and open connections are dropped. */
  synchronized void stop() {
    if (server != null) {
      server.stop(0);
      server = null;
    }
  }

  /**
   * Answers again on the same port.
   *
   * @throws IOException if the port was taken by someone else meanwhile
   */
  synchronized void start() throws IOException {
    if (server == null) {
      server = bind(port);
    }
  }

  /** Stops the server and its threads. */
  synchronized void close() {
    stop();
    executor.shutdownNow();
    try {
      executor.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private HttpServer bind(int onPort) throws IOException {
    HttpServer s = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), onPort), 64);
    s.createContext("/", this::handle);
    s.setExecutor(executor);
    s.start();
    return s;
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      if (node.crashed) {
        return; // a request that raced the crash: close without a reply
      }
      if (node.cutOff.contains(client(exchange))) {
        return; // partitioned from this client: the connection is dropped, nothing is processed
      }
      ReplyFault fault = node.replyFault;
      if (fault == ReplyFault.HTTP_502) {
        send(exchange, 502, "text/html", BAD_GATEWAY);
        return;
      }
      String reply;
      try {
        reply = rpc.answer(body);
      } catch (NodeBroadcasts.NodeDown e) {
        return;
      }
      delay();
      if (node.crashed) {
        return;
      }
      if (fault == ReplyFault.MALFORMED_JSON) {
        reply = reply.substring(0, reply.length() / 2); // a reply cut off half way
      } else if (fault == ReplyFault.WRONG_ID) {
        reply = NodeRpc.withOtherIds(reply);
      }
      send(exchange, 200, "application/json", reply);
    }
  }

  private static void send(HttpExchange exchange, int status, String contentType, String reply) throws IOException {
    byte[] bytes = reply.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", contentType);
    // No keep-alive: every call opens a connection, so a crashed node is refused deterministically
    // instead of failing a reused pooled connection half way.
    exchange.getResponseHeaders().set("Connection", "close");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  /** The first segment of the request path, "" for {@code /}: who is calling (see {@link SimNetwork#uri(int, String)}). */
  private static String client(HttpExchange exchange) {
    String path = exchange.getRequestURI().getPath();
    String rest = path.startsWith("/") ? path.substring(1) : path;
    int slash = rest.indexOf('/');
    return slash < 0 ? rest : rest.substring(0, slash);
  }

  /** A slow node holds its reply; a crash, a new delay or close() releases it early. */
  private void delay() {
    Duration slow = node.slow;
    if (slow.isZero()) {
      return;
    }
    try {
      node.releaseLatch().await(slow.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static ThreadFactory daemonThreads(String prefix) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, prefix + "-http-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
