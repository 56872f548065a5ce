package io.github.goloswitness.monitor.alert;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.goloswitness.monitor.config.Secret;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Sends each alert's {@link Alert#text()} to a Telegram chat via the Bot API's {@code sendMessage}
 * ({@code POST <base>/bot<token>/sendMessage}). The token is part of the URL, so no exception
 * message from this class ever contains the URL or the token. Thread-safe.
 */
public final class TelegramAlertSink implements AlertSink {
  /** The public Bot API. */
  public static final URI TELEGRAM_API = URI.create("https://api.telegram.org");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern TOKEN_SHAPE = Pattern.compile("[A-Za-z0-9:_-]+");

  private final URI endpoint;
  private final String chatId;
  private final Secret token;
  private final HttpClient client;
  private final Duration timeout;

  /** A sink for the public Bot API with the default 5 s timeout. */
  public static TelegramAlertSink create(String chatId, Secret token) {
    return new TelegramAlertSink(TELEGRAM_API, chatId, token, HttpPost.client(HttpPost.DEFAULT_TIMEOUT), HttpPost.DEFAULT_TIMEOUT);
  }

  /**
   * A sink for the Bot API at {@code baseUrl} (injectable so tests talk to a loopback fake).
   *
   * @throws IllegalArgumentException if {@code chatId} is blank or {@code token} has characters a
   *     bot token never has (the message does not show it)
   */
  public TelegramAlertSink(URI baseUrl, String chatId, Secret token, HttpClient client, Duration timeout) {
    Objects.requireNonNull(baseUrl, "baseUrl");
    if (chatId == null || chatId.isBlank()) {
      throw new IllegalArgumentException("chatId is blank");
    }
    this.chatId = chatId;
    this.token = Objects.requireNonNull(token, "token");
    if (!TOKEN_SHAPE.matcher(token.reveal()).matches()) {
      // Checked before building the URL: URI.create would quote the token in its message.
      throw new IllegalArgumentException("telegram bot token has characters a bot token never has (value not shown)");
    }
    String base = baseUrl.toString().replaceAll("/+$", "");
    this.endpoint = URI.create(base + "/bot" + token.reveal() + "/sendMessage");
    this.client = Objects.requireNonNull(client, "client");
    this.timeout = Objects.requireNonNull(timeout, "timeout");
  }

  @Override
  public String name() {
    return "telegram chat " + chatId;
  }

  @Override
  public void send(Alert alert) throws IOException {
    ObjectNode body = JSON.createObjectNode();
    body.put("chat_id", chatId);
    body.put("text", alert.text());
    body.put("disable_web_page_preview", true);
    HttpResponse<String> response;
    try {
      response = HttpPost.send(client, endpoint, JSON.writeValueAsString(body), timeout);
    } catch (IOException e) {
      // A new exception without the cause: the cause's message or stack could carry the URL.
      throw new IOException("telegram sendMessage failed: " + e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : " (" + scrub(e.getMessage()) + ")"));
    }
    if (!HttpPost.ok(response)) {
      throw new IOException("telegram sendMessage failed: HTTP " + response.statusCode() + description(response.body()));
    }
  }

  private String description(String responseBody) {
    try {
      JsonNode reply = JSON.readTree(responseBody);
      String text = reply == null ? "" : reply.path("description").asText("");
      return text.isEmpty() ? "" : " (" + scrub(text) + ")";
    } catch (IOException e) {
      return "";
    }
  }

  private String scrub(String text) {
    return token.scrub(text.replace(endpoint.toString(), "<telegram-api>"));
  }

  @Override
  public String toString() {
    return "TelegramAlertSink[chat " + chatId + "]";
  }
}
