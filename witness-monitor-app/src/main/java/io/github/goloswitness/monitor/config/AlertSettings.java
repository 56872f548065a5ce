package io.github.goloswitness.monitor.config;

import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Where alerts go (config key {@code alerts}). Both receivers are optional; with neither, alerts
 * are only logged.
 *
 * @param webhook URL receiving a JSON POST per alert ({@code alerts.webhook.url})
 * @param telegram a Telegram chat ({@code alerts.telegram})
 */
public record AlertSettings(Optional<URI> webhook, Optional<Telegram> telegram) {

  public AlertSettings {
    Objects.requireNonNull(webhook, "webhook");
    Objects.requireNonNull(telegram, "telegram");
  }

  /** No receivers. */
  public static AlertSettings none() {
    return new AlertSettings(Optional.empty(), Optional.empty());
  }

  /**
   * A Telegram chat. Exactly one of {@code tokenFile} ({@code token_file}, read with {@link
   * KeyFiles#readToken}) and {@code token} (env {@code TELEGRAM_BOT_TOKEN}) is present.
   */
  public record Telegram(String chatId, Optional<Path> tokenFile, Optional<Secret> token) {
    public Telegram {
      Objects.requireNonNull(chatId, "chatId");
      if (tokenFile.isPresent() == token.isPresent()) {
        throw new IllegalArgumentException("alerts.telegram: exactly one of token_file and TELEGRAM_BOT_TOKEN is needed");
      }
    }
  }
}
