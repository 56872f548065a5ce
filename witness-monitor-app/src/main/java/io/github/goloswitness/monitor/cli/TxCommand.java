package io.github.goloswitness.monitor.cli;

import io.github.goloswitness.client.TransactionJson;
import io.github.goloswitness.crypto.ChainId;
import io.github.goloswitness.crypto.SignedTransaction;
import io.github.goloswitness.monitor.config.Environment;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code tx}: offline transaction tools; each subcommand is a small class registered below. */
@Command(name = "tx", description = "Serialize, sign and verify transactions (JSON on standard input).")
public final class TxCommand implements Callable<Integer> {

  private final Environment env;

  private TxCommand(Environment env) {
    this.env = env;
  }

  /** The {@code tx} command with its subcommands. */
  public static CommandLine commandLine(Environment env) {
    CommandLine tx = new CommandLine(new TxCommand(env));
    // Each tx subcommand is registered here, one line each.
    tx.addSubcommand("serialize", new TxSerializeCommand(env));
    tx.addSubcommand("sign", new TxSignCommand(env));
    tx.addSubcommand("verify", new TxVerifyCommand(env));
    tx.addSubcommand("broadcast", new TxBroadcastCommand(env));
    return tx;
  }

  @Override
  public Integer call() {
    env.err().println("error: tx needs a subcommand (serialize, sign, verify, broadcast)");
    return CommandFailure.EXIT_CODE;
  }

  /** The chain id given with {@code --chain-id}, or mainnet. */
  static ChainId chainId(String hex) throws CommandFailure {
    if (hex == null) {
      return ChainId.GOLOS_MAINNET;
    }
    try {
      return ChainId.fromHex(hex);
    } catch (IllegalArgumentException e) {
      throw new CommandFailure("--chain-id: " + e.getMessage(), e);
    }
  }

  /** Reads a (possibly signed) transaction from standard input. */
  static SignedTransaction readStdin(Environment env) throws CommandFailure {
    String json = CommandFailure.readStdin(env);
    try {
      return TransactionJson.readSigned(json);
    } catch (IllegalArgumentException e) {
      throw new CommandFailure("transaction JSON on standard input: " + e.getMessage(), e);
    }
  }
}
