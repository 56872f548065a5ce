package io.github.goloswitness.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A call in flight is cut off at once by {@link Thread#interrupt()} or by {@link GolosClient#close()},
 * over HTTP and WebSocket, and says which: the node holds the reply back until the test ends, the
 * client's timeout (60 s) is far beyond the test's wait for the caller to return (10 s), and
 * retries (2 rounds) and a second endpoint would follow a failure that was treated as the node's.
 * Before the JDK transport, an interrupted HTTP call kept waiting for the node (Apache's blocking
 * socket read ignores interrupts) and a call cut off by close() threw IllegalStateException.
 */
class CallCutOffTest {

  private static final Duration CALLER_RETURNS_WITHIN = Duration.ofSeconds(10);

  private final CountDownLatch arrived = new CountDownLatch(1);
  private final CountDownLatch release = new CountDownLatch(1);
  private final RecordingSleeper sleeper = new RecordingSleeper();
  private FakeGolosd node;
  private FakeGolosd spare;
  private FakeWebSocketServer ws;

  @BeforeEach
  void setUp() throws Exception {
    node = FakeGolosd.start();
    node.on("database_api", "get_dynamic_global_properties", id -> {
      arrived.countDown();
      release.await(60, TimeUnit.SECONDS);
      return FakeGolosd.Reply.ok("{\"jsonrpc\":\"2.0\",\"result\":null,\"id\":" + id + "}");
    });
    node.on("network_broadcast_api", "broadcast_transaction", id -> {
      arrived.countDown();
      release.await(60, TimeUnit.SECONDS);
      return FakeGolosd.Reply.ok("{\"jsonrpc\":\"2.0\",\"result\":null,\"id\":" + id + "}");
    });
    spare = FakeGolosd.start().fixture("get_dynamic_global_properties");
    ws = new FakeWebSocketServer(node);
  }

  @AfterEach
  void tearDown() throws Exception {
    release.countDown();
    ws.close();
    spare.close();
    node.close();
  }

  private GolosClient client(String transport) {
    URI first = transport.equals("ws") ? ws.uri() : node.uri();
    return GolosClient.builder(first, spare.uri())
        .timeout(Duration.ofSeconds(60)).broadcastTimeout(Duration.ofSeconds(60))
        .maxRetries(2).sleeper(sleeper).build();
  }

  /** What a caller thread saw: the exception it got and whether its interrupt flag was set then. */
  private record Outcome(Throwable thrown, boolean interruptFlag) {}

  private static final class Caller extends Thread {
    final AtomicReference<Outcome> outcome = new AtomicReference<>();
    final GolosClient client;
    final boolean broadcast;

    Caller(GolosClient client, boolean broadcast) {
      this.client = client;
      this.broadcast = broadcast;
    }

    @Override
    public void run() {
      try {
        if (broadcast) {
          client.broadcastTransaction(Fixtures.firstArg("broadcast_transaction"));
        } else {
          client.getDynamicGlobalProperties();
        }
        outcome.set(new Outcome(null, isInterrupted()));
      } catch (IOException | RuntimeException e) {
        outcome.set(new Outcome(e, isInterrupted()));
      }
    }
  }

  private Outcome runCutOff(Caller caller, Runnable cut) throws Exception {
    caller.start();
    assertThat(arrived.await(30, TimeUnit.SECONDS)).as("the request reached the node").isTrue();
    cut.run();
    caller.join(CALLER_RETURNS_WITHIN.toMillis());
    assertThat(caller.isAlive()).as("the caller still waits %s after being cut off", CALLER_RETURNS_WITHIN).isFalse();
    return caller.outcome.get();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"http", "ws"})
  void interruptAbortsTheCallInFlightAndSaysSo(String transport) throws Exception {
    try (GolosClient client = client(transport)) {
      Caller caller = new Caller(client, false);
      Outcome out = runCutOff(caller, caller::interrupt);

      assertThat(out.thrown()).isExactlyInstanceOf(InterruptedIOException.class)
          .hasMessage(client.nodes().get(0) + ": interrupted during the call");
      assertThat(out.interruptFlag()).as("interrupt flag restored").isTrue();
    }
    assertThat(sleeper.pauses).as("no retry round").isEmpty();
    assertThat(spare.requests()).as("no failover").isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"http", "ws"})
  void closeFailsAReadInFlightWithACheckedException(String transport) throws Exception {
    GolosClient client = client(transport);
    Outcome out = runCutOff(new Caller(client, false), client::close);

    assertThat(out.thrown()).isExactlyInstanceOf(ClientClosedException.class)
        .hasMessage("client closed during database_api.get_dynamic_global_properties");
    assertThat(out.interruptFlag()).isFalse();
    assertThat(sleeper.pauses).as("no retry round").isEmpty();
    assertThat(spare.requests()).as("no failover").isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"http", "ws"})
  void closeFailsABroadcastInFlightWithACheckedException(String transport) throws Exception {
    spare.fixture("broadcast_transaction");
    GolosClient client = client(transport);
    Outcome out = runCutOff(new Caller(client, true), client::close);

    assertThat(out.thrown()).isExactlyInstanceOf(ClientClosedException.class)
        .hasMessage("client closed during network_broadcast_api.broadcast_transaction");
    assertThat(spare.requests()).as("not sent to another node").isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"http", "ws"})
  void anInterruptedThreadSendsNothing(String transport) throws Exception {
    AtomicBoolean flag = new AtomicBoolean();
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    try (GolosClient client = client(transport)) {
      Thread caller = new Thread(() -> {
        Thread.currentThread().interrupt();
        try {
          client.broadcastTransaction(Fixtures.firstArg("broadcast_transaction"));
        } catch (IOException e) {
          thrown.set(e);
        }
        flag.set(Thread.currentThread().isInterrupted());
      });
      caller.start();
      caller.join(CALLER_RETURNS_WITHIN.toMillis());
      assertThat(caller.isAlive()).isFalse();
    }
    assertThat(thrown.get()).isExactlyInstanceOf(InterruptedIOException.class)
        .hasMessageStartingWith("interrupted before calling network_broadcast_api.broadcast_transaction on ");
    assertThat(flag).isTrue();
    assertThat(node.requests()).isEmpty();
  }
}
