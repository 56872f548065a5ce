package io.github.goloswitness.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sends calls to the endpoints: the failover, retry and broadcast rules live here.
 *
 * <p>Reads: endpoints are tried in configured order, healthy ones (no transport failure on their
 * last call) first. A transport or protocol failure moves on to the next endpoint; an
 * {@link RpcException} is the node's answer and is thrown at once. After every endpoint failed,
 * the round is repeated up to {@code maxRetries} times, sleeping {@code backoff * 2^(round-1)}
 * (capped at 30 s) before each.
 *
 * <p>Broadcasts: tried once per endpoint in the same order, and moved to the next endpoint only
 * when the request provably never reached the node ({@link NodeUnreachableException}); after a
 * timeout or a lost connection the transaction may be on its way into a block, so the failure is
 * thrown for the caller to decide (read the chain, then re-sign with a new expiration). (Below
 * these rules, {@code HttpTransport} resends any call whose connection the node closed before any
 * reply; an exchange that returns here already had that chance.)
 *
 * <p>Stops: an interrupt ({@link InterruptedIOException}, flag set) ends the call at once, in an
 * exchange or in a pause; once the client is closed the call ends with {@link ClientClosedException}
 * at the next step (an exchange in flight is cancelled by the transport's {@code close()}).
 */
final class Dispatcher {

  private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

  private final List<Transport> transports;
  private final JsonRpc rpc;
  private final AtomicLong ids;
  private final Set<URI> failing;
  private final Duration timeout;
  private final int maxRetries;
  private final Duration backoff;
  private final Sleeper sleeper;
  private final RpcListener listener;
  private final AtomicBoolean closed;

  Dispatcher(List<Transport> transports, JsonRpc rpc, Duration timeout, int maxRetries, Duration backoff,
      Sleeper sleeper, RpcListener listener, AtomicBoolean closed) {
    this(transports, rpc, new AtomicLong(), ConcurrentHashMap.newKeySet(), timeout, maxRetries, backoff, sleeper,
        listener, closed);
  }

  private Dispatcher(List<Transport> transports, JsonRpc rpc, AtomicLong ids, Set<URI> failing, Duration timeout,
      int maxRetries, Duration backoff, Sleeper sleeper, RpcListener listener, AtomicBoolean closed) {
    this.transports = List.copyOf(transports);
    this.rpc = rpc;
    this.ids = ids;
    this.failing = failing;
    this.timeout = timeout;
    this.maxRetries = maxRetries;
    this.backoff = backoff;
    this.sleeper = sleeper;
    this.listener = listener;
    this.closed = closed;
  }

  /** The same settings and shared state, restricted to one endpoint. */
  Dispatcher only(Transport transport) {
    return new Dispatcher(List.of(transport), rpc, ids, failing, timeout, maxRetries, backoff, sleeper, listener,
        closed);
  }

  List<Transport> transports() {
    return transports;
  }

  JsonRpc rpc() {
    return rpc;
  }

  Duration timeout() {
    return timeout;
  }

  <T> T read(String api, String method, ArrayNode args, Decoder<T> decoder) throws IOException {
    List<NodeException> failures = new ArrayList<>();
    for (int round = 0; round <= maxRetries; round++) {
      if (round > 0) {
        stopIfClosed(api, method, failures);
        pause(round);
      }
      for (Transport t : ordered()) {
        stopIfClosed(api, method, failures);
        try {
          return attempt(t, api, method, args, decoder, timeout);
        } catch (RpcException e) {
          throw e;
        } catch (NodeException e) {
          failures.add(e);
        }
      }
    }
    stopIfClosed(api, method, failures);
    throw exhausted(failures);
  }

  <T> T broadcast(String api, String method, ArrayNode args, Decoder<T> decoder, Duration timeout)
      throws IOException {
    List<NodeException> failures = new ArrayList<>();
    for (Transport t : ordered()) {
      stopIfClosed(api, method, failures);
      try {
        return attempt(t, api, method, args, decoder, timeout);
      } catch (NodeException e) {
        if (closed.get()) {
          throw new ClientClosedException(api + "." + method, e);
        }
        if (e.requestMayHaveArrived()) {
          failures.forEach(e::addSuppressed);
          throw e;
        }
        failures.add(e);
      }
    }
    stopIfClosed(api, method, failures);
    throw exhausted(failures);
  }

  private void stopIfClosed(String api, String method, List<NodeException> failures) throws ClientClosedException {
    if (closed.get()) {
      throw new ClientClosedException(api + "." + method, failures.isEmpty() ? null : exhausted(failures));
    }
  }

  private <T> T attempt(Transport t, String api, String method, ArrayNode args, Decoder<T> decoder,
      Duration timeout) throws NodeException, InterruptedIOException {
    if (Thread.currentThread().isInterrupted()) { // send nothing for a thread told to stop
      throw new InterruptedIOException("interrupted before calling " + api + "." + method + " on " + t.uri());
    }
    long id = ids.incrementAndGet();
    try {
      String body = t.exchange(rpc.request(id, api, method, args), id, timeout);
      JsonNode result = rpc.result(t.uri(), id, body);
      T value;
      try {
        value = decoder.decode(result);
      } catch (ShapeException e) {
        throw new UnexpectedResponseException(t.uri(), api + "." + method + " result: " + e.getMessage());
      }
      failing.remove(t.uri());
      notify(() -> listener.onSuccess(t.uri(), api, method));
      return value;
    } catch (RpcException e) {
      failing.remove(t.uri()); // it answered: the node is up
      notify(() -> listener.onFailure(t.uri(), api, method, e));
      throw e;
    } catch (NodeException e) {
      if (!closed.get()) { // a call cut off by close() says nothing about the node
        failing.add(t.uri());
        notify(() -> listener.onFailure(t.uri(), api, method, e));
      }
      throw e;
    }
  }

  private List<Transport> ordered() {
    List<Transport> healthy = new ArrayList<>();
    List<Transport> sick = new ArrayList<>();
    for (Transport t : transports) {
      (failing.contains(t.uri()) ? sick : healthy).add(t);
    }
    healthy.addAll(sick);
    return healthy;
  }

  private void pause(int round) throws InterruptedIOException {
    Duration d = backoff.multipliedBy(1L << Math.min(round - 1, 20));
    try {
      sleeper.sleep(d.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : d);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting to retry");
    }
  }

  /** The last failure, with the earlier ones attached as suppressed. */
  private static NodeException exhausted(List<NodeException> failures) {
    NodeException last = failures.get(failures.size() - 1);
    for (NodeException f : failures.subList(0, failures.size() - 1)) {
      last.addSuppressed(f);
    }
    return last;
  }

  private static void notify(Runnable call) {
    try {
      call.run();
    } catch (RuntimeException ignored) {
      // A listener must not break RPC; its contract says it must not throw.
    }
  }
}
