package io.github.goloswitness.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/**
 * {@code tx serialize} handles operations beyond the witness's own: donate#68 of golos-crypto's
 * operations.json (golos-lib-js 0.9.80), with its nested memo, variant_object target and optional
 * comment.
 */
class TxOperationsCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String DONATE = "{\"ref_block_num\":4921,\"ref_block_prefix\":2081662269,"
      + "\"expiration\":\"2026-01-31T11:09:08\",\"operations\":[[\"donate\",{\"from\":\"alice\","
      + "\"to\":\"bob\",\"amount\":\"1.000 GOLOS\",\"memo\":{\"app\":\"golos-blog\",\"version\":1,"
      + "\"target\":{\"author\":\"bob\",\"permlink\":\"post\"},\"comment\":\"great\"},"
      + "\"extensions\":[]}]],\"extensions\":[]}";

  @Test
  void serializesADonateLikeGolosLibJs() throws Exception {
    CommandRun run = CommandRun.run(DONATE, "tx", "serialize");

    assertThat(run.exitCode()).isZero();
    JsonNode out = JSON.readTree(run.out());
    assertThat(out.get("hex").asText()).isEqualTo("39133da5137cd4e27d69013605616c69636503626f62"
        + "e80300000000000003474f4c4f5300000a676f6c6f732d626c6f6701000206617574686f720503626f6208"
        + "7065726d6c696e6b0504706f7374010567726561740000");
    assertThat(out.get("digest").asText())
        .isEqualTo("0e3d3852905f1b44d6b3cd02a83262f727a2665ac38aeac493c0622ac65495ac");
    assertThat(out.get("tx_id").asText()).isEqualTo("542c7cf747d6a5bb10cb39f0690579223cec8b1e");
  }
}
