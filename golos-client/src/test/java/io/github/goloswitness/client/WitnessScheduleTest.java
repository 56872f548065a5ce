package io.github.goloswitness.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.goloswitness.crypto.ChainProperties30;
import java.math.BigInteger;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** get_witness_schedule in both forms golosd has sent. */
class WitnessScheduleTest {

  /**
   * "alpha-wit", "bravo-wit" and two empty slots as fc::array of fixed_string: 16 bytes each, the
   * name's bytes zero-padded, as chain-node 0.30 sends it (recorded/witness_api.get_witness_schedule.json).
   */
  private static final String HEX_FORM = "616c7068612d776974" + "00".repeat(7)
      + "627261766f2d776974" + "00".repeat(7)
      + "0".repeat(64);

  private FakeGolosd node;
  private GolosClient client;

  @BeforeEach
  void setUp() throws Exception {
    node = FakeGolosd.start();
    client = GolosClient.builder(List.of(node.uri())).timeout(Duration.ofSeconds(5)).maxRetries(0).build();
  }

  @AfterEach
  void tearDown() {
    client.close();
    node.close();
  }

  @Test
  void readsEveryFieldOfTheCurrentForm() throws Exception {
    node.fixture("get_witness_schedule");

    WitnessSchedule s = client.getWitnessSchedule();

    assertThat(s.currentShuffledWitnesses()).containsExactly("alpha-wit", "bravo-wit", "charlie-wit");
    assertThat(s.currentVirtualTime()).isEqualTo(BigInteger.ZERO);
    assertThat(s.top19Weight()).isEqualTo(1);
    assertThat(s.timeshareWeight()).isEqualTo(5);
    assertThat(s.minerWeight()).isEqualTo(1);
    assertThat(s.witnessPayNormalizationFactor()).isEqualTo(25);
    assertThat(s.medianChainProperties()).isInstanceOf(ChainProperties30.class);
    assertThat(s.medianProps().maximumBlockSize()).isEqualTo(131072);
  }

  @Test
  void readsTheHexForm() throws Exception {
    ObjectNode result = (ObjectNode) Fixtures.response("get_witness_schedule").get("result").deepCopy();
    result.put("current_shuffled_witnesses", HEX_FORM);
    node.result("witness_api", "get_witness_schedule", result.toString());

    assertThat(client.getWitnessSchedule().currentShuffledWitnesses()).containsExactly("alpha-wit", "bravo-wit");
  }

  @Test
  void aHexFormThatIsNotWholeNamesIsAnError() throws Exception {
    ObjectNode result = (ObjectNode) Fixtures.response("get_witness_schedule").get("result").deepCopy();
    result.put("current_shuffled_witnesses", HEX_FORM.substring(2));
    node.result("witness_api", "get_witness_schedule", result.toString());

    assertThatThrownBy(() -> client.getWitnessSchedule())
        .isInstanceOf(UnexpectedResponseException.class)
        .hasMessageContaining("current_shuffled_witnesses");
  }

  @Test
  void aHexNameWithJunkAfterItsEndIsAnError() throws Exception {
    ObjectNode result = (ObjectNode) Fixtures.response("get_witness_schedule").get("result").deepCopy();
    result.put("current_shuffled_witnesses", "616c7068612d776974" + "00000000000074");
    node.result("witness_api", "get_witness_schedule", result.toString());

    assertThatThrownBy(() -> client.getWitnessSchedule())
        .isInstanceOf(UnexpectedResponseException.class)
        .hasMessageContaining("current_shuffled_witnesses entry 0");
  }
}
