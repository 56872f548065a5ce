package io.github.goloswitness.monitor.observe;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.goloswitness.monitor.alert.AlertDispatcher;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MetricsServerTest {
  private final MonitorMetrics metrics = MonitorMetrics.create();
  private final AtomicReference<Health> health = new AtomicReference<>(Health.up(Map.of("witness", "lex")));
  private final HttpClient client = HttpClient.newHttpClient();
  private final MetricsServer server;

  MetricsServerTest() throws IOException {
    server = MetricsServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), metrics, health::get);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private HttpResponse<String> get(String path) throws Exception {
    return request(HttpRequest.newBuilder(uri(path)).GET());
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.address().getPort() + path);
  }

  private HttpResponse<String> request(HttpRequest.Builder builder) throws Exception {
    return client.send(builder.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void servesTheMetersInPrometheusFormat() throws Exception {
    metrics.missedBlocks(2);
    metrics.missedBlocks(1);
    metrics.headLag(Duration.ofMillis(4500));
    metrics.decision("TAKE_OVER");
    metrics.decision("TAKE_OVER");
    metrics.decision("WAIT");
    metrics.switchAttempt("confirmed");
    metrics.switchLatency(Duration.ofSeconds(6));
    metrics.rpcError(URI.create("wss://user:pa55@node.example:8091/ws?apikey=s3cret#x"));

    HttpResponse<String> response = get("/metrics");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue(MetricsServer.PROMETHEUS_TEXT);
    List<String> lines = response.body().lines().filter(l -> !l.startsWith("#")).toList();
    assertThat(lines).contains(
        "witness_monitor_missed_blocks_total 3.0",
        "witness_monitor_head_lag_seconds 4.5",
        "witness_monitor_decisions_total{kind=\"TAKE_OVER\"} 2.0",
        "witness_monitor_decisions_total{kind=\"WAIT\"} 1.0",
        "witness_monitor_switches_total{result=\"confirmed\"} 1.0",
        "witness_monitor_switch_latency_seconds_count 1",
        "witness_monitor_switch_latency_seconds_sum 6.0",
        "witness_monitor_rpc_errors_total{node=\"wss://node.example:8091/ws\"} 1.0");
    assertThat(response.body()).doesNotContain("pa55").doesNotContain("s3cret");
  }

  @Test
  void exposesAlertCounters() throws Exception {
    try (AlertDispatcher alerts = AlertDispatcher.start(List.of(), () -> Instant.EPOCH, Duration.ZERO, 1)) {
      metrics.bindAlerts(alerts);
      assertThat(get("/metrics").body()).contains("witness_monitor_alerts_dropped_total 0.0");
    }
  }

  @Test
  void healthIs200WhenUpAnd503WithTheReasonWhenDown() throws Exception {
    HttpResponse<String> up = get("/health");
    assertThat(up.statusCode()).isEqualTo(200);
    assertThat(up.body()).isEqualToIgnoringNewLines("{\"status\":\"UP\",\"witness\":\"lex\"}");

    health.set(Health.down("local node is 40 blocks behind", Map.of("witness", "lex")));
    HttpResponse<String> down = get("/health");
    assertThat(down.statusCode()).isEqualTo(503);
    assertThat(down.body()).isEqualToIgnoringNewLines(
        "{\"status\":\"DOWN\",\"reason\":\"local node is 40 blocks behind\",\"witness\":\"lex\"}");
  }

  @Test
  void aFailingHealthSupplierIsDown() throws Exception {
    try (MetricsServer failing = MetricsServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), metrics,
        () -> {
          throw new IllegalStateException("loop not started");
        })) {
      HttpResponse<String> response = client.send(HttpRequest.newBuilder(
          URI.create("http://127.0.0.1:" + failing.address().getPort() + "/health")).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).isEqualTo(503);
      assertThat(response.body()).contains("health check failed: IllegalStateException: loop not started");
    }
  }

  @Test
  void peerIs503NoPollYetBeforeTheFirstPollAnd500WhenItsStatusFails() throws Exception {
    AtomicReference<java.util.Optional<PeerStatus>> status = new AtomicReference<>(java.util.Optional.empty());
    AtomicReference<RuntimeException> failure = new AtomicReference<>();
    try (MetricsServer peer = MetricsServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), metrics,
        health::get, () -> {
          if (failure.get() != null) {
            throw failure.get();
          }
          return status.get();
        })) {
      URI uri = URI.create("http://127.0.0.1:" + peer.address().getPort() + "/peer");
      HttpResponse<String> starting = request(HttpRequest.newBuilder(uri).GET());
      assertThat(starting.statusCode()).isEqualTo(503);
      assertThat(starting.body()).isEqualToIgnoringNewLines("{\"status\":\"no poll yet\"}");
      failure.set(new IllegalStateException("broken"));
      HttpResponse<String> failed = request(HttpRequest.newBuilder(uri).GET());
      assertThat(failed.statusCode()).isEqualTo(500);
      assertThat(failed.body()).contains("peer status failed: IllegalStateException").doesNotContain("no poll yet");
    }
  }

  @Test
  void otherPathsAndMethodsAreRefused() throws Exception {
    assertThat(get("/").statusCode()).isEqualTo(404);
    assertThat(get("/metricsx").statusCode()).isEqualTo(404);
    HttpResponse<String> post = request(HttpRequest.newBuilder(uri("/metrics")).POST(HttpRequest.BodyPublishers.noBody()));
    assertThat(post.statusCode()).isEqualTo(405);
    assertThat(post.headers().firstValue("Allow")).hasValue("GET, HEAD");
  }

  @Test
  void aBusyPortIsReportedWithTheAddress() {
    InetSocketAddress taken = server.address();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> MetricsServer.start(taken, metrics, health::get))
        .isInstanceOf(IOException.class)
        .hasMessageStartingWith("metrics: cannot listen on " + taken);
  }

  @Test
  void nodeTagDropsCredentialsQueryAndFragment() {
    assertThat(MonitorMetrics.nodeTag(URI.create("https://u:p@api.example/rpc?key=1#f"))).isEqualTo("https://api.example/rpc");
    assertThat(MonitorMetrics.nodeTag(URI.create("ws://127.0.0.1:8091"))).isEqualTo("ws://127.0.0.1:8091");
  }
}
