package io.github.goloswitness.client;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Map;
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
  private Connection current; // guarded by connectLock

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
  public String exchange(String request, long id, Duration timeout) throws NodeException {
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
      throw new ConnectionLostException(uri, "interrupted", e);
    }
  }

  private Connection connected() throws NodeUnreachableException, InterruptedException {
    synchronized (connectLock) {
      if (current != null && !current.closed) {
        return current;
      }
      Connection c = new Connection();
      try {
        c.socket = http.newWebSocketBuilder()
            .connectTimeout(connectTimeout)
            .buildAsync(uri, c)
            .get(connectTimeout.toMillis() + 1000, TimeUnit.MILLISECONDS);
      } catch (ExecutionException | TimeoutException e) {
        Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
        throw new NodeUnreachableException(uri, String.valueOf(cause), cause);
      }
      current = c;
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

  @Override
  public void close() {
    synchronized (connectLock) {
      if (current != null) {
        current.fail(() -> new ConnectionLostException(uri, "client closed", null));
        current = null;
      }
    }
  }
}
