package io.github.goloswitness.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The block stream against a fake chain on the fake node: golosd-shaped properties and blocks whose
 * {@code previous} encodes the parent's number, time advanced by the sleeper instead of sleeping.
 */
class BlockStreamTest {

  private final AtomicLong head = new AtomicLong(10);
  private final AtomicLong irreversible = new AtomicLong(5);
  /** get_block calls that still fail with HTTP 502. */
  private final AtomicInteger blockFailures = new AtomicInteger();
  private final List<Duration> pauses = new ArrayList<>();
  /** The stream's clock: only the sleepers below move it. */
  private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-01T00:00:00Z"));
  private final InstantSource clock = now::get;
  private FakeGolosd node;
  private GolosClient client;

  @BeforeEach
  void setUp() throws Exception {
    node = FakeGolosd.start();
    ObjectNode props = (ObjectNode) Fixtures.response("get_dynamic_global_properties").get("result");
    node.on("database_api", "get_dynamic_global_properties", id -> {
      ObjectNode p = props.deepCopy();
      p.put("head_block_number", head.get());
      p.put("last_irreversible_block_num", irreversible.get());
      return FakeGolosd.Reply.ok("{\"jsonrpc\":\"2.0\",\"result\":" + p + ",\"id\":" + id + "}");
    });
    node.on("database_api", "get_block", id -> {
      if (blockFailures.getAndDecrement() > 0) {
        return new FakeGolosd.Reply(502, "<html>Bad Gateway</html>", -1, false);
      }
      long n = lastRequestArg();
      String result = n > head.get() ? "null" : block(n).toString();
      return FakeGolosd.Reply.ok("{\"jsonrpc\":\"2.0\",\"result\":" + result + ",\"id\":" + id + "}");
    });
    client = GolosClient.builder(List.of(node.uri())).timeout(Duration.ofSeconds(5)).maxRetries(0).build();
  }

  @AfterEach
  void tearDown() {
    client.close();
    node.close();
  }

  private long lastRequestArg() {
    List<String> requests = node.requests();
    return Fixtures.parse(requests.get(requests.size() - 1)).get("params").get(2).get(0).asLong();
  }

  /** The get_block fixture, made into block n: golosd's block n has previous = id of n-1. */
  private static JsonNode block(long n) {
    ObjectNode b = (ObjectNode) Fixtures.response("get_block").get("result").deepCopy();
    b.put("previous", String.format("%08x", n - 1) + "2f371cfbc097e674871fbebea212f4a9");
    return b;
  }

  /** A sleeper that moves the clock by each pause and lets the head (only) grow by one block. */
  private Sleeper headGrowsIrreversibleStalls() {
    return d -> {
      pauses.add(d);
      now.set(now.get().plus(d));
      head.incrementAndGet();
    };
  }

  /** A sleeper that moves the clock by each pause and, as a real pause would, ends on an interrupt. */
  private Sleeper clockMoves() {
    return d -> {
      if (Thread.interrupted()) {
        throw new InterruptedException();
      }
      pauses.add(d);
      now.set(now.get().plus(d));
    };
  }

  /** A sleeper that lets the chain grow by one block per pause. */
  private Sleeper chainGrows() {
    return d -> {
      pauses.add(d);
      head.incrementAndGet();
      irreversible.incrementAndGet();
    };
  }

