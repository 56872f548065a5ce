package io.github.goloswitness.monitor.feed;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

/**
 * GETs a price reply with a timeout and a size cap. TLS is verified (the JDK default); redirects
 * are followed except from https to http. Errors name the host only: a path or a query may hold an
 * API key. Thread-safe.
 */
final class PriceHttp {
  static final int MAX_REPLY_BYTES = 1 << 20;

  private final HttpClient client;
  private final Duration timeout;

  PriceHttp(Duration timeout) {
    this.timeout = timeout;
    this.client = HttpClient.newBuilder()
        .connectTimeout(timeout)
        .followRedirects(HttpClient.Redirect.NORMAL)
        .build();
  }

  /** The reply body of {@code GET uri}; a non-2xx status, a timeout or an oversized body is an IOException. */
  byte[] get(URI uri, String accept) throws IOException {
    HttpRequest request = HttpRequest.newBuilder(uri)
        .timeout(timeout)
        .header("Accept", accept)
        .header("User-Agent", "witness-monitor-feed")
        .GET()
        .build();
    HttpResponse<InputStream> response;
    try {
      response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
    } catch (HttpTimeoutException e) {
      throw new IOException(uri.getHost() + ": no reply within " + timeout.toMillis() + " ms");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while asking " + uri.getHost());
    } catch (IOException e) {
      throw new IOException(uri.getHost() + ": " + e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : " " + e.getMessage()));
    }
    try (InputStream body = response.body()) {
      if (response.statusCode() / 100 != 2) {
        throw new IOException(uri.getHost() + ": HTTP " + response.statusCode());
      }
      byte[] bytes = body.readNBytes(MAX_REPLY_BYTES + 1);
      if (bytes.length > MAX_REPLY_BYTES) {
        throw new IOException(uri.getHost() + ": reply larger than " + MAX_REPLY_BYTES + " bytes");
      }
      return bytes;
    }
  }
}
