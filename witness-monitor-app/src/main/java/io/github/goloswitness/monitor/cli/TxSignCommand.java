package io.github.goloswitness.monitor.cli;

import io.github.goloswitness.client.TransactionJson;
import io.github.goloswitness.crypto.ChainId;
import io.github.goloswitness.crypto.PrivateKey;
import io.github.goloswitness.crypto.PublicKey;
import io.github.goloswitness.crypto.Signature;
import io.github.goloswitness.crypto.SignedTransaction;
import io.github.goloswitness.monitor.config.Environment;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code tx sign}: signs the transaction JSON on stdin with the WIF in each key file and prints the
 * signed transaction in the node's JSON form. Signatures already present are kept. Key file
 * contents never appear in output or errors.
 */
@Command(name = "sign", description = "Signs a transaction with the WIF key in each --key-file.")
final class TxSignCommand implements Callable<Integer> {

  private final Environment env;

  // Not picocli-required: a missing key file gets our one-line error instead of the usage text.
  @Option(names = "--key-file", paramLabel = "FILE",
      description = "File holding one WIF private key (repeatable, at least one).")
  List<Path> keyFiles = new ArrayList<>();

  @Option(names = "--chain-id", paramLabel = "HEX", description = "Chain id (default: Golos mainnet).")
  String chainId;

  @Option(names = "--verbose", description = "Print stack traces of errors.")
  boolean verbose;

  TxSignCommand(Environment env) {
    this.env = env;
  }

  @Override
  public Integer call() {
    try {
      if (keyFiles.isEmpty()) {
        throw new CommandFailure("tx sign needs at least one --key-file FILE");
      }
      ChainId chain = TxCommand.chainId(chainId);
      List<PrivateKey> keys = new ArrayList<>();
      for (Path file : keyFiles) {
        keys.add(readKey(file));
      }
      SignedTransaction input = TxCommand.readStdin(env);
      List<PublicKey> already = signers(input, chain);
      for (int i = 0; i < keys.size(); i++) {
        if (already.contains(keys.get(i).publicKey())) {
          throw new CommandFailure("key file " + keyFiles.get(i) + ": this key already signed the"
              + " transaction (" + keys.get(i).publicKey() + ")");
        }
      }
      List<Signature> signatures = new ArrayList<>(input.signatures());
      signatures.addAll(input.transaction().sign(chain, keys.toArray(PrivateKey[]::new)).signatures());
      env.out().println(TransactionJson.write(new SignedTransaction(input.transaction(), signatures)));
      env.out().flush();
      return 0;
    } catch (CommandFailure e) {
      return CommandFailure.report(env, verbose, e);
    }
  }

  private static List<PublicKey> signers(SignedTransaction tx, ChainId chain) throws CommandFailure {
    try {
      return tx.signers(chain);
    } catch (IllegalArgumentException e) {
      throw new CommandFailure("existing signatures: " + e.getMessage(), e);
    }
  }

  /** Reads one WIF; errors name the file, never its content. */
  static PrivateKey readKey(Path file) throws CommandFailure {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new CommandFailure(
          "key file " + file + ": cannot read (" + e.getClass().getSimpleName() + ")");
    }
    String wif = text.strip();
    if (wif.isEmpty()) {
      throw new CommandFailure("key file " + file + ": is empty, expected one WIF private key");
    }
    if (wif.split("\\s+").length != 1) {
      throw new CommandFailure("key file " + file + ": expected exactly one WIF private key");
    }
    try {
      return PrivateKey.fromWif(wif);
    } catch (IllegalArgumentException e) {
      // PrivateKey's messages never contain the key itself.
      throw new CommandFailure("key file " + file + ": " + e.getMessage());
    }
  }
}
