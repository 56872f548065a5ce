package io.github.goloswitness.monitor.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.goloswitness.crypto.PrivateKey;
import io.github.goloswitness.monitor.config.Environment;
import java.security.SecureRandom;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code keygen}: prints a fresh key pair, or with {@code --account} and {@code --role} the key
 * golos-lib-js derives from the account's password, which is read from standard input (never from
 * the command line).
 */
@Command(
    name = "keygen",
    description = {
      "Prints a new key pair (WIF and GLS public key).",
      "With --account and --role, derives the key from the password read from standard input."
    })
public final class KeygenCommand implements Callable<Integer> {

  private final Environment env;

  @Option(names = "--json", description = "Print {\"wif\": …, \"pub\": …}.")
  boolean json;

  @Option(names = "--account", paramLabel = "NAME", description = "Account name for a password key.")
  String account;

  @Option(names = "--role", paramLabel = "ROLE", description = "owner, active, posting or memo.")
  String role;

  @Option(names = "--verbose", description = "Print stack traces of errors.")
  boolean verbose;

  public KeygenCommand(Environment env) {
    this.env = env;
  }

  @Override
  public Integer call() {
    try {
      PrivateKey key = key();
      String wif = key.toWif();
      String pub = key.publicKey().toString();
      if (json) {
        ObjectNode out = new ObjectMapper().createObjectNode().put("wif", wif).put("pub", pub);
        env.out().println(out);
      } else {
        env.out().println("wif: " + wif);
        env.out().println("pub: " + pub);
      }
      env.out().flush();
      return 0;
    } catch (CommandFailure e) {
      return CommandFailure.report(env, verbose, e);
    }
  }

  private PrivateKey key() throws CommandFailure {
    if (account == null && role == null) {
      return PrivateKey.generate(new SecureRandom());
    }
    if (account == null || role == null) {
      throw new CommandFailure("--account and --role must be given together");
    }
    if (account.isBlank() || role.isBlank()) {
      throw new CommandFailure("--account and --role must not be empty");
    }
    String password = firstLine(CommandFailure.readStdin(env));
    if (password.isEmpty()) {
      throw new CommandFailure("no password on standard input");
    }
    return PrivateKey.fromPassword(account, password, role);
  }

  private static String firstLine(String text) {
    int end = text.indexOf('\n');
    String line = end < 0 ? text : text.substring(0, end);
    return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
  }
}
