package io.github.goloswitness.client;

import java.io.EOFException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.ProtocolException;
import java.net.SocketException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;

/**
 * JSON-RPC over HTTP(S) POST with the JDK's {@code java.net.http.HttpClient} (HTTP/1.1, pooled
 * keep-alive connections, thread-safe). TLS uses the JVM's default trust store and hostname
 * verification; there is no way to turn them off. No redirects, no cookies, no authentication.
 *
 * <p>One retry rule: a connection the node closed before its reply's status line and headers is retried
 * at once on another connection, at most {@value #ATTEMPTS} attempts in all. golosd (websocketpp)
 * serves one request per connection and closes it right after its reply without saying
 * {@code Connection: close}, so the JDK pools the connection and the next call can be written into
 * it before the close is seen (measured on the real node: 2 of 99 broadcasts in one run); a proxy's
 * keep-alive timeout loses the same race. RFC 9110 section 9.2.2 allows the retry of a request
 * known to be idempotent, and every call of the node's API is: a read changes nothing, and a
 * signed transaction or block is applied at most once (the node refuses a second copy of the same
 * id as {@code tx_duplicate_transaction}). The JDK reports a fresh connection closed unanswered
 * exactly as a reused one, so the rule cannot tell them apart; the worst case is a broadcast whose
 * first copy the node applied but died before answering, whose retry then gets the duplicate
 * refusal. Anything else (a timeout, a reset or close after the reply began) is not retried here.
 *
 * <p>Time limits: connecting within the client's {@code timeout}; the reply's status and headers
 * within the call's {@code timeout} (the JDK's request timeout); then the whole body within the
 * call's {@code timeout} again (measured by the waiting thread, so a node trickling bytes or going
 * silent mid-body cannot hold a call). Bodies are read up to {@code maxResponseBytes}; past that,
 * or past the {@code Content-Length} announcing more, the exchange is cancelled, not drained.
 *
 * <p>The calling thread waits on the exchange and nothing else: {@link Thread#interrupt()} cancels
 * the exchange at once and the call throws {@link InterruptedIOException} with the interrupt flag
 * set again; {@link #close()} cancels every exchange in flight, whose calls then fail with a
 * {@link ConnectionLostException} ("client closed").
 */
final class HttpTransport implements Transport {

  /** Beyond the JDK's own connect and request timers, which normally fire first. */
  private static final Duration GRACE = Duration.ofSeconds(1);

  /** Attempts of one call whose connection the node closes before any reply (see the class comment). */
  static final int ATTEMPTS = 3;

  private final URI uri;
  private final Duration connectTimeout;
  private final long maxResponseBytes;
  private final HttpClient http;
  private final Set<CompletableFuture<?>> inFlight = ConcurrentHashMap.newKeySet();
  private volatile boolean closed;

