package io.github.goloswitness.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.goloswitness.client.GolosClient;
import io.github.goloswitness.client.Witness;
import io.github.goloswitness.crypto.PublicKey;
import io.github.goloswitness.crypto.Transaction;
import java.io.IOException;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** After a long outage the chain itself nulls the key; a witness_update brings the witness back. */
class SimNetworkOutageTest {

  private final SimNetwork net = SimNetworks.start(SimConfig.defaults());
  private final GolosClient client = SimClients.client(net.uri(1));

  @AfterEach
  void close() {
    client.close();
    net.close();
  }

  @Test
  void chainDisablesAnIdleWitnessAndAKeyChangeReenablesIt() throws IOException {
    net.crash(0);
    long rounds = ChainModel.SKIPPING_RESET_BLOCKS / SimNetwork.OTHER_WITNESSES + 2;
    net.advanceSlots((int) (rounds * ChainModel.ROUND_LENGTH));

    Witness disabled = client.getWitnessByAccount("alpha-wit").orElseThrow();
    assertThat(disabled.disabled()).isTrue();
    assertThat(net.onChainSigningKey()).isEqualTo(PublicKey.NULL);
    long missed = disabled.totalMissed();
    assertThat(missed).isGreaterThan(300);
    assertThat(net.events()).anyMatch(e -> e instanceof SimEvent.KeyChanged k && k.newKey().equals(PublicKey.NULL.toString()));
    assertThat(client.getActiveWitnesses()).doesNotContain("alpha-wit").hasSize(SimNetwork.OTHER_WITNESSES);
    assertThatThrownBy(net::advanceThroughOurSlot).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("not scheduled");
    assertThat(net.totalMissed()).isEqualTo(missed); // out of the schedule: no more misses

    Transaction tx = SimClients.keyChange(net, client, net.signingKey(1).publicKey());
    client.broadcastTransaction(SimClients.signed(net, tx, net.activeKey()));
    net.advanceSlot();
    assertThat(net.signingNode()).isEqualTo(OptionalInt.of(1));

    SlotEvent back = net.advanceThroughOurSlot().stream().filter(SlotEvent::ours).findFirst().orElseThrow();
    assertThat(back.node()).isEqualTo(OptionalInt.of(1));
    assertThat(client.getWitnessByAccount("alpha-wit").orElseThrow().totalMissed()).isEqualTo(missed);
  }
}
