package io.github.goloswitness.consumer;

import io.github.goloswitness.client.DynamicGlobalProperties;
import io.github.goloswitness.client.GolosClient;
import io.github.goloswitness.client.TransactionHeader;
import io.github.goloswitness.client.Witness;
import io.github.goloswitness.crypto.AccountWitnessVote;
import io.github.goloswitness.crypto.Asset;
import io.github.goloswitness.crypto.ChainId;
import io.github.goloswitness.crypto.ChainProperties17;
import io.github.goloswitness.crypto.PrivateKey;
import io.github.goloswitness.crypto.PublicKey;
import io.github.goloswitness.crypto.SignedTransaction;
import io.github.goloswitness.crypto.TimePointSec;
import io.github.goloswitness.crypto.Transaction;
import io.github.goloswitness.crypto.WitnessUpdate;
import io.github.goloswitness.testkit.SimConfig;
import io.github.goloswitness.testkit.SimNetwork;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What an embedder's program does, on the module path or in a jlink image: signs offline and
 * recovers the signer, reads a witness over HTTP from a simulated golosd on 127.0.0.1
 * (golos-testkit), and broadcasts a signed {@code witness_update} that the simulated node checks
 * (canonical signature recovering the witness's active key, TaPoS, expiration) and applies. Prints
 * one line per step and exits with status 1, saying what differed, if anything is not as expected;
 * a module that cannot be resolved stops the JVM before {@code main}.
 */
public final class ModulePathConsumer {

  /** The witness's new signing key: derived, so the run's output is the same every time. */
  static final PrivateKey NEW_SIGNING_KEY = PrivateKey.fromPassword("alpha-wit", "module-path-consumer", "signing");

  private ModulePathConsumer() {}

  /**
   * Runs the steps.
   *
   * @param args ignored
   * @throws IOException if the simulated node cannot start or a client call fails
   */
  public static void main(String[] args) throws IOException {
    System.out.println("modules: " + Stream.of(GolosClient.class, PrivateKey.class, SimNetwork.class)
        .map(c -> c.getModule().getDescriptor())
        .map(d -> d.name() + (d.isAutomatic() ? " (automatic)" : ""))
        .collect(Collectors.joining(", ")));
    signAndRecover();
    try (SimNetwork net = SimNetwork.start(SimConfig.defaults().withNodes(1));
        GolosClient client = GolosClient.builder(net.uris()).timeout(Duration.ofSeconds(10)).maxRetries(0).build()) {
      Witness before = client.getWitnessByAccount("alpha-wit").orElseThrow();
      check(before.signingKey().equals(net.signingKey(0).publicKey()), "signing key before " + before.signingKey());
      System.out.println("read: alpha-wit signs with node 0's key");

      DynamicGlobalProperties head = client.getDynamicGlobalProperties();
      TransactionHeader h = TransactionHeader.from(head, Duration.ofSeconds(60));
      WitnessUpdate update = new WitnessUpdate("alpha-wit", before.url(), NEW_SIGNING_KEY.publicKey(),
          new ChainProperties17(Asset.golos(1000), 131072, 0), Asset.golos(0));
      SignedTransaction signed = new Transaction(h.refBlockNum(), h.refBlockPrefix(), TimePointSec.of(h.expiration()),
          List.of(update)).sign(client.getChainId(), net.activeKey());
      client.broadcastTransaction(signed);
      net.advanceSlot(); // the next block includes the update

      Witness after = client.getWitnessByAccount("alpha-wit").orElseThrow();
      check(after.signingKey().equals(NEW_SIGNING_KEY.publicKey()), "signing key after " + after.signingKey());
      System.out.println("broadcast: witness_update " + signed.id() + " applied; alpha-wit signs with "
          + after.signingKey());
    }
    System.out.println("module-path consumer: OK");
  }

  private static void signAndRecover() {
    PrivateKey key = PrivateKey.fromPassword("alice", "module-path-consumer", "active");
    Transaction tx = new Transaction(1, 2L, TimePointSec.parse("2026-01-01T00:00:00"),
        List.of(new AccountWitnessVote("alice", "alpha-wit", true)));
    List<PublicKey> signers = tx.sign(ChainId.GOLOS_MAINNET, key).signers(ChainId.GOLOS_MAINNET);
    check(signers.equals(List.of(key.publicKey())), "recovered signers " + signers);
    System.out.println("signed offline, recovered " + key.publicKey());
  }

  private static void check(boolean ok, String what) {
    if (!ok) {
      System.err.println("module-path consumer: unexpected " + what);
      System.exit(1);
    }
  }
}
