package io.github.goloswitness.monitor.alert;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A JSON POST with a timeout, shared by the HTTP alert sinks. TLS is verified (the JDK default). */
final class HttpPost {
  static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);

  private HttpPost() {}

  /** A client with a connect timeout, no redirects, the JDK's default (verifying) TLS. */
  static HttpClient client(Duration timeout) {
    return HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
  }

  /** Sends {@code json}; returns the response. Interruption becomes an {@link InterruptedIOException}. */
  static HttpResponse<String> send(HttpClient client, URI uri, String json, Duration timeout) throws IOException {
    HttpRequest request = HttpRequest.newBuilder(uri)
        .timeout(timeout)
        .header("Content-Type", "application/json; charset=utf-8")
        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
        .build();
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while posting");
    }
  }

  static boolean ok(HttpResponse<?> response) {
    return response.statusCode() >= 200 && response.statusCode() < 300;
  }
}
