package io.github.goloswitness.client;

import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * JSON-RPC over one WebSocket per endpoint (the JDK's {@code java.net.http.WebSocket}), opened on
 * first use and reopened after it breaks. Each request is one text message; replies are matched to
 * requests by JSON-RPC id, so concurrent callers share the socket. A reply with an id nobody waits
 * for is dropped (the waiter then times out); after a timeout the socket is abandoned (its other
 * waiters fail) and the next call opens a new one. {@code maxResponseBytes} limits a reply's length in
 * characters. {@code wss://} verifies TLS with the JVM's default trust store.
 */
final class WebSocketTransport implements Transport {

  private final URI uri;
  private final Duration connectTimeout;
  private final long maxResponseChars;
  private final JsonRpc rpc;
  private final HttpClient http;
  private final Object connectLock = new Object();
  private final Object sendLock = new Object();
  private volatile Connection current; // replaced under connectLock
  private volatile CompletableFuture<WebSocket> connecting; // the handshake under way, if any
  private volatile boolean closed;

  WebSocketTransport(URI uri, Duration connectTimeout, long maxResponseChars, JsonRpc rpc) {
    this.uri = uri;
    this.connectTimeout = connectTimeout;
    this.maxResponseChars = maxResponseChars;
    this.rpc = rpc;
    this.http = HttpClient.newBuilder().connectTimeout(connectTimeout).build();
  }

  @Override
  public URI uri() {
    return uri;
  }

  @Override
  public String exchange(String request, long id, Duration timeout) throws NodeException, InterruptedIOException {
    try {
      Connection c = connected();
      CompletableFuture<String> reply = new CompletableFuture<>();
      c.pending.put(id, reply);
      try {
        if (c.closed) { // closed between connecting and registering: fail now, not by timeout
          throw new ConnectionLostException(uri, "closed before sending", null);
        }
        try {
          synchronized (sendLock) { // the JDK WebSocket allows one outstanding send at a time
            c.socket.sendText(request, true).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
          }
        } catch (ExecutionException | TimeoutException e) {
          c.fail(() -> new ConnectionLostException(uri, "sending failed: " + e, e));
        }
        try {
          return reply.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
          // A socket the peer dropped is not always noticed; one silent timeout is reason enough
          // to open a fresh one for the next call.
          c.fail(() -> new ConnectionLostException(uri, "abandoned after a timeout", null));
          throw e;
        }
      } finally {
        c.pending.remove(id);
      }
    } catch (TimeoutException e) {
      throw new NodeTimeoutException(uri, timeout, e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof NodeException ne) {
        throw ne;
      }
      throw new ConnectionLostException(uri, String.valueOf(e.getCause()), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      InterruptedIOException interrupted = new InterruptedIOException(uri + ": interrupted during the call");
      interrupted.initCause(e);
      throw interrupted;
    }
  }

  private Connection connected() throws NodeUnreachableException, InterruptedException {
    synchronized (connectLock) {
      Connection known = current;
      if (closed) {
        throw new NodeUnreachableException(uri, "client closed", null);
      }
      if (known != null && !known.closed) {
        return known;
      }
      Connection c = new Connection();
      CompletableFuture<WebSocket> handshake = http.newWebSocketBuilder()
          .connectTimeout(connectTimeout)
          .buildAsync(uri, c);
      connecting = handshake;
      try {
        if (closed) { // close() ran before it could see this handshake
          handshake.cancel(true);
        }
        c.socket = handshake.get(connectTimeout.toMillis() + 1000, TimeUnit.MILLISECONDS);
      } catch (ExecutionException | TimeoutException e) {
        Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
        throw new NodeUnreachableException(uri, String.valueOf(cause), cause);
      } catch (CancellationException e) {
        throw new NodeUnreachableException(uri, "client closed", e);
      } finally {
        connecting = null;
      }
      current = c;
      if (closed) { // close() may have looked at current before this assignment
        c.fail(() -> new ConnectionLostException(uri, "client closed", null));
        throw new NodeUnreachableException(uri, "client closed", null);
      }
      return c;
    }
  }

  /**
   * One socket and the requests sent on it. Listener callbacks for one socket are sequential, so
   * {@code message} needs no lock. When it breaks, only its own waiters fail.
   */
  private final class Connection implements WebSocket.Listener {
    final Map<Long, CompletableFuture<String>> pending = new ConcurrentHashMap<>();
    private final StringBuilder message = new StringBuilder();
    volatile WebSocket socket;
    volatile boolean closed;

    /** Marks this connection dead, aborts it and fails its waiters with {@code error}. */
    void fail(Supplier<NodeException> error) {
      closed = true;
      WebSocket s = socket;
      if (s != null) {
        s.abort();
      }
      pending.values().forEach(f -> f.completeExceptionally(error.get()));
    }

    @Override
    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
      if (message.length() + (long) data.length() > maxResponseChars) {
        message.setLength(0);
        fail(() -> new ResponseTooLargeException(uri, maxResponseChars));
        return null;
      }
      message.append(data);
      if (last) {
        String text = message.toString();
        message.setLength(0);
        CompletableFuture<String> waiter = pending.get(rpc.idOf(text));
        if (waiter != null) {
          waiter.complete(text);
        }
      }
      ws.request(1);
      return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
      fail(() -> new ConnectionLostException(uri, "closed by node (" + statusCode + " " + reason + ")", null));
      return null;
    }

    @Override
    public void onError(WebSocket ws, Throwable error) {
      fail(() -> new ConnectionLostException(uri, String.valueOf(error), error));
    }
  }

  /**
   * Fails the calls in flight ({@code ConnectionLostException("client closed")}), aborts the socket
   * and a handshake under way, and refuses new calls; does not wait for a call or a handshake.
   */
  @Override
  public void close() {
    closed = true;
    CompletableFuture<WebSocket> handshake = connecting;
    if (handshake != null) {
      handshake.cancel(true);
    }
    Connection c = current;
    if (c != null) {
      c.fail(() -> new ConnectionLostException(uri, "client closed", null));
    }
  }
}
