package io.github.goloswitness.client;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.time.Duration;

/**
 * JSON-RPC over one WebSocket per endpoint (the JDK's {@code java.net.http.WebSocket}), opened on
 * first use and reopened after it breaks. Each request is one text message; replies are matched to
 * requests by JSON-RPC id, so concurrent callers share the socket. A reply with an id nobody waits
 * for is dropped (the waiter then times out). {@code maxResponseBytes} limits a reply's length in
 * characters. {@code wss://} verifies TLS with the JVM's default trust store.
 */
final class WebSocketTransport implements Transport {

  private final URI uri;
  private final Duration connectTimeout;
  private final long maxResponseChars;
  private final JsonRpc rpc;
  private final HttpClient http;
  private final Map<Long, CompletableFuture<String>> pending = new ConcurrentHashMap<>();
  private final Object connectLock = new Object();
  private final Object sendLock = new Object();
  private WebSocket socket; // guarded by connectLock

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
    CompletableFuture<String> reply = new CompletableFuture<>();
    pending.put(id, reply);
    try {
      WebSocket ws = connected();
      try {
        synchronized (sendLock) { // the JDK WebSocket allows one outstanding send at a time
          ws.sendText(request, true).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        }
      } catch (ExecutionException | TimeoutException e) {
        drop(ws);
        throw new ConnectionLostException(uri, "sending failed: " + e, e);
      }
      return reply.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
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
    } finally {
      pending.remove(id);
    }
  }

  private WebSocket connected() throws NodeUnreachableException, InterruptedException {
    synchronized (connectLock) {
      if (socket != null && !socket.isOutputClosed() && !socket.isInputClosed()) {
        return socket;
      }
      try {
        socket = http.newWebSocketBuilder()
            .connectTimeout(connectTimeout)
            .buildAsync(uri, new Receiver())
            .get(connectTimeout.toMillis() + 1000, TimeUnit.MILLISECONDS);
        return socket;
      } catch (ExecutionException | TimeoutException e) {
        Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
        throw new NodeUnreachableException(uri, String.valueOf(cause), cause);
      }
    }
  }

  /** Forgets a broken socket and fails every waiter with {@code error}. */
  private void failAll(WebSocket ws, java.util.function.Supplier<NodeException> error) {
    drop(ws);
    pending.values().forEach(f -> f.completeExceptionally(error.get()));
  }

  private void drop(WebSocket ws) {
    synchronized (connectLock) {
      if (socket == ws) {
        socket = null;
      }
    }
    ws.abort();
  }

  /** Reassembles text messages (callbacks for one socket are sequential) and routes them by id. */
  private final class Receiver implements WebSocket.Listener {
    private final StringBuilder message = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
      if (message.length() + (long) data.length() > maxResponseChars) {
        message.setLength(0);
        failAll(ws, () -> new ResponseTooLargeException(uri, maxResponseChars));
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
      failAll(ws, () -> new ConnectionLostException(uri, "closed by node (" + statusCode + " " + reason + ")", null));
      return null;
    }

    @Override
    public void onError(WebSocket ws, Throwable error) {
      failAll(ws, () -> new ConnectionLostException(uri, String.valueOf(error), error));
    }
  }

  @Override
  public void close() {
    synchronized (connectLock) {
      if (socket != null) {
        socket.abort();
        socket = null;
      }
    }
  }
}