  HttpTransport(URI uri, Duration timeout, long maxResponseBytes) {
    this.uri = uri;
    this.connectTimeout = timeout;
    this.maxResponseBytes = maxResponseBytes;
    this.http = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1) // golosd speaks HTTP/1.1; no h2c upgrade attempts
        .connectTimeout(timeout)
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
  }

  @Override
  public URI uri() {
    return uri;
  }

  @Override
  public String exchange(String request, long id, Duration timeout) throws NodeException, InterruptedIOException {
    ClosedBeforeReply first = null;
    for (int attempt = 1; ; attempt++) {
      try {
        return exchangeOnce(request, timeout);
      } catch (ClosedBeforeReply e) {
        first = first == null ? e : first;
        if (attempt == ATTEMPTS) {
          throw new ConnectionLostException(uri, "closed by the node before any reply, " + attempt + " times in a row ("
              + describe(e.getCause()) + ")", e.getCause());
        }
      } catch (NodeException e) {
        if (first != null && !e.requestMayHaveArrived()) {
          // the first copy may have been read (the node died after reading it): never report "nothing was sent"
          ConnectionLostException lost = new ConnectionLostException(uri, "closed by the node before any reply ("
              + describe(first.getCause()) + "); sent again, " + e.getClass().getSimpleName(), first.getCause());
          lost.addSuppressed(e);
          throw lost;
        }
        throw e;
      }
    }
  }

  private String exchangeOnce(String request, Duration timeout)
      throws NodeException, InterruptedIOException, ClosedBeforeReply {
    if (closed) {
      throw new NodeUnreachableException(uri, "client closed", null); // nothing was sent
    }
    HttpRequest post = HttpRequest.newBuilder(uri)
        .timeout(timeout)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(request, StandardCharsets.UTF_8))
        .build();
    CompletableFuture<Void> headers = new CompletableFuture<>();
    CompletableFuture<HttpResponse<byte[]>> call = http.sendAsync(post, info -> {
      headers.complete(null);
      return new LimitedBody(uri, info, maxResponseBytes);
    });
    inFlight.add(call);
    try {
      if (closed) { // closed while we registered: close() may not have seen this call
        call.cancel(true);
      }
      await(CompletableFuture.anyOf(call, headers), connectTimeout.plus(timeout).plus(GRACE), call, headers, timeout);
      byte[] body = await(call, timeout, call, headers, timeout).body();
      if (body.length == 0) {
        throw new UnexpectedResponseException(uri, "empty body");
      }
      return new String(body, StandardCharsets.UTF_8);
    } finally {
      inFlight.remove(call);
    }
  }

  /**
   * Waits for {@code f} at most {@code limit}; on a timeout or an interrupt the exchange
   * {@code call} is cancelled (its connection dropped) before this returns. A failure before
   * {@code headers} arrived that is the node closing the connection is {@link ClosedBeforeReply}.
   */
  private <T> T await(CompletableFuture<T> f, Duration limit, CompletableFuture<?> call, CompletableFuture<?> headers,
      Duration timeout) throws NodeException, InterruptedIOException, ClosedBeforeReply {
    try {
      return f.get(limit.toNanos(), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      call.cancel(true);
      Thread.currentThread().interrupt();
      InterruptedIOException interrupted = new InterruptedIOException(uri + ": interrupted during the call");
      interrupted.initCause(e);
      throw interrupted;
    } catch (TimeoutException e) {
      call.cancel(true);
      throw new NodeTimeoutException(uri, timeout, e);
    } catch (CancellationException e) {
      throw cancelled(e);
    } catch (ExecutionException e) {
      if (!closed && !headers.isDone() && closedByTheNode(e.getCause())) {
        throw new ClosedBeforeReply(e.getCause());
      }
      throw failure(e.getCause(), timeout);
    }
  }

  /**
   * The connection broke with no reply yet: the JDK's {@code IOException("HTTP/1.1 header parser
   * received no bytes")} over the socket's own error, an {@link EOFException} (the node's close was
   * read), a {@link SocketException} ("Connection reset") or a plain {@code IOException} ("Broken
   * pipe": the request was written after the node's close; 2 of 4,000 back-to-back reads on golosd
   * 0.30 failed so). A refused or timed-out connect, TLS, a garbled reply and a timeout are not this.
   */
  static boolean closedByTheNode(Throwable cause) {
    Throwable root = cause;
    for (Throwable t = cause; t != null; t = t.getCause()) {
      if (t instanceof ConnectException || t instanceof NoRouteToHostException || t instanceof HttpTimeoutException
          || t instanceof SSLException || t instanceof ProtocolException || t instanceof NodeException
          || t instanceof CancellationException || t instanceof InterruptedIOException) {
        return false;
      }
      root = t;
    }
    return root instanceof EOFException || root instanceof SocketException || root.getClass() == IOException.class;
  }

  /** An exchange whose connection the node closed before any byte of its reply: retried. */
  private static final class ClosedBeforeReply extends Exception {
    private static final long serialVersionUID = 1L;

    ClosedBeforeReply(Throwable cause) {
      super(cause.getMessage(), cause, false, false);
    }
  }

  private NodeException cancelled(Throwable e) {
    return new ConnectionLostException(uri, closed ? "client closed" : "cancelled", e);
  }

  /** The node-level meaning of why an exchange failed. */
  private NodeException failure(Throwable cause, Duration timeout) {
    Throwable c = cause;
    while ((c instanceof CompletionException || c instanceof ExecutionException) && c.getCause() != null) {
      c = c.getCause();
    }
    for (Throwable t = c; t != null; t = t.getCause()) {
      if (t instanceof NodeException ne) { // the body's own verdict: status, size
        return ne;
      }
    }
    if (c instanceof CancellationException) {
      return cancelled(c);
    }
    if (c instanceof HttpConnectTimeoutException) {
      return new NodeUnreachableException(uri, "connect timed out after " + connectTimeout.toMillis() + " ms", c);
    }
    if (c instanceof HttpTimeoutException) {
      return new NodeTimeoutException(uri, timeout, c);
    }
    if (c instanceof ConnectException || c instanceof NoRouteToHostException || c instanceof SSLException) {
      Throwable root = c.getCause();
      if (root instanceof UnresolvedAddressException) {
        return new NodeUnreachableException(uri, "unknown host " + uri.getHost(), c);
      }
      if (c instanceof SSLException) { // the handshake failed (untrusted certificate, wrong host): nothing was sent
        return new NodeUnreachableException(uri, "TLS: " + describe(c), c);
      }
      // the JDK 17 client drops the reason ("Connection refused") and keeps a ClosedChannelException
      return new NodeUnreachableException(uri, c.getMessage() == null ? "could not connect" : c.getMessage(), c);
    }
    if (c instanceof UnknownHostException || c instanceof UnresolvedAddressException) {
      return new NodeUnreachableException(uri, "unknown host " + uri.getHost(), c);
    }
    // reset, closed, no or garbled HTTP response: the request may have been read
    return new ConnectionLostException(uri, describe(c), c);
  }

  private static String describe(Throwable t) {
    String m = t.getMessage();
    if (m == null && t.getCause() != null) {
      return t.getClass().getSimpleName() + ": " + describe(t.getCause());
    }
    return t.getClass().getSimpleName() + (m == null ? "" : ": " + m);
  }

  /**
   * Fails the calls in flight (they throw {@code ConnectionLostException("client closed")}) and
   * refuses new ones. The JDK 17 {@code HttpClient} has no {@code close()}: its idle pooled
   * connections are closed when it is garbage-collected.
   */
  @Override
  public void close() {
    closed = true;
    inFlight.forEach(f -> f.cancel(true));
  }
}
