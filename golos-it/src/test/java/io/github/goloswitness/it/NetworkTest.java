package io.github.goloswitness.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.goloswitness.client.Block;
import io.github.goloswitness.client.Witness;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The network itself: alpha is scheduled and B0's golosd signs its blocks, as the bootstrap set it up. */
@ExtendWith(TestnetExtension.class)
@Order(0)
class NetworkTest {
  private final Testnet net;

  NetworkTest(Testnet net) {
    this.net = net;
  }

  @Test
  void alphaProducesWithB0sKeyAndEveryNodeFollows() throws Exception {
    Witness alpha = net.chain().witness(Bootstrap.ALPHA);
    assertThat(alpha.signingKey()).isEqualTo(Testnet.signing("b0").publicKey());
    Block block = net.chain().block(alpha.lastConfirmedBlockNum());
    assertThat(block.header().witness()).isEqualTo(Bootstrap.ALPHA);
    assertThat(block.signingKey()).as("key recovered by golos-client from the node's witness_signature")
        .isEqualTo(Testnet.signing("b0").publicKey());
    assertThat(net.chain().client().getActiveWitnesses())
        .containsExactlyInAnyOrder(Bootstrap.ALPHA, Bootstrap.BRAVO, Bootstrap.FOUNDER);
    for (String s : Testnet.SERVERS) {
      net.awaitSynced(s, java.time.Duration.ofSeconds(10));
    }
  }
}
