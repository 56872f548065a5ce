package io.github.goloswitness.monitor.observe;

import io.github.goloswitness.failover.FailoverState;
import io.github.goloswitness.monitor.alert.Alert;
import io.github.goloswitness.monitor.alert.AlertDispatcher;
import io.github.goloswitness.monitor.config.MonitorConfig;
import io.github.goloswitness.monitor.daemon.Monitor;
import io.github.goloswitness.monitor.daemon.Wiring;
import io.github.goloswitness.monitor.demo.DemoCluster;
import io.github.goloswitness.testkit.SimConfig;
import io.github.goloswitness.testkit.SimNetwork;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The daemon's {@code /metrics} as Prometheus would fetch it: a simulated network of three nodes,
 * a backup's monitor wired as {@code run} wires it (real client, policy, metrics, alert dispatcher),
 * three real ticks on fake time, then {@code GET /metrics} over HTTP from its {@link MetricsServer}.
 */
final class RealScrape {
  private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)", Pattern.MULTILINE);

  /**
   * @param body the scrape as served
   * @param pollTime the monitor clock's time of the last poll
   */
  record Result(String body, Instant pollTime) {
    /** Metric names of the samples (with their {@code _total}, {@code _count}… suffixes). */
    Set<String> sampleNames() {
      Set<String> names = new TreeSet<>();
      Matcher m = SAMPLE.matcher(body.lines().filter(l -> !l.startsWith("#")).reduce("", (a, b) -> a + b + "\n"));
      while (m.find()) {
        names.add(m.group(1));
      }
      return names;
    }
  }

  private RealScrape() {
  }

  static Result take(Path dir) throws Exception {
    try (SimNetwork net = SimNetwork.start(SimConfig.defaults().withNodes(3).withInitialNode(0).withSeed(11));
        DemoCluster cluster = DemoCluster.start(net, dir, i -> "")) {
      MonitorConfig config = cluster.config(1);
      MonitorMetrics metrics = MonitorMetrics.create();
      List<Alert> alerts = new CopyOnWriteArrayList<>();
      try (AlertDispatcher dispatcher = AlertDispatcher.start(List.of(), net.clock(), Duration.ZERO, 16);
          Wiring wiring = Wiring.open(config, Optional.empty(), net.clock(), metrics)) {
        metrics.bindAlerts(dispatcher);
        Monitor monitor = wiring.monitor("node1", config, FailoverState.initial(), net.clock(), alerts::add, metrics);
        for (int i = 0; i < 3; i++) {
          net.advanceSlot();
          monitor.tick();
        }
        Instant pollTime = net.clock().instant();
        try (MetricsServer server = MetricsServer.start(
            new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), metrics, monitor::health)) {
          HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                  URI.create("http://127.0.0.1:" + server.address().getPort() + "/metrics"))
              .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
          if (response.statusCode() != 200) {
            throw new IllegalStateException("GET /metrics: HTTP " + response.statusCode());
          }
          return new Result(response.body(), pollTime);
        }
      }
    }
  }
}
