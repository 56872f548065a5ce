package io.github.goloswitness.monitor.observe;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * A tiny HTTP server (JDK {@code HttpServer}, one daemon thread) serving {@code GET /metrics}
 * (Prometheus text format), {@code GET /health} (JSON, 200 when up, 503 with the reason when
 * down) and {@code GET /peer} (this monitor's {@link PeerStatus} for the witness's other monitors,
 * rule 9; 503 {@code {"status":"no poll yet"}} before the first poll, 500 if the status cannot be
 * built). Anything else is 404, other methods 405. Bind it to loopback
 * unless a scraper or a peer elsewhere needs it; it has no authentication and serves no secret.
 */
public final class MetricsServer implements AutoCloseable {
  /** The {@code status} of {@code /peer}'s 503 before the first poll: a peer reading it knows the monitor is starting. */
  public static final String NO_POLL_YET = "no poll yet";
  static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpServer server;
  private final ExecutorService executor;
  private final MonitorMetrics metrics;
  private final Supplier<Health> health;
  private final Supplier<Optional<PeerStatus>> peerStatus;

  private MetricsServer(HttpServer server, ExecutorService executor, MonitorMetrics metrics, Supplier<Health> health,
      Supplier<Optional<PeerStatus>> peerStatus) {
    this.server = server;
    this.executor = executor;
    this.metrics = metrics;
    this.health = health;
    this.peerStatus = peerStatus;
  }

  /**
   * Binds {@code address} (port 0 = any free port) and starts serving.
   *
   * @param health called on each {@code /health} request; should be cheap and must not block
   * @throws IOException if the address cannot be bound (in use, not local)
   */
  public static MetricsServer start(InetSocketAddress address, MonitorMetrics metrics, Supplier<Health> health) throws IOException {
    return start(address, metrics, health, Optional::empty);
  }

  /**
   * As {@link #start(InetSocketAddress, MonitorMetrics, Supplier)}, also serving {@code /peer}.
   *
   * @param peerStatus called on each {@code /peer} request; empty before the first poll; cheap, non-blocking
   * @throws IOException if the address cannot be bound (in use, not local)
   */
  public static MetricsServer start(InetSocketAddress address, MonitorMetrics metrics, Supplier<Health> health,
      Supplier<Optional<PeerStatus>> peerStatus) throws IOException {
    Objects.requireNonNull(metrics, "metrics");
    Objects.requireNonNull(health, "health");
    Objects.requireNonNull(peerStatus, "peerStatus");
    HttpServer server;
    try {
      server = HttpServer.create(address, 16);
    } catch (IOException e) {
      throw new IOException("metrics: cannot listen on " + address + ": " + e.getMessage(), e);
    }
    ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "metrics-http");
      t.setDaemon(true);
      return t;
    });
    MetricsServer metricsServer = new MetricsServer(server, executor, metrics, health, peerStatus);
    server.createContext("/", metricsServer::handle);
    server.setExecutor(executor);
    server.start();
    return metricsServer;
  }

  /** The bound address (with the actual port when 0 was asked). */
  public InetSocketAddress address() {
    return server.getAddress();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      if (!path.equals("/metrics") && !path.equals("/health") && !path.equals("/peer")) {
        respond(exchange, 404, "text/plain; charset=utf-8", "not found: try /metrics, /health or /peer\n");
      } else if (!exchange.getRequestMethod().equals("GET") && !exchange.getRequestMethod().equals("HEAD")) {
        exchange.getResponseHeaders().set("Allow", "GET, HEAD");
        respond(exchange, 405, "text/plain; charset=utf-8", "method not allowed\n");
      } else if (path.equals("/metrics")) {
        respond(exchange, 200, PROMETHEUS_TEXT, metrics.scrape());
      } else if (path.equals("/peer")) {
        Optional<PeerStatus> status;
        try {
          status = Objects.requireNonNull(peerStatus.get(), "peer status supplier returned null");
        } catch (RuntimeException e) {
          respond(exchange, 500, "application/json", JSON.writeValueAsString(Map.of("status",
              "peer status failed: " + e.getClass().getSimpleName())) + "\n");
          return;
        }
        if (status.isPresent()) {
          respond(exchange, 200, "application/json", status.get().toJson() + "\n");
        } else {
          respond(exchange, 503, "application/json", "{\"status\":\"" + NO_POLL_YET + "\"}\n");
        }
      } else {
        Health now = currentHealth();
        respond(exchange, now.up() ? 200 : 503, "application/json", JSON.writeValueAsString(now.fields()) + "\n");
      }
    }
  }

  private Health currentHealth() {
    try {
      return Objects.requireNonNull(health.get(), "health supplier returned null");
    } catch (RuntimeException e) {
      return Health.down("health check failed: " + e.getClass().getSimpleName() + ": " + e.getMessage(), Map.of());
    }
  }

  private static void respond(HttpExchange exchange, int status, String contentType, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", contentType);
    boolean head = exchange.getRequestMethod().equals("HEAD");
    exchange.sendResponseHeaders(status, head ? -1 : bytes.length);
    if (!head) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  /** Stops serving (no grace for open exchanges) and ends the thread. */
  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
