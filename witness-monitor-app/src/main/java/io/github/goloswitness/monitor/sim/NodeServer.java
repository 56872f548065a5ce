package io.github.goloswitness.monitor.sim;

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
 * plugin (POST on any path, always HTTP 200 with a JSON body). Each reply closes its connection
 * ({@code Connection: close}). A crash stops the server, so connections are refused; a restart
 * binds the same port again, so the node's URI never changes.
 */
final class NodeServer {

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
      byte[] bytes = reply.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      // No keep-alive: every call opens a connection, so a crashed node is refused deterministically
      // instead of failing a reused pooled connection half way.
      exchange.getResponseHeaders().set("Connection", "close");
      exchange.sendResponseHeaders(200, bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
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
