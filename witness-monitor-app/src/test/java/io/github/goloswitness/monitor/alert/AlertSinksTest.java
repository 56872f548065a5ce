package io.github.goloswitness.monitor.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.goloswitness.monitor.TestKeys;
import io.github.goloswitness.monitor.config.ActiveKeySource;
import io.github.goloswitness.monitor.config.AlertSettings;
import io.github.goloswitness.monitor.config.KeyFiles;
import io.github.goloswitness.monitor.config.Secret;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AlertSinksTest {
  @TempDir Path dir;

  @Test
  void noReceiversNoSinks() throws Exception {
    assertThat(AlertSinks.create(AlertSettings.none())).isEmpty();
  }

  @Test
  void buildsWebhookAndTelegramFromATokenFile() throws Exception {
    Path token = dir.resolve("telegram.token");
    Files.writeString(token, "42:abcdef\n");
    Files.setPosixFilePermissions(token, PosixFilePermissions.fromString("rw-------"));
    AlertSettings settings = new AlertSettings(Optional.of(URI.create("https://hooks.example:8443/x")),
        Optional.of(new AlertSettings.Telegram("-100", Optional.of(token), Optional.empty())));
    assertThat(AlertSinks.create(settings)).extracting(AlertSink::name)
        .containsExactly("webhook hooks.example:8443", "telegram chat -100");
  }

  @Test
  void anUnsafeTokenFileIsRefused() throws Exception {
    Path token = dir.resolve("telegram.token");
    Files.writeString(token, "42:abcdef\n");
    Files.setPosixFilePermissions(token, PosixFilePermissions.fromString("rw-r--r--"));
    AlertSettings settings = new AlertSettings(Optional.empty(),
        Optional.of(new AlertSettings.Telegram("-100", Optional.of(token), Optional.empty())));
    assertThatThrownBy(() -> AlertSinks.create(settings)).hasMessageContaining("chmod 600 " + token);
  }

  @Test
  void activeKeysComeFromTheFileOrInline() throws Exception {
    Path key = dir.resolve("active.key");
    Files.writeString(key, TestKeys.WIF + "\n");
    Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-------"));
    assertThat(KeyFiles.activeKeys(new ActiveKeySource.FromFile(key))).extracting(Secret::reveal).containsExactly(TestKeys.WIF);
    assertThat(KeyFiles.activeKeys(new ActiveKeySource.Inline("WITNESS_ACTIVE_KEY", java.util.List.of(Secret.of(TestKeys.WIF_2)))))
        .extracting(Secret::reveal).containsExactly(TestKeys.WIF_2);
    assertThat(KeyFiles.activeKeys(new ActiveKeySource.None())).isEmpty();
  }
}
