package io.github.goloswitness.monitor.config;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.goloswitness.monitor.config.ConfigFields.Problem;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads the {@code alerts} mapping and env {@code TELEGRAM_BOT_TOKEN} into {@link AlertSettings}. */
final class AlertConfig {
  static final String ENV_TELEGRAM_TOKEN = "TELEGRAM_BOT_TOKEN";

  private AlertConfig() {}

  static AlertSettings read(JsonNode value, Map<String, String> env, List<String> warnings) {
    String envToken = ActiveKeyConfig.nonBlank(env.get(ENV_TELEGRAM_TOKEN));
    if (value == null) {
      if (envToken != null) {
        warnings.add("environment " + ENV_TELEGRAM_TOKEN + " is set but alerts.telegram is not configured: no Telegram alerts");
      }
      return AlertSettings.none();
    }
    ConfigFields alerts = new ConfigFields("alerts", value, Set.of("webhook", "telegram"));
    Optional<URI> webhook = Optional.empty();
    if (alerts.get("webhook") != null) {
      ConfigFields w = new ConfigFields("alerts.webhook", alerts.get("webhook"), Set.of("url"));
      if (w.get("url") == null) {
        throw new Problem("alerts.webhook.url", "missing (the URL receiving alert POSTs)");
      }
      webhook = Optional.of(ConfigFields.url("alerts.webhook.url", w.get("url"), Set.of("http", "https")));
    }
    Optional<AlertSettings.Telegram> telegram = Optional.empty();
    if (alerts.get("telegram") != null) {
      ConfigFields t = new ConfigFields("alerts.telegram", alerts.get("telegram"), Set.of("chat_id", "token_file"));
      if (t.get("chat_id") == null) {
        throw new Problem("alerts.telegram.chat_id", "missing (the chat to send alerts to)");
      }
      String chatId = ConfigFields.text("alerts.telegram.chat_id", t.get("chat_id"));
      JsonNode tokenFile = t.get("token_file");
      if (tokenFile != null && envToken != null) {
        throw new Problem("alerts.telegram.token_file", "set together with environment " + ENV_TELEGRAM_TOKEN + ": use one of them");
      }
      if (tokenFile == null && envToken == null) {
        throw new Problem("alerts.telegram", "needs token_file or environment " + ENV_TELEGRAM_TOKEN);
      }
      telegram = Optional.of(new AlertSettings.Telegram(chatId,
          Optional.ofNullable(tokenFile).map(n -> ConfigFields.path("alerts.telegram.token_file", n)),
          Optional.ofNullable(envToken).map(Secret::of)));
    } else if (envToken != null) {
      warnings.add("environment " + ENV_TELEGRAM_TOKEN + " is set but alerts.telegram is not configured: no Telegram alerts");
    }
    return new AlertSettings(webhook, telegram);
  }
}
