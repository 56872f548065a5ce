package io.github.goloswitness.monitor.alert;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.goloswitness.monitor.alert.AlertDispatcher.Outcome;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AlertDispatcherTest {
  private static final Instant T0 = Instant.parse("2026-11-26T05:00:00Z");
  private final AtomicReference<Instant> now = new AtomicReference<>(T0);
  private final InstantSource clock = now::get;
  private AlertDispatcher dispatcher;

  /** Records alerts; optionally blocks each send until released, or fails. */
  private static final class RecordingSink implements AlertSink {
    final BlockingQueue<Alert> received = new LinkedBlockingQueue<>();
    final CountDownLatch entered = new CountDownLatch(1);
    volatile CountDownLatch release = new CountDownLatch(0);
    volatile boolean fail;

    @Override
    public String name() {
      return "recording";
    }

    @Override
    public void send(Alert alert) throws IOException {
      entered.countDown();
      try {
        if (!release.await(10, TimeUnit.SECONDS)) {
          throw new IOException("never released");
        }
      } catch (InterruptedException e) {
        throw new InterruptedIOException("interrupted");
      }
      if (fail) {
        throw new IOException("receiver down");
      }
      received.add(alert);
    }

    Alert next() throws InterruptedException {
      Alert alert = received.poll(10, TimeUnit.SECONDS);
      assertThat(alert).as("an alert delivered within 10 s").isNotNull();
      return alert;
    }
  }

  private static Alert alert(String event, String key) {
    return new Alert(event, key, "lex", "ws://a.example", event + " " + key, T0);
  }

  @AfterEach
  void close() {
    if (dispatcher != null) {
      dispatcher.close(Duration.ofSeconds(5));
    }
  }

  @Test
  void deliversToEverySinkInOrder() throws Exception {
    RecordingSink a = new RecordingSink();
    RecordingSink b = new RecordingSink();
    dispatcher = AlertDispatcher.start(List.of(a, b), clock, Duration.ofMinutes(10), 8);
    assertThat(dispatcher.submit(alert("switched", "k1"))).isEqualTo(Outcome.QUEUED);
    assertThat(dispatcher.submit(alert("peer_down", "k2"))).isEqualTo(Outcome.QUEUED);
    assertThat(a.next().event()).isEqualTo("switched");
    assertThat(a.next().event()).isEqualTo("peer_down");
    assertThat(b.next().event()).isEqualTo("switched");
    assertThat(b.next().event()).isEqualTo("peer_down");
  }

  @Test
  void dropsRepeatsWithinTheWindowOnly() throws Exception {
    RecordingSink sink = new RecordingSink();
    dispatcher = AlertDispatcher.start(List.of(sink), clock, Duration.ofMinutes(10), 8);
    assertThat(dispatcher.submit(alert("node_lagging", "a"))).isEqualTo(Outcome.QUEUED);
    now.set(T0.plus(Duration.ofMinutes(9)));
    assertThat(dispatcher.submit(alert("node_lagging", "a"))).isEqualTo(Outcome.DUPLICATE);
    assertThat(dispatcher.submit(alert("node_lagging", "b"))).isEqualTo(Outcome.QUEUED);
    assertThat(dispatcher.submit(alert("switch_failed", "a"))).isEqualTo(Outcome.QUEUED);
    now.set(T0.plus(Duration.ofMinutes(10)));
    assertThat(dispatcher.submit(alert("node_lagging", "a"))).isEqualTo(Outcome.QUEUED);
    assertThat(List.of(sink.next(), sink.next(), sink.next(), sink.next()))
        .extracting(Alert::message)
        .containsExactly("node_lagging a", "node_lagging b", "switch_failed a", "node_lagging a");
  }

  @Test
  void aSlowReceiverNeverBlocksTheCallerAndOverflowIsCounted() throws Exception {
    RecordingSink slow = new RecordingSink();
    CountDownLatch release = new CountDownLatch(1);
    slow.release = release;
    dispatcher = AlertDispatcher.start(List.of(slow), clock, Duration.ZERO, 2);
    assertThat(dispatcher.submit(alert("e", "1"))).isEqualTo(Outcome.QUEUED);
    assertThat(slow.entered.await(10, TimeUnit.SECONDS)).isTrue(); // the thread holds alert 1
    assertThat(dispatcher.submit(alert("e", "2"))).isEqualTo(Outcome.QUEUED);
    assertThat(dispatcher.submit(alert("e", "3"))).isEqualTo(Outcome.QUEUED);
    assertThat(dispatcher.submit(alert("e", "4"))).isEqualTo(Outcome.DROPPED);
    assertThat(dispatcher.dropped()).isEqualTo(1);
    release.countDown();
    assertThat(List.of(slow.next(), slow.next(), slow.next())).extracting(Alert::key).containsExactly("1", "2", "3");
  }

  @Test
  void aFailingSinkDoesNotStopTheOthersOrLaterAlerts() throws Exception {
    RecordingSink broken = new RecordingSink();
    broken.fail = true;
    RecordingSink working = new RecordingSink();
    dispatcher = AlertDispatcher.start(List.of(broken, working), clock, Duration.ZERO, 8);
    dispatcher.submit(alert("a", "1"));
    dispatcher.submit(alert("b", "2"));
    assertThat(working.next().event()).isEqualTo("a");
    assertThat(working.next().event()).isEqualTo("b");
    dispatcher.close(Duration.ofSeconds(5));
    assertThat(dispatcher.failed()).isEqualTo(2);
    assertThat(dispatcher.delivered()).isEqualTo(2);
  }

  @Test
  void closeStopsTheThreadEvenWhenAReceiverHangs() throws Exception {
    RecordingSink hanging = new RecordingSink();
    hanging.release = new CountDownLatch(1);
    dispatcher = AlertDispatcher.start(List.of(hanging), clock, Duration.ZERO, 4);
    dispatcher.submit(alert("a", "1"));
    assertThat(hanging.entered.await(10, TimeUnit.SECONDS)).isTrue();
    dispatcher.close(Duration.ofMillis(50));
    assertThat(dispatcher.isRunning()).isFalse();
    assertThat(dispatcher.submit(alert("b", "2"))).isEqualTo(Outcome.CLOSED);
  }
}
