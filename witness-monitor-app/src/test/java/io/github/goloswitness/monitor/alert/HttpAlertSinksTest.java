package io.github.goloswitness.monitor.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.goloswitness.monitor.config.Secret;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HttpAlertSinksTest {
  private static final String TOKEN = "123456789:AAHsecretTOKENvalue_xyz";
  private static final Alert ALERT = new Alert("switched", "GLS7abc", "lex", "wss://b.example:8091",
      "took over block production", Instant.parse("2026-11-26T05:00:00Z"));
  private static final Duration TIMEOUT = Duration.ofSeconds(5);

  private final FakeHttpServer server;
  private final HttpClient client = HttpPost.client(TIMEOUT);

  HttpAlertSinksTest() throws IOException {
    server = new FakeHttpServer();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void webhookPostsTheAlertAsJson() throws Exception {
    new WebhookAlertSink(server.uri("/hooks/abc"), client, TIMEOUT).send(ALERT);
    FakeHttpServer.Request request = server.nextRequest();
    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.path()).isEqualTo("/hooks/abc");
    assertThat(request.contentType()).startsWith("application/json");
    JsonNode json = new ObjectMapper().readTree(request.body());
    assertThat(json.get("event").asText()).isEqualTo("switched");
    assertThat(json.get("witness").asText()).isEqualTo("lex");
    assertThat(json.get("node").asText()).isEqualTo("wss://b.example:8091");
    assertThat(json.get("message").asText()).isEqualTo("took over block production");
    assertThat(json.get("time").asText()).isEqualTo("2026-11-26T05:00:00Z");
    assertThat(json.size()).isEqualTo(5);
  }

  @Test
  void webhookErrorNamesTheHostNotThePath() {
    server.reply(500, "oops");
    WebhookAlertSink sink = new WebhookAlertSink(server.uri("/secret-path-123"), client, TIMEOUT);
    assertThatThrownBy(() -> sink.send(ALERT))
        .isInstanceOf(IOException.class)
        .hasMessage("webhook 127.0.0.1:" + server.uri("/").getPort() + ": HTTP 500");
  }

  @Test
  void webhookTimesOut() {
    CountDownLatch release = server.holdReplies();
    try {
      WebhookAlertSink sink = new WebhookAlertSink(server.uri("/secret-path-123"), client, Duration.ofMillis(300));
      assertThatThrownBy(() -> sink.send(ALERT))
          .isInstanceOf(IOException.class)
          .hasMessageContaining("HttpTimeoutException")
          .satisfies(e -> assertThat(e.getMessage()).doesNotContain("secret-path-123"));
    } finally {
      release.countDown();
    }
  }

  @Test
  void telegramSendsTheTextToTheChat() throws Exception {
    new TelegramAlertSink(server.uri("/"), "-100200", Secret.of(TOKEN), client, TIMEOUT).send(ALERT);
    FakeHttpServer.Request request = server.nextRequest();
    assertThat(request.path()).isEqualTo("/bot" + TOKEN + "/sendMessage");
    JsonNode json = new ObjectMapper().readTree(request.body());
    assertThat(json.get("chat_id").asText()).isEqualTo("-100200");
    assertThat(json.get("text").asText()).isEqualTo("[switched] lex @ wss://b.example:8091: took over block production");
  }

  @Test
  void telegramErrorsNeverShowTheToken() {
    server.reply(401, "{\"ok\":false,\"error_code\":401,\"description\":\"Unauthorized: bot" + TOKEN + " unknown\"}");
    TelegramAlertSink sink = new TelegramAlertSink(server.uri(""), "1", Secret.of(TOKEN), client, TIMEOUT);
    assertThatThrownBy(() -> sink.send(ALERT))
        .isInstanceOf(IOException.class)
        .hasMessageStartingWith("telegram sendMessage failed: HTTP 401 (Unauthorized: bot[redacted] unknown)")
        .hasNoCause()
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(TOKEN));
    assertThat(sink.toString()).doesNotContain(TOKEN);
    assertThat(sink.name()).doesNotContain(TOKEN);
  }

  @Test
  void aMalformedTokenIsRefusedWithoutShowingIt() {
    String bad = "12345:abc def/../x";
    assertThatThrownBy(() -> new TelegramAlertSink(server.uri(""), "1", Secret.of(bad), client, TIMEOUT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("value not shown")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("abc def"));
  }

  @Test
  void telegramConnectionFailureNeverShowsTheToken() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    TelegramAlertSink sink = new TelegramAlertSink(URI.create("http://127.0.0.1:" + closedPort), "1",
        Secret.of(TOKEN), client, TIMEOUT);
    assertThatThrownBy(() -> sink.send(ALERT))
        .isInstanceOf(IOException.class)
        .hasMessageStartingWith("telegram sendMessage failed: ConnectException")
        .hasNoCause()
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(TOKEN));
  }
}
