package io.github.goloswitness.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
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
    BlockStream s = client.blockStream().from(3).sleeper(chainGrows()).build();

    assertThat(take(s, 3)).containsExactly(3L, 4L, 5L);
    assertThat(pauses).isEmpty();
    assertThat(take(s, 2)).containsExactly(6L, 7L); // each waited one poll for the chain
    assertThat(pauses).containsExactly(Duration.ofSeconds(3), Duration.ofSeconds(3));
    assertThat(s.nextBlockNum()).isEqualTo(8);
  }

  @Test
  void followsTheHeadFromTheCurrentEndByDefault() throws Exception {
    BlockStream s = client.blockStream().mode(BlockStream.Mode.HEAD).sleeper(chainGrows()).build();

    assertThat(take(s, 3)).containsExactly(10L, 11L, 12L);
  }

  @Test
  void theConsumerPullsNothingIsFetchedAhead() throws Exception {
    irreversible.set(1000);
    BlockStream s = client.blockStream().from(3).sleeper(chainGrows()).build();

    take(s, 2);

    assertThat(node.requests()).hasSize(3); // one properties read, then one get_block per block taken
  }

  @Test
  void reconnectsAfterNodeErrorsWithGrowingBackoffAndDeliversTheSameBlock() throws Exception {
    BlockStream s = client.blockStream().from(3).backoff(Duration.ofSeconds(1)).maxBackoff(Duration.ofSeconds(3))
        .sleeper(pauses::add).build();
    assertThat(s.next().number()).isEqualTo(3);
    blockFailures.set(3);

    assertThat(s.next().number()).isEqualTo(4);
    assertThat(pauses).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(3));
    assertThat(s.next().number()).isEqualTo(5);
  }

  @Test
  void givesUpAfterMaxConsecutiveFailuresAndResumesAtTheSameBlock() throws Exception {
    BlockStream s = client.blockStream().from(3).maxConsecutiveFailures(2).sleeper(pauses::add).build();
    blockFailures.set(2);

    assertThatThrownBy(s::next).isInstanceOf(HttpStatusException.class);
    assertThat(pauses).containsExactly(Duration.ofSeconds(1));

    assertThat(s.next().number()).isEqualTo(3);
  }

  @Test
  void aBlockTheNodeReportsButDoesNotHaveYetIsAskedForAgain() throws Exception {
    head.set(4); // get_block answers null above the head, while the irreversible number says 5
    BlockStream s = client.blockStream().from(4).sleeper(chainGrows()).build();

    assertThat(take(s, 2)).containsExactly(4L, 5L);
    assertThat(pauses).hasSize(1);
  }

  @Test
  void aNodeAnsweringWithAnotherBlockIsAFailureNotADelivery() throws Exception {
    node.result("database_api", "get_block", block(7).toString());
    BlockStream s = client.blockStream().from(3).maxConsecutiveFailures(1).sleeper(pauses::add).build();

    assertThatThrownBy(s::next)
        .isInstanceOf(UnexpectedResponseException.class)
        .hasMessageContaining("asked for block 3, got block 7");
    assertThat(s.nextBlockNum()).isEqualTo(3);
  }

  @Test
  void settingsAreValidated() {
    assertThatThrownBy(() -> client.blockStream().from(0)).hasMessage("from not in 1..2^32-1: 0");
    assertThatThrownBy(() -> client.blockStream().pollInterval(Duration.ZERO))
        .hasMessage("pollInterval must be positive: PT0S");
    assertThatThrownBy(() -> client.blockStream().backoff(Duration.ofSeconds(5)).maxBackoff(Duration.ofSeconds(1))
        .build()).hasMessage("maxBackoff PT1S < backoff PT5S");
  }
}
