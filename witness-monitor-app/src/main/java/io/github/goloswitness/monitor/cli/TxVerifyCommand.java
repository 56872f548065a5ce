package io.github.goloswitness.monitor.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.goloswitness.crypto.ChainId;
import io.github.goloswitness.crypto.Signature;
import io.github.goloswitness.crypto.SignedTransaction;
import io.github.goloswitness.monitor.config.Environment;
import java.util.HexFormat;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code tx verify}: recovers the signer of each signature of the signed transaction on stdin and
 * prints {@code {"signers": ["GLS…"], "canonical": [true…], "digest": "…"}}. Exit 0 if every
 * signature recovers a key (golosd also rejects non-canonical ones: check {@code canonical}).
 */
@Command(name = "verify", description = "Prints the public keys that signed a transaction.")
final class TxVerifyCommand implements Callable<Integer> {

  private final Environment env;

  @Option(names = "--chain-id", paramLabel = "HEX", description = "Chain id (default: Golos mainnet).")
  String chainId;

  @Option(names = "--verbose", description = "Print stack traces of errors.")
  boolean verbose;

  TxVerifyCommand(Environment env) {
    this.env = env;
  }

  @Override
  public Integer call() {
    try {
      ChainId chain = TxCommand.chainId(chainId);
      SignedTransaction tx = TxCommand.readStdin(env);
      if (tx.signatures().isEmpty()) {
        throw new CommandFailure("transaction JSON on standard input has no signatures");
      }
      byte[] digest = tx.digest(chain);
      ObjectNode out = new ObjectMapper().createObjectNode();
      ArrayNode signers = out.putArray("signers");
      ArrayNode canonical = out.putArray("canonical");
      for (int i = 0; i < tx.signatures().size(); i++) {
        Signature sig = tx.signatures().get(i);
        try {
          signers.add(sig.recoverPublicKey(digest).toString());
        } catch (IllegalArgumentException e) {
          throw new CommandFailure("signatures[" + i + "]: " + e.getMessage(), e);
        }
        canonical.add(sig.isCanonical());
      }
      out.put("digest", HexFormat.of().formatHex(digest));
      env.out().println(out);
      env.out().flush();
      return 0;
    } catch (CommandFailure e) {
      return CommandFailure.report(env, verbose, e);
    }
  }
}
