package io.github.goloswitness.monitor.alert;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Objects;

/**
 * POSTs each alert as JSON {@code {"event","witness","node","message","time"}} (time in ISO-8601
 * UTC) to a URL; any 2xx is success. Messages name only the URL's host and port, because webhook
 * URLs often carry a secret in their path. Thread-safe.
 */
public final class WebhookAlertSink implements AlertSink {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final URI url;
  private final HttpClient client;
  private final Duration timeout;
  private final String name;

  /** A sink with its own HTTP client and the default 5 s timeout. */
  public static WebhookAlertSink create(URI url) {
    return new WebhookAlertSink(url, HttpPost.client(HttpPost.DEFAULT_TIMEOUT), HttpPost.DEFAULT_TIMEOUT);
  }

  /** A sink posting with {@code client}, each request bounded by {@code timeout}. */
  public WebhookAlertSink(URI url, HttpClient client, Duration timeout) {
    this.url = Objects.requireNonNull(url, "url");
    this.client = Objects.requireNonNull(client, "client");
    this.timeout = Objects.requireNonNull(timeout, "timeout");
    this.name = "webhook " + url.getHost() + (url.getPort() < 0 ? "" : ":" + url.getPort());
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public void send(Alert alert) throws IOException {
    HttpResponse<String> response;
    try {
      response = HttpPost.send(client, url, body(alert), timeout);
    } catch (IOException e) {
      throw new IOException(name + ": " + e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : " (" + e.getMessage().replace(url.toString(), "<url>") + ")"));
    }
    if (!HttpPost.ok(response)) {
      throw new IOException(name + ": HTTP " + response.statusCode());
    }
  }

  static String body(Alert alert) throws JsonProcessingException {
    ObjectNode json = JSON.createObjectNode();
    json.put("event", alert.event());
    json.put("witness", alert.witness());
    json.put("node", alert.node());
    json.put("message", alert.message());
    json.put("time", alert.time().toString());
    return JSON.writeValueAsString(json);
  }

  @Override
  public String toString() {
    return "WebhookAlertSink[" + name + "]";
  }
}
