package io.github.goloswitness.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class BuilderTest {

  @Test
  void rejectsWhatIsNotANodeUrl() {
    assertThatThrownBy(() -> GolosClient.builder(URI.create("ftp://node.example/")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ftp://node.example/");
    assertThatThrownBy(() -> GolosClient.builder(List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("nodes is empty");
    URI u = URI.create("https://node.example/");
    assertThatThrownBy(() -> GolosClient.builder(u, u))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("duplicates");
  }

  @Test
  void rejectsBadSettingsNamingThem() {
    GolosClient.Builder b = GolosClient.builder(URI.create("wss://node.example/ws"));
    assertThatThrownBy(() -> b.timeout(Duration.ZERO)).hasMessageContaining("timeout");
    assertThatThrownBy(() -> b.maxRetries(-1)).hasMessageContaining("maxRetries");
    assertThatThrownBy(() -> b.maxResponseBytes(10)).hasMessageContaining("maxResponseBytes");
  }

  @Test
  void keepsTheOrderOfNodesAndViewsOneNode() {
    URI a = URI.create("https://a.example/");
    URI w = URI.create("wss://b.example/ws");
    try (GolosClient client = GolosClient.builder(a, w).build()) {
      assertThat(client.nodes()).containsExactly(a, w);
      assertThat(client.only(w).nodes()).containsExactly(w);
      assertThatThrownBy(() -> client.only(URI.create("https://c.example/")))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }
}
