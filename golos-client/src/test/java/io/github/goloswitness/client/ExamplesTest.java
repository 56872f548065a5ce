package io.github.goloswitness.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.goloswitness.client.examples.IndexExample;
import io.github.goloswitness.client.examples.ReadExample;
import io.github.goloswitness.client.examples.SignExample;
import io.github.goloswitness.client.examples.StreamExample;
import io.github.goloswitness.crypto.AccountWitnessVote;
import io.github.goloswitness.crypto.ChainId;
import io.github.goloswitness.crypto.PrivateKey;
import io.github.goloswitness.crypto.SignedTransaction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Runs the examples of docs/client.md (package {@code examples}, public API only) against the fake
 * node, and checks that the guide quotes each tagged region of them verbatim.
 */
class ExamplesTest {

  private static final Path EXAMPLES = Path.of("src/test/java/io/github/goloswitness/client/examples");
  private static final Path GUIDE = Path.of("../docs/client.md");

  private final AtomicReference<SignedTransaction> broadcast = new AtomicReference<>();
  private FakeGolosd node;

  @BeforeEach
  void setUp() throws Exception {
    node = FakeGolosd.start().fixture("get_dynamic_global_properties").fixture("get_config")
        .fixture("get_witness_by_account").fixture("get_feed_history");
    node.on("network_broadcast_api", "broadcast_transaction_synchronous", id -> {
      JsonNode tx = Fixtures.parse(last()).get("params").get(2).get(0);
      SignedTransaction signed = TransactionJson.readSigned(tx.toString());
      broadcast.set(signed);
      return FakeGolosd.Reply.ok("{\"jsonrpc\":\"2.0\",\"result\":{\"id\":\"" + signed.id()
          + "\",\"block_num\":100044,\"trx_num\":0,\"expired\":false},\"id\":" + id + "}");
    });
    node.on("database_api", "get_block", id -> {
      long n = Fixtures.parse(last()).get("params").get(2).get(0).asLong();
      ObjectNode b = (ObjectNode) Fixtures.response("get_block").get("result").deepCopy();
      b.put("previous", String.format("%08x", n - 1) + "2f371cfbc097e674871fbebea212f4a9");
      return FakeGolosd.Reply.ok("{\"jsonrpc\":\"2.0\",\"result\":" + b + ",\"id\":" + id + "}");
    });
  }

  @AfterEach
  void tearDown() {
    node.close();
  }

  private String last() {
    List<String> requests = node.requests();
    return requests.get(requests.size() - 1);
  }

  @Test
  void readExample() throws Exception {
    assertThat(ReadExample.run(node.uri())).isEqualTo(
        "head 100043, feed 1.000 GBG/1.000 GOLOS since 2016-10-18T11:00:00Z, median 1.000 GBG/2.500 GOLOS");
  }

  @Test
  void signExamplesSendAVoteSignedByTheKey() throws Exception {
    PrivateKey key = PrivateKey.fromWif(TransactionJsonTest.load("golos-lib-js.json")
        .get("transactions").get(0).get("signer_wif").asText());

    String id = SignExample.oneCall(node.uri(), key);
    assertThat(id).isEqualTo(broadcast.get().id());
    assertThat(broadcast.get().transaction().operations())
        .containsExactly(new AccountWitnessVote("alice", "alpha-wit", true));
    assertThat(broadcast.get().signers(ChainId.GOLOS_MAINNET)).containsExactly(key.publicKey());

    String again = SignExample.inPieces(node.uri(), key);
    assertThat(again).isEqualTo(broadcast.get().id());
    assertThat(broadcast.get().signers(ChainId.GOLOS_MAINNET)).containsExactly(key.publicKey());
  }

  @Test
  void streamExampleReadsIrreversibleBlocksInOrder() throws Exception {
    List<java.time.Duration> pauses = new ArrayList<>();

    // the fixture's last irreversible block is 100041
    assertThat(StreamExample.run(node.uri(), 100039, 3, () -> java.time.Instant.EPOCH, pauses::add))
        .containsExactly("100039:charlie-wit", "100040:charlie-wit", "100041:charlie-wit");
    assertThat(pauses).isEmpty();
  }

  @Test
  void indexExampleGivesIdsSignerAndOperationsOfARealBlock() throws Exception {
    Recorded.serve(node, "database_api", "get_block", "database_api.get_block.296.json");

    assertThat(IndexExample.run(node.uri(), 296)).containsExactly(
        "block 296 0000012860657844cff78652e131128b3dd4a897 signed by GLS58g5rWYS3XFTuGDSxLVwiBiPLoAyCZgn6aB9Ueh8Hj5qwQA3r6",
        "ffc12a9db37e2e4874dcbba497672e9b3b58622d [[\"transfer\",{\"from\":\"cyberfounder\",\"to\":\"reader\","
            + "\"amount\":\"12.345 YMSTEEM\",\"memo\":\"long symbol\"}]]");
    Block replayed = IndexExample.replay(Path.of(Recorded.uri("database_api.get_block.296.json")));
    assertThat(replayed.id()).isEqualTo("0000012860657844cff78652e131128b3dd4a897");
  }

  @Test
  void theGuideQuotesEveryExampleRegionVerbatim() throws Exception {
    String guide = Files.readString(GUIDE, StandardCharsets.UTF_8);
    Pattern region = Pattern.compile("// tag::([a-z-]+)\\[\\]\\n(.*?)\\n\\s*// end::\\1\\[\\]", Pattern.DOTALL);
    int regions = 0;
    for (String file : List.of("ReadExample.java", "SignExample.java", "StreamExample.java", "IndexExample.java")) {
      Matcher m = region.matcher(Files.readString(EXAMPLES.resolve(file), StandardCharsets.UTF_8));
      while (m.find()) {
        regions++;
        assertThat(guide).as("docs/client.md quotes " + file + " region " + m.group(1))
            .contains(dedent(m.group(2)));
      }
    }
    assertThat(regions).isEqualTo(6);
  }

  /** The region with its common indentation removed, as the guide shows it. */
  static String dedent(String code) {
    List<String> lines = code.lines().toList();
    int indent = lines.stream().filter(l -> !l.isBlank())
        .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
    return String.join("\n", lines.stream().map(l -> l.isBlank() ? "" : l.substring(indent)).toList());
  }
}
