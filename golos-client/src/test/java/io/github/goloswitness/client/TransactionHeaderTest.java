package io.github.goloswitness.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TransactionHeaderTest {

  private static final DynamicGlobalProperties HEAD = new DynamicGlobalProperties(
      100043, "000186cb311b6559517229081bce8fc4d7ee0892", Instant.parse("2026-11-26T04:18:57Z"),
      "charlie-wit", 128, 100041, 100043, 131072);

  @Test
  void matchesTheTransactionTheFixtureNodeAccepted() {
    // broadcast_transaction.json was built against get_dynamic_global_properties.json, 60 s ttl
    JsonNode tx = Fixtures.request("broadcast_transaction").get("params").get(2).get(0);

    TransactionHeader h = TransactionHeader.from(HEAD, Duration.ofSeconds(60));

    assertThat(h.refBlockNum()).isEqualTo(tx.get("ref_block_num").asInt()).isEqualTo(34507);
    assertThat(h.refBlockPrefix()).isEqualTo(tx.get("ref_block_prefix").asLong()).isEqualTo(1499798321L);
    assertThat(h.expiration()).isEqualTo(Instant.parse(tx.get("expiration").asText() + "Z"));
  }

  @Test
  void upstreamWorkedExample() {
    // golos-protocol.md §3.2: block 4000000 id 003d0900c38ca366… → 2304 / 1721994435
    TransactionHeader h = TransactionHeader.fromBlockId(
        "003d0900c38ca36625f50fc6724cbb9d82a9a93e", Instant.parse("2020-01-01T00:00:00Z"));

    assertThat(h.refBlockNum()).isEqualTo(2304);
    assertThat(h.refBlockPrefix()).isEqualTo(1721994435L);
  }

  @Test
  void ttlMustBeWithinTheNodesLimit() {
    assertThatThrownBy(() -> TransactionHeader.from(HEAD, Duration.ofSeconds(3601)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ttl");
    assertThatThrownBy(() -> TransactionHeader.from(HEAD, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void participationIsAPercentOf128Slots() {
    assertThat(new DynamicGlobalProperties(1, HEAD.headBlockId(), HEAD.time(), "x", 96, 0, 1, 0).participation())
        .isEqualTo(75.0);
  }
}
