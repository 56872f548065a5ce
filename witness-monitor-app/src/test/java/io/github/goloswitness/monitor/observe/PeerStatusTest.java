package io.github.goloswitness.monitor.observe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PeerStatusTest {

  private static final Instant AT = Instant.parse("2026-01-01T00:00:00Z");
  private static final String KEY = "GLS7ktMXsDaqSvZ1zfZQ8aqpkrRumvBjVp1e4Nv1BfVKhWxDdxkNV";

  @Test
  void roundTripsThroughItsJson() {
    PeerStatus s = new PeerStatus("witness", KEY, 1, 1234, 2, true, true, false, List.of("GLS_A"), AT, 0, true)
        .servedAt(AT.plusMillis(4900));
    assertThat(s.toJson()).isEqualTo("{\"witness\":\"witness\",\"signingKey\":\"" + KEY + "\",\"priority\":1,"
        + "\"headBlock\":1234,\"headAgeSeconds\":2,\"synced\":true,\"nodeUp\":true,\"producing\":false,"
        + "\"peersDown\":[\"GLS_A\"],\"observedAt\":\"2026-01-01T00:00:00Z\",\"ageSeconds\":4,\"signingKeyVerified\":true}");
    assertThat(PeerStatus.parse(s.toJson())).isEqualTo(s);
  }

  @Test
  void badRepliesNameWhatIsWrong() {
    String ok = new PeerStatus("w", KEY, 0, 1, 0, true, true, true, List.of(), AT, 0, false).toJson();
    assertThatThrownBy(() -> PeerStatus.parse("<html>502 Bad Gateway</html>")).hasMessageStartingWith("not JSON");
    assertThatThrownBy(() -> PeerStatus.parse("[]")).hasMessage("not a JSON object");
    assertThatThrownBy(() -> PeerStatus.parse(ok.replace("\"nodeUp\":true", "\"nodeUp\":\"yes\"")))
        .hasMessage("nodeUp: not a boolean");
    assertThatThrownBy(() -> PeerStatus.parse(ok.replace("\"headBlock\":1,", ""))).hasMessage("headBlock: missing");
    assertThatThrownBy(() -> PeerStatus.parse(ok.replace("\"priority\":0", "\"priority\":-1")))
        .hasMessage("priority: out of range -1");
    assertThatThrownBy(() -> PeerStatus.parse(ok.replace("\"peersDown\":[]", "\"peersDown\":[1]")))
        .hasMessage("peersDown: not a list of keys");
    assertThatThrownBy(() -> PeerStatus.parse(ok.replace(",\"ageSeconds\":0", ""))).hasMessage("ageSeconds: missing");
    assertThatThrownBy(() -> PeerStatus.parse(ok.replace("2026-01-01T00:00:00Z", "yesterday")))
        .hasMessage("observedAt: not an ISO-8601 instant");
  }
}
