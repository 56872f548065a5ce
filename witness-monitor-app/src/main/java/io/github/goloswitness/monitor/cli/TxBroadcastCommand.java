package io.github.goloswitness.monitor.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.goloswitness.client.GolosClient;
import io.github.goloswitness.client.TransactionConfirmation;
import io.github.goloswitness.client.TransactionJson;
import io.github.goloswitness.crypto.SignedTransaction;
import io.github.goloswitness.monitor.config.Environment;
import io.github.goloswitness.monitor.daemon.NodeClients;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code tx broadcast}: reads one signed transaction as golosd JSON from standard input (e.g. the
 * output of {@code switch --dry-run}), checks it parses, and broadcasts it.
 */
@Command(name = "broadcast", mixinStandardHelpOptions = true,
    description = "Broadcasts a signed transaction (golosd JSON) read from standard input.")
final class TxBroadcastCommand implements Callable<Integer> {

  private static final int MAX_INPUT = 64 * 1024; // STEEMIT_MAX_TRANSACTION_SIZE, with room for JSON

  @Option(names = "--node", required = true, paramLabel = "URL", description = "golosd endpoint; repeat for failover.")
  List<URI> nodes;

  @Option(names = "--synchronous", description = "Wait until the transaction is in a block and print the block.")
  boolean synchronous;

  @Option(names = "--json", description = "Print the result as JSON.")
  boolean json;

  @Option(names = "--verbose", description = "Print stack traces on errors.")
  boolean verbose;

  private final Environment env;
  private final NodeClients clients;

  TxBroadcastCommand(Environment env) {
    this(env, NodeClients.standard());
  }

  TxBroadcastCommand(Environment env, NodeClients clients) {
    this.env = env;
    this.clients = clients;
  }

  @Override
  public Integer call() {
    try {
      byte[] input = env.in().readNBytes(MAX_INPUT + 1);
      if (input.length > MAX_INPUT) {
        throw new IllegalArgumentException("standard input: more than " + MAX_INPUT + " bytes; expected one transaction");
      }
      String text = new String(input, StandardCharsets.UTF_8).strip();
      if (text.isEmpty()) {
        throw new IllegalArgumentException("standard input is empty; expected a signed transaction as JSON");
      }
      SignedTransaction tx;
      try {
        tx = TransactionJson.readSigned(text);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("standard input: " + e.getMessage(), e);
      }
      if (tx.signatures().isEmpty()) {
        throw new IllegalArgumentException("standard input: the transaction has no signatures");
      }
      try (GolosClient client = clients.open(nodes)) {
        if (synchronous) {
          TransactionConfirmation c = client.broadcastTransactionSynchronous(tx, null);
          if (c.expired()) {
            throw new IOException("transaction " + tx.id() + " expired before inclusion; it is not on chain");
          }
          print(tx.id(), c);
          return 0;
        }
        client.broadcastTransaction(tx);
        print(tx.id(), null);
        return 0;
      }
    } catch (IOException | IllegalArgumentException e) {
      return FailureLine.report(env.err(), "tx broadcast", e, verbose);
    }
  }

  private void print(String id, TransactionConfirmation c) {
    if (json) {
      var out = new ObjectMapper().createObjectNode().put("id", id);
      if (c != null) {
        out.put("block_num", c.blockNum()).put("trx_num", c.trxNum()).put("expired", c.expired());
      }
      env.out().println(out);
    } else if (c == null) {
      env.out().println("broadcast " + id);
    } else {
      env.out().println("transaction " + id + " included in block " + c.blockNum());
    }
  }
}