  private List<Long> take(BlockStream s, int n) throws Exception {
    List<Long> numbers = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      numbers.add(s.next().number());
    }
    return numbers;
  }

  @Test
  void followsTheIrreversibleBlockWithoutGapOrRepeat() throws Exception {
    BlockStream s = client.blockStream(clock).from(3).sleeper(chainGrows()).build();

    assertThat(take(s, 3)).containsExactly(3L, 4L, 5L);
    assertThat(pauses).isEmpty();
    assertThat(take(s, 2)).containsExactly(6L, 7L); // each waited one poll for the chain
    assertThat(pauses).containsExactly(Duration.ofSeconds(3), Duration.ofSeconds(3));
    assertThat(s.nextBlockNum()).isEqualTo(8);
  }

  @Test
  void followsTheHeadFromTheCurrentEndByDefault() throws Exception {
    BlockStream s = client.blockStream(clock).mode(BlockStream.Mode.HEAD).sleeper(chainGrows()).build();

    assertThat(take(s, 3)).containsExactly(10L, 11L, 12L);
  }

  @Test
  void theConsumerPullsNothingIsFetchedAhead() throws Exception {
    irreversible.set(1000);
    BlockStream s = client.blockStream(clock).from(3).sleeper(chainGrows()).build();

    take(s, 2);

    assertThat(node.requests()).hasSize(3); // one properties read, then one get_block per block taken
  }

  @Test
  void reconnectsAfterNodeErrorsWithGrowingBackoffAndDeliversTheSameBlock() throws Exception {
    BlockStream s = client.blockStream(clock).from(3).backoff(Duration.ofSeconds(1)).maxBackoff(Duration.ofSeconds(3))
        .sleeper(pauses::add).build();
    assertThat(s.next().number()).isEqualTo(3);
    blockFailures.set(3);

    assertThat(s.next().number()).isEqualTo(4);
    assertThat(pauses).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(3));
    assertThat(s.next().number()).isEqualTo(5);
  }

  @Test
  void givesUpAfterMaxConsecutiveFailuresAndResumesAtTheSameBlock() throws Exception {
    BlockStream s = client.blockStream(clock).from(3).maxConsecutiveFailures(2).sleeper(pauses::add).build();
    blockFailures.set(2);

    assertThatThrownBy(s::next).isInstanceOf(HttpStatusException.class);
    assertThat(pauses).containsExactly(Duration.ofSeconds(1));

    assertThat(s.next().number()).isEqualTo(3);
  }

  @Test
  void aBlockTheNodeReportsButDoesNotHaveYetIsAskedForAgain() throws Exception {
    head.set(4); // get_block answers null above the head, while the irreversible number says 5
    BlockStream s = client.blockStream(clock).from(4).sleeper(chainGrows()).build();

    assertThat(take(s, 2)).containsExactly(4L, 5L);
    assertThat(pauses).hasSize(1);
  }

  @Test
  void aNodeAnsweringWithAnotherBlockIsAFailureNotADelivery() throws Exception {
    node.result("database_api", "get_block", block(7).toString());
    BlockStream s = client.blockStream(clock).from(3).maxConsecutiveFailures(1).sleeper(pauses::add).build();

    assertThatThrownBy(s::next)
        .isInstanceOf(UnexpectedResponseException.class)
        .hasMessageContaining("asked for block 3, got block 7");
    assertThat(s.nextBlockNum()).isEqualTo(3);
  }

  @Test
  void aStalledIrreversibleBlockEndsNextAtTheDeadlineAndSaysWhy() throws Exception {
    BlockStream s = client.blockStream(clock).from(6).deadline(Duration.ofSeconds(10))
        .sleeper(headGrowsIrreversibleStalls()).build();

    assertThatThrownBy(s::next)
        .isInstanceOfSatisfying(BlockDeadlineException.class, e -> {
          assertThat(e.blockNum()).isEqualTo(6);
          assertThat(e.mode()).isEqualTo(BlockStream.Mode.IRREVERSIBLE);
          assertThat(e.headBlockNum()).isEqualTo(14);
          assertThat(e.lastIrreversibleBlockNum()).isEqualTo(5);
        })
        .hasMessage("no block 6 within 10000 ms (mode IRREVERSIBLE): head block 14, last irreversible block 5: "
            + "the irreversible block is not advancing (too few witnesses producing?); Mode.HEAD follows the head")
        .hasNoCause();
    assertThat(pauses).as("polls, the last one cut to the deadline").containsExactly(
        Duration.ofSeconds(3), Duration.ofSeconds(3), Duration.ofSeconds(3), Duration.ofSeconds(1));

    irreversible.set(6);
    assertThat(s.next().number()).as("the stream stays usable").isEqualTo(6);
  }

  @Test
  void headModeFollowsTheHeadWhileTheIrreversibleBlockStalls() throws Exception {
    BlockStream s = client.blockStream(clock).mode(BlockStream.Mode.HEAD).from(10).deadline(Duration.ofSeconds(10))
        .sleeper(headGrowsIrreversibleStalls()).build();

    assertThat(take(s, 4)).containsExactly(10L, 11L, 12L, 13L);
  }

  @Test
  void aNodeFailingUntilTheDeadlineIsTheCause() throws Exception {
    blockFailures.set(1000);
    BlockStream s = client.blockStream(clock).from(3).deadline(Duration.ofSeconds(10))
        .sleeper(clockMoves()).build();

    assertThatThrownBy(s::next)
        .isInstanceOf(BlockDeadlineException.class)
        .hasMessageStartingWith("no block 3 within 10000 ms (mode IRREVERSIBLE): the node kept failing, last: "
            + node.uri() + ": HTTP 502")
        .hasCauseInstanceOf(HttpStatusException.class);
    assertThat(pauses).containsExactly(
        Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(3));
  }

  @Test
  void aChainThatStopsIsNamedToo() throws Exception {
    BlockStream s = client.blockStream(clock).mode(BlockStream.Mode.HEAD).from(11).deadline(Duration.ofSeconds(5))
        .sleeper(clockMoves()).build();

    assertThatThrownBy(s::next).isInstanceOf(BlockDeadlineException.class)
        .hasMessage("no block 11 within 5000 ms (mode HEAD): head block 10, last irreversible block 5: "
            + "the chain did not reach it");
  }

  /** The node holds get_block until the test ends; the client would wait 60 s for it. */
  private GolosClient clientOfAHangingNode(CountDownLatch arrived, CountDownLatch release) {
    node.on("database_api", "get_block", id -> {
      arrived.countDown();
      release.await(60, TimeUnit.SECONDS);
      return FakeGolosd.Reply.ok("{\"jsonrpc\":\"2.0\",\"result\":null,\"id\":" + id + "}");
    });
    return GolosClient.builder(List.of(node.uri())).timeout(Duration.ofSeconds(60)).maxRetries(0).build();
  }

  /** Runs next() on another thread, cuts it off once its get_block reached the node, returns what it threw. */
  private IOException cutOff(BlockStream s, CountDownLatch arrived, java.util.function.Consumer<Thread> cut,
      AtomicBoolean interruptFlag) throws Exception {
    AtomicReference<IOException> thrown = new AtomicReference<>();
    Thread consumer = new Thread(() -> {
      try {
        s.next();
      } catch (IOException e) {
        thrown.set(e);
      }
      interruptFlag.set(Thread.currentThread().isInterrupted());
    });
    consumer.start();
    assertThat(arrived.await(30, TimeUnit.SECONDS)).isTrue();
    cut.accept(consumer);
    consumer.join(10_000);
    assertThat(consumer.isAlive()).as("next() still runs 10 s after being cut off").isFalse();
    return thrown.get();
  }

  @Test
  void anInterruptStopsABlockReadInFlightAtOnceAndSaysSo() throws Exception {
    CountDownLatch arrived = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    AtomicBoolean flag = new AtomicBoolean();
    try (GolosClient hanging = clientOfAHangingNode(arrived, release)) {
      BlockStream s = hanging.blockStream(clock).from(3).sleeper(clockMoves()).build();

      IOException e = cutOff(s, arrived, Thread::interrupt, flag);

      assertThat(e).isExactlyInstanceOf(InterruptedIOException.class)
          .hasMessage(node.uri() + ": interrupted during the call");
      assertThat(flag).as("interrupt flag restored").isTrue();
      assertThat(pauses).as("no wait to retry").isEmpty();
      assertThat(s.nextBlockNum()).isEqualTo(3);
    } finally {
      release.countDown();
    }
  }

  @Test
  void closingTheClientEndsNextWithTheCheckedClientClosedException() throws Exception {
    CountDownLatch arrived = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    AtomicBoolean flag = new AtomicBoolean();
    GolosClient hanging = clientOfAHangingNode(arrived, release);
    try {
      BlockStream s = hanging.blockStream(clock).from(3).sleeper(clockMoves()).build();

      IOException e = cutOff(s, arrived, t -> hanging.close(), flag);

      assertThat(e).isExactlyInstanceOf(ClientClosedException.class)
          .hasMessage("client closed during database_api.get_block");
      assertThat(pauses).as("not retried").isEmpty();
    } finally {
      release.countDown();
    }
  }

  @Test
  void settingsAreValidated() {
    assertThatThrownBy(() -> client.blockStream(clock).deadline(Duration.ofSeconds(-1)))
        .hasMessage("deadline must be positive: PT-1S");
    assertThatThrownBy(() -> client.blockStream(clock).from(0)).hasMessage("from not in 1..2^32-1: 0");
    assertThatThrownBy(() -> client.blockStream(clock).pollInterval(Duration.ZERO))
        .hasMessage("pollInterval must be positive: PT0S");
    assertThatThrownBy(() -> client.blockStream(clock).backoff(Duration.ofSeconds(5)).maxBackoff(Duration.ofSeconds(1))
        .build()).hasMessage("maxBackoff PT1S < backoff PT5S");
  }
}
