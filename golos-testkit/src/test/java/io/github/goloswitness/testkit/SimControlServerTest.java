package io.github.goloswitness.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The optional HTTP control endpoint maps each action to the Java control API. */
class SimControlServerTest {

  private final SimNetwork net = SimNetworks.start(SimConfig.defaults());
  private final HttpClient http = HttpClient.newHttpClient();

  @AfterEach
  void close() {
    net.close();
  }

  @Test
  void actionsDriveTheNetwork() throws Exception {
    URI control = net.startControlServer();

    assertThat(send(control.resolve("crash?node=0"), "POST")).isEqualTo("200 {\"ok\":true}");
    assertThat(net.isUp(0)).isFalse();
    assertThat(send(control.resolve("advance?slots=2"), "POST")).startsWith("200");
    assertThat(net.totalMissed()).isEqualTo(1);
    assertThat(send(control.resolve("restart?node=0"), "POST")).startsWith("200");
    assertThat(net.isUp(0)).isTrue();
    assertThat(send(control.resolve("state"), "GET"))
        .contains("\"head_block_number\":22", "\"total_missed\":1", "\"signing_node\":0");
  }

  @Test
  void brokenRepliesAndPartitionsAreControllable() throws Exception {
    URI control = net.startControlServer();

    assertThat(send(control.resolve("fail?node=1&fault=WRONG_ID"), "POST")).startsWith("200");
    assertThat(send(control.resolve("partition?client=m2&nodes=0,1"), "POST")).startsWith("200");
    assertThat(send(control.resolve("fail?node=1&fault=NONE"), "POST")).startsWith("200");
    assertThat(send(control.resolve("partition?client=m2&nodes="), "POST")).startsWith("200");
    assertThat(send(control.resolve("fail?node=1&fault=TEAPOT"), "POST")).startsWith("400").contains("TEAPOT");
    assertThat(net.events()).filteredOn(e -> e instanceof SimEvent.FaultChanged).map(Object::toString)
        .containsExactly("2026-11-26T00:01:03Z node 1: replies broken: WRONG_ID",
            "2026-11-26T00:01:03Z network: m2 cut off from nodes [0, 1]",
            "2026-11-26T00:01:03Z node 1: replies normal",
            "2026-11-26T00:01:03Z network: m2 reaches every node");
  }

  @Test
  void badRequestsSayWhatIsWrong() throws Exception {
    URI control = net.startControlServer();

    assertThat(send(control.resolve("lag?node=0"), "POST")).isEqualTo("400 {\"error\":\"missing query parameter blocks\"}");
    assertThat(send(control.resolve("crash?node=9"), "POST")).isEqualTo("400 {\"error\":\"node not in 0..1: 9\"}");
    assertThat(send(control.resolve("explode"), "POST")).isEqualTo("400 {\"error\":\"unknown action: explode\"}");
    assertThat(send(control.resolve("crash?node=0"), "GET")).startsWith("400");
    assertThat(net.isUp(0)).isTrue();
  }

  private String send(URI uri, String method) throws IOException, InterruptedException {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri).method(method, HttpRequest.BodyPublishers.noBody())
        .build(), HttpResponse.BodyHandlers.ofString());
    return r.statusCode() + " " + r.body();
  }
}
