package io.github.goloswitness.monitor.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HttpJsonSourceTest {
  private static final Instant NOW = Instant.parse("2026-11-29T03:00:00Z");
  private static final Pair GOLOS_USD = Pair.parse("GOLOS/USD");
  private final FakePriceServer server;
  private final PriceHttp http = new PriceHttp(Duration.ofSeconds(5));

  HttpJsonSourceTest() throws IOException {
    server = new FakePriceServer();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private HttpJsonSource source(String pathAndQuery, String pointer, boolean invert, PriceHttp client) {
    return new HttpJsonSource("test", server.uri(pathAndQuery), pointer, GOLOS_USD, invert, true, client);
  }

  @Test
  void readsANumberOrANumericStringAtThePointer() throws Exception {
    server.json("/ticker", "{\"result\":{\"GOLOSUSD\":{\"c\":[\"0.00512\",\"1.0\"]}},\"error\":[]}");
    assertThat(source("/ticker", "/result/GOLOSUSD/c/0", false, http).fetch(NOW)).isEqualTo(0.00512);
    server.json("/simple", "{\"golos\":{\"usd\":0.0049}}");
    assertThat(source("/simple", "/golos/usd", false, http).fetch(NOW)).isEqualTo(0.0049);
  }

  @Test
  void pointerEscapesFollowRfc6901() throws Exception {
    // "~1" is "/" and "~0" is "~" inside a reference token
    server.json("/odd", "{\"GOLOS/USD\":{\"a~b\":0.0051}}");
    assertThat(source("/odd", "/GOLOS~1USD/a~0b", false, http).fetch(NOW)).isEqualTo(0.0051);
    server.json("/root", "0.0052");
    assertThat(source("/root", "", false, http).fetch(NOW)).isEqualTo(0.0052);
  }

  @Test
  void invertTakesTheOtherSide() throws Exception {
    server.json("/golos-per-usd", "{\"rate\":200}");
    assertThat(source("/golos-per-usd", "/rate", true, http).fetch(NOW)).isEqualTo(0.005);
  }

  @Test
  void badPointersAreRefusedAtConfiguration() {
    assertThatThrownBy(() -> HttpJsonSource.compile("result/c")).hasMessageContaining("must be empty or start with /");
    assertThatThrownBy(() -> HttpJsonSource.compile("/a~2b")).hasMessageContaining("~ must be followed by 0 or 1");
    assertThatThrownBy(() -> HttpJsonSource.compile("/a~")).hasMessageContaining("~ must be followed by 0 or 1");
  }

  @Test
  void replyProblemsAreNamed() {
    server.json("/x", "{\"price\":{\"last\":null},\"text\":\"n/a\",\"list\":[]}");
    assertThatThrownBy(() -> source("/x", "/price/bid", false, http).fetch(NOW))
        .isInstanceOf(IOException.class).hasMessage("reply has nothing at /price/bid");
    assertThatThrownBy(() -> source("/x", "/price/last", false, http).fetch(NOW))
        .isInstanceOf(IOException.class).hasMessage("value at /price/last is not a number but null");
    assertThatThrownBy(() -> source("/x", "/text", false, http).fetch(NOW))
        .isInstanceOf(IOException.class).hasMessage("value at /text is not a number: \"n/a\"");
    assertThatThrownBy(() -> source("/x", "/list", false, http).fetch(NOW))
        .isInstanceOf(IOException.class).hasMessage("value at /list is not a number but array");
    server.json("/html", "<html>502 Bad Gateway</html>");
    assertThatThrownBy(() -> source("/html", "/p", false, http).fetch(NOW))
        .isInstanceOf(IOException.class).hasMessageStartingWith("reply is not JSON");
  }

  @Test
  void httpErrorsNameTheHostButNeverThePathOrQuery() {
    server.reply("/v1/price", 503, "busy".getBytes(), "text/plain");
    assertThatThrownBy(() -> source("/v1/price?apikey=SECRET123", "/p", false, http).fetch(NOW))
        .isInstanceOf(IOException.class).hasMessage("127.0.0.1: HTTP 503")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("SECRET123").doesNotContain("/v1/price"));
  }

  @Test
  void aRefusedConnectionIsAnIOException() {
    URI closed = URI.create("http://127.0.0.1:1/price");
    HttpJsonSource source = new HttpJsonSource("dead", closed, "/p", GOLOS_USD, false, true, http);
    assertThatThrownBy(() -> source.fetch(NOW)).isInstanceOf(IOException.class).hasMessageStartingWith("127.0.0.1: ");
  }

  @Test
  void aSlowReplyTimesOut() {
    server.json("/slow", "{\"p\":1}");
    CountDownLatch release = server.holdReplies();
    try {
      HttpJsonSource slow = source("/slow", "/p", false, new PriceHttp(Duration.ofMillis(200)));
      assertThatThrownBy(() -> slow.fetch(NOW)).isInstanceOf(IOException.class).hasMessage("127.0.0.1: no reply within 200 ms");
    } finally {
      release.countDown();
    }
  }

  @Test
  void anOversizedReplyIsRefused() {
    server.reply("/big", 200, new byte[PriceHttp.MAX_REPLY_BYTES + 10], "application/json");
    assertThatThrownBy(() -> source("/big", "/p", false, http).fetch(NOW))
        .isInstanceOf(IOException.class).hasMessage("127.0.0.1: reply larger than 1048576 bytes");
  }
}
