package io.github.goloswitness.client.examples;

import io.github.goloswitness.client.GolosClient;
import io.github.goloswitness.client.TransactionConfirmation;
import io.github.goloswitness.client.TransactionHeader;
import io.github.goloswitness.crypto.AccountWitnessVote;
import io.github.goloswitness.crypto.ChainId;
import io.github.goloswitness.crypto.Operation;
import io.github.goloswitness.crypto.PrivateKey;
import io.github.goloswitness.crypto.SignedTransaction;
import io.github.goloswitness.crypto.Transaction;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;

/** docs/client.md "Signing and broadcasting": the one call, and the same in pieces. */
public final class SignExample {

  /** Votes for a witness in one call; returns the confirmed transaction id. */
  public static String oneCall(URI node, PrivateKey activeKey) throws IOException {
    // tag::one-call[]
    try (GolosClient client = GolosClient.builder(node).build()) {
      List<Operation> ops = List.of(new AccountWitnessVote("alice", "alpha-wit", true));
      TransactionConfirmation done = client.signAndBroadcast(ops, Duration.ofSeconds(60), activeKey);
      return done.id();                                   // in block done.blockNum()
    }
    // end::one-call[]
  }

  /** The same in pieces, for callers that want to look at or store the transaction first. */
  public static String inPieces(URI node, PrivateKey activeKey) throws IOException {
    // tag::pieces[]
    try (GolosClient client = GolosClient.builder(node).build()) {
      ChainId chain = client.getChainId();                // from get_config, read once
      TransactionHeader header = TransactionHeader.from(client.getDynamicGlobalProperties(), Duration.ofSeconds(60));
      Transaction tx = header.toTransaction(new AccountWitnessVote("alice", "alpha-wit", true));
      SignedTransaction signed = tx.sign(chain, activeKey);
      return client.broadcastTransactionSynchronous(signed, Duration.ofSeconds(30)).id();
    }
    // end::pieces[]
  }

  private SignExample() {}
}
