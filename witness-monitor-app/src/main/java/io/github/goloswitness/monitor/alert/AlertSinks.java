package io.github.goloswitness.monitor.alert;

import io.github.goloswitness.monitor.config.AlertSettings;
import io.github.goloswitness.monitor.config.KeyFiles;
import io.github.goloswitness.monitor.config.Secret;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Builds the configured {@link AlertSink}s. */
public final class AlertSinks {
  private AlertSinks() {}

  /**
   * One sink per configured receiver (webhook first, then Telegram), with default timeouts;
   * reads the Telegram token file if one is configured.
   *
   * @throws IOException if the token file is unreadable or unsafe (see {@link KeyFiles#readToken})
   */
  public static List<AlertSink> create(AlertSettings settings) throws IOException {
    List<AlertSink> sinks = new ArrayList<>();
    settings.webhook().ifPresent(url -> sinks.add(WebhookAlertSink.create(url)));
    if (settings.telegram().isPresent()) {
      AlertSettings.Telegram telegram = settings.telegram().get();
      Secret token = telegram.token().isPresent() ? telegram.token().get() : KeyFiles.readToken(telegram.tokenFile().orElseThrow());
      sinks.add(TelegramAlertSink.create(telegram.chatId(), token));
    }
    return List.copyOf(sinks);
  }
}
