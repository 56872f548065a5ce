package io.github.goloswitness.monitor.feed;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A price API on 127.0.0.1: canned replies per path (status, bytes), requests recorded with their
 * query, replies optionally held back (for timeouts) until released.
 */
final class FakePriceServer implements AutoCloseable {
  record Request(String path, String query) {}

  private record Reply(int status, byte[] body, String contentType) {}

  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final Map<String, Reply> replies = new ConcurrentHashMap<>();
  final BlockingQueue<Request> requests = new LinkedBlockingQueue<>();
  private volatile CountDownLatch hold = new CountDownLatch(0);

  FakePriceServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.setExecutor(executor);
    server.start();
  }

  URI uri(String pathAndQuery) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + pathAndQuery);
  }

  FakePriceServer json(String path, String body) {
    return reply(path, 200, body.getBytes(StandardCharsets.UTF_8), "application/json");
  }

  FakePriceServer reply(String path, int status, byte[] body, String contentType) {
    replies.put(path, new Reply(status, body, contentType));
    return this;
  }

  /** Replies wait until the returned latch is counted down (or the server closes). */
  CountDownLatch holdReplies() {
    hold = new CountDownLatch(1);
    return hold;
  }

  Request nextRequest() throws InterruptedException {
    Request r = requests.poll(10, TimeUnit.SECONDS);
    if (r == null) {
      throw new AssertionError("no request within 10 s");
    }
    return r;
  }

  private void handle(HttpExchange exchange) throws IOException {
    requests.add(new Request(exchange.getRequestURI().getPath(), exchange.getRequestURI().getRawQuery()));
    try {
      hold.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    Reply reply = replies.getOrDefault(exchange.getRequestURI().getPath(),
        new Reply(404, "not found".getBytes(StandardCharsets.UTF_8), "text/plain"));
    exchange.getResponseHeaders().add("Content-Type", reply.contentType());
    exchange.sendResponseHeaders(reply.status(), reply.body().length == 0 ? -1 : reply.body().length);
    exchange.getResponseBody().write(reply.body());
    exchange.close();
  }

  @Override
  public void close() {
    hold.countDown();
    server.stop(0);
    executor.shutdownNow();
  }
}
