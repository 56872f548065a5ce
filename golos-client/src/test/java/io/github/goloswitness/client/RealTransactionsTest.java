package io.github.goloswitness.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.goloswitness.crypto.ChainId;
import io.github.goloswitness.crypto.PublicKey;
import io.github.goloswitness.crypto.SignedTransaction;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Real mainnet transactions from public sources (origin per entry in vectors/real-transactions.json):
 * read as typed transactions, they give golos-lib-js's bytes, digest and id, their signatures
 * recover the keys golos-lib-js recovers, and they write back as the same JSON.
 */
class RealTransactionsTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  static Stream<Arguments> transactions() throws IOException {
    List<Arguments> out = new ArrayList<>();
    for (JsonNode v : TransactionJsonTest.load("real-transactions.json").get("transactions")) {
      out.add(Arguments.of(v.get("tx").get("ref_block_num").asText(), v));
    }
    return out.stream();
  }

  @ParameterizedTest(name = "ref_block_num {0}")
  @MethodSource("transactions")
  void readsLikeGolosLibJsAndRecoversTheSameSigners(String name, JsonNode v) throws IOException {
    ChainId chain = ChainId.GOLOS_MAINNET;
    String json = MAPPER.writeValueAsString(v.get("tx"));

    SignedTransaction tx = TransactionJson.readSigned(json);

    assertThat(HexFormat.of().formatHex(tx.transaction().toBytes())).isEqualTo(v.get("hex").asText());
    assertThat(HexFormat.of().formatHex(tx.transaction().digest(chain)))
        .isEqualTo(v.get("digest").asText());
    assertThat(tx.transaction().id()).isEqualTo(v.get("tx_id").asText());
    List<PublicKey> expected = new ArrayList<>();
    v.get("signers").forEach(k -> expected.add(PublicKey.fromString(k.asText())));
    assertThat(tx.signers(chain)).containsExactlyElementsOf(expected);
    assertThat(TransactionJson.write(tx)).isEqualTo(json);
  }
}
