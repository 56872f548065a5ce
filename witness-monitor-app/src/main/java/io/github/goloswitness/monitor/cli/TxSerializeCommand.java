package io.github.goloswitness.monitor.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.goloswitness.crypto.ChainId;
import io.github.goloswitness.crypto.Transaction;
import io.github.goloswitness.monitor.config.Environment;
import java.util.HexFormat;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code tx serialize}: transaction JSON on stdin to {@code {"hex", "digest", "tx_id"}} — what
 * golosd's {@code get_transaction_hex} and {@code get_transaction_digest} return.
 */
@Command(name = "serialize", description = "Prints the fc::raw hex, signing digest and id of a transaction.")
final class TxSerializeCommand implements Callable<Integer> {

  private final Environment env;

  @Option(names = "--chain-id", paramLabel = "HEX", description = "Chain id (default: Golos mainnet).")
  String chainId;

  @Option(names = "--verbose", description = "Print stack traces of errors.")
  boolean verbose;

  TxSerializeCommand(Environment env) {
    this.env = env;
  }

  @Override
  public Integer call() {
    try {
      ChainId chain = TxCommand.chainId(chainId);
      Transaction tx = TxCommand.readStdin(env).transaction();
      HexFormat hex = HexFormat.of();
      ObjectNode out = new ObjectMapper().createObjectNode()
          .put("hex", hex.formatHex(tx.toBytes()))
          .put("digest", hex.formatHex(tx.digest(chain)))
          .put("tx_id", tx.id());
      env.out().println(out);
      env.out().flush();
      return 0;
    } catch (CommandFailure e) {
      return CommandFailure.report(env, verbose, e);
    }
  }
}
