package io.github.goloswitness.monitor.daemon;

import io.github.goloswitness.monitor.observe.MetricsServer;
import io.github.goloswitness.monitor.observe.PeerStatus;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Objects;

/**
 * Reads another monitor's {@code GET /peer} ({@link PeerStatus}) over HTTP(S), TLS verified by the
 * JDK's default trust store, no redirects, at most {@value #MAX_BODY} bytes. Thread-safe.
 */
final class PeerMonitorReader {
  static final int MAX_BODY = 64 * 1024;

  private final HttpClient http;
  private final Duration timeout;

  PeerMonitorReader(Duration timeout) {
    this.timeout = Objects.requireNonNull(timeout, "timeout");
    this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
  }

  /**
   * The peer's monitor is starting: it answers, but has not finished its first poll yet (a moment
   * at each start). No say, and no problem worth a line or an alert.
   */
  static final class Starting extends IOException {
    private static final long serialVersionUID = 1L;

    Starting(URI uri) {
      super(uri + " is starting (no poll yet)");
    }
  }

  /** {@code monitor}'s peer endpoint: its base URL (as configured) plus {@code peer}. */
  static URI endpoint(URI monitor) {
    String base = monitor.toString();
    return URI.create(base.endsWith("/") ? base + "peer" : base + "/peer");
  }

  /**
   * Reads the status {@code monitor} serves.
   *
   * @throws IOException when it does not answer, answers another status than 200, or sends
   *     something that is not a {@link PeerStatus} (the message says which)
   */
  PeerStatus read(URI monitor) throws IOException {
    URI uri = endpoint(monitor);
    HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).header("Accept", "application/json").GET()
        .build();
    HttpResponse<InputStream> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new java.io.InterruptedIOException("interrupted reading " + uri);
    }
    String body;
    try (InputStream in = response.body()) {
      body = new String(in.readNBytes(MAX_BODY), java.nio.charset.StandardCharsets.UTF_8);
    }
    if (response.statusCode() == 503 && body.contains(MetricsServer.NO_POLL_YET)) {
      throw new Starting(uri);
    }
    if (response.statusCode() != 200) {
      throw new IOException(uri + " answered HTTP " + response.statusCode());
    }
    try {
      return PeerStatus.parse(body);
    } catch (IllegalArgumentException e) {
      throw new IOException(uri + " sent an unreadable status: " + e.getMessage(), e);
    }
  }
}
