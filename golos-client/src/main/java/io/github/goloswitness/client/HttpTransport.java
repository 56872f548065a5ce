package io.github.goloswitness.client;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import javax.net.ssl.SSLHandshakeException;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * JSON-RPC over HTTP(S) POST with Apache HttpClient 5 (pooled, thread-safe). TLS uses the JVM's
 * default trust store and hostname verification; there is no way to turn them off. The timeout
 * bounds connecting, the wait for the reply and reading the whole body; bodies are read up to
 * {@code maxResponseBytes}.
 */
final class HttpTransport implements Transport {

  private final URI uri;
  private final long maxResponseBytes;
  private final CloseableHttpClient http;

  HttpTransport(URI uri, Duration timeout, long maxResponseBytes) {
    this.uri = uri;
    this.maxResponseBytes = maxResponseBytes;
    Timeout t = Timeout.ofMilliseconds(timeout.toMillis());
    this.http = HttpClients.custom()
        .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
            .setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(t).setSocketTimeout(t)
                // a pooled connection the node closed while idle would fail a broadcast as
                // "may have arrived"; check idle ones before reuse
                .setValidateAfterInactivity(TimeValue.ofSeconds(1))
                .build())
            .setMaxConnPerRoute(8)
            .setMaxConnTotal(8)
            .build())
        .setDefaultRequestConfig(RequestConfig.custom().setConnectionRequestTimeout(t).setResponseTimeout(t).build())
        .disableAutomaticRetries() // a resent broadcast is a decision for the caller, not the library
        .disableRedirectHandling()
        .disableCookieManagement()
        .disableAuthCaching()
        .build();
  }

  @Override
  public URI uri() {
    return uri;
  }

  @Override
  public String exchange(String request, long id, Duration timeout) throws NodeException {
    HttpPost post = new HttpPost(uri);
    post.setConfig(RequestConfig.custom()
        .setConnectionRequestTimeout(Timeout.ofMilliseconds(timeout.toMillis()))
        .setResponseTimeout(Timeout.ofMilliseconds(timeout.toMillis()))
        .build());
    post.setEntity(new StringEntity(request, ContentType.APPLICATION_JSON));
    try {
      return http.execute(post, response -> read(post, response, timeout));
    } catch (NodeException e) {
      throw e;
    } catch (UnknownHostException e) {
      throw new NodeUnreachableException(uri, "unknown host " + e.getMessage(), e);
    } catch (ConnectException | NoRouteToHostException | ConnectTimeoutException | SSLHandshakeException e) {
      throw new NodeUnreachableException(uri, String.valueOf(e.getMessage()), e);
    } catch (SocketTimeoutException e) {
      throw new NodeTimeoutException(uri, timeout, e);
    } catch (IOException e) {
      throw new ConnectionLostException(uri, e.getClass().getSimpleName() + ": " + e.getMessage(), e);
    }
  }

  private String read(HttpPost post, ClassicHttpResponse response, Duration timeout) throws IOException {
    HttpEntity entity = response.getEntity();
    int status = response.getCode();
    if (status != 200) {
      String start = entity == null ? ""
          : new String(readAtMost(post, entity, 200, false, timeout), StandardCharsets.UTF_8);
      throw new HttpStatusException(uri, status, start.replaceAll("\\s+", " ").strip());
    }
    if (entity == null) {
      throw new UnexpectedResponseException(uri, "empty body");
    }
    if (entity.getContentLength() > maxResponseBytes) {
      post.cancel(); // do not drain a body we refuse to read
      throw new ResponseTooLargeException(uri, maxResponseBytes);
    }
    return new String(readAtMost(post, entity, maxResponseBytes, true, timeout), StandardCharsets.UTF_8);
  }

  /**
   * Reads at most {@code limit} bytes. Past the limit the request is cancelled (the connection is
   * dropped, not drained) and, if {@code strict}, that is an error; otherwise the prefix is returned.
   * The stream itself is closed by HttpClient with the response. The whole body must arrive within
   * {@code timeout} (measured on the monotonic nanoTime, not a wall clock), so a node trickling
   * bytes cannot hold a call for long.
   */
  private byte[] readAtMost(HttpPost post, HttpEntity entity, long limit, boolean strict, Duration timeout)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[8192];
    InputStream in = entity.getContent();
    long deadline = System.nanoTime() + timeout.toNanos();
    int n;
    while ((n = in.read(buf)) != -1) {
      if (System.nanoTime() - deadline > 0) {
        post.cancel();
        throw new NodeTimeoutException(uri, timeout, null);
      }
      if (out.size() + (long) n > limit) {
        post.cancel();
        if (strict) {
          throw new ResponseTooLargeException(uri, limit);
        }
        out.write(buf, 0, (int) (limit - out.size()));
        return out.toByteArray();
      }
      out.write(buf, 0, n);
    }
    return out.toByteArray();
  }

  @Override
  public void close() {
    http.close(CloseMode.GRACEFUL);
  }
}
