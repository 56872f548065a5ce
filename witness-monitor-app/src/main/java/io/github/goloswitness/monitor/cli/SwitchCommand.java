package io.github.goloswitness.monitor.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.goloswitness.client.Account;
import io.github.goloswitness.client.DynamicGlobalProperties;
import io.github.goloswitness.client.GolosClient;
import io.github.goloswitness.client.NodeException;
import io.github.goloswitness.client.TransactionConfirmation;
import io.github.goloswitness.client.TransactionHeader;
import io.github.goloswitness.client.TransactionJson;
import io.github.goloswitness.client.Witness;
import io.github.goloswitness.crypto.Asset;
import io.github.goloswitness.crypto.ChainId;
import io.github.goloswitness.crypto.PrivateKey;
import io.github.goloswitness.crypto.PublicKey;
import io.github.goloswitness.crypto.SignedTransaction;
import io.github.goloswitness.crypto.TimePointSec;
import io.github.goloswitness.crypto.Transaction;
import io.github.goloswitness.crypto.WitnessUpdate;
import io.github.goloswitness.monitor.config.Environment;
import io.github.goloswitness.monitor.config.KeyFiles;
import io.github.goloswitness.monitor.daemon.NodeClients;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code switch}: changes a witness's block signing key with one {@code witness_update} that keeps
 * its url and props, signed with the active key from a file, then reads the witness back until the
 * new key is on chain. Nothing is broadcast unless every check passed first.
 */
@Command(name = "switch", mixinStandardHelpOptions = true,
    description = "Sets the witness's block signing key (or disables it) with a signed witness_update.")
public final class SwitchCommand implements Callable<Integer> {

  private static final Duration POLL_INTERVAL = Duration.ofSeconds(3); // one block

  @Option(names = "--node", required = true, paramLabel = "URL", description = "golosd endpoint; repeat for failover.")
  List<URI> nodes;

  @Option(names = "--witness", required = true, paramLabel = "NAME", description = "Witness account.")
  String witness;

  @Option(names = "--key-file", required = true, paramLabel = "FILE",
      description = "File holding the witness's active private key (one WIF, chmod 600).")
  Path keyFile;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Target target;

  static final class Target {
    @Option(names = "--to-key", paramLabel = "GLS...", description = "The new block signing key.")
    String toKey;

    @Option(names = "--disable", description = "Set the null key: the witness stops producing.")
    boolean disable;
  }

  @Option(names = "--url", description = "New witness url (default: keep the current one).")
  String url;

  @Option(names = "--dry-run", description = "Print the signed transaction JSON; broadcast nothing.")
  boolean dryRun;

  @Option(names = "--json", description = "Print the result as JSON.")
  boolean json;

  @Option(names = "--expiration", paramLabel = "SECONDS", defaultValue = "60",
      description = "Expiration after the head block time (default 60).")
  int expirationSeconds;

  @Option(names = "--wait", paramLabel = "SECONDS", defaultValue = "30",
      description = "How long to read the witness back until the new key shows (default 30).")
  int waitSeconds;

  @Option(names = "--verbose", description = "Print stack traces on errors.")
  boolean verbose;

  private final Environment env;
  private final NodeClients clients;

  public SwitchCommand(Environment env) {
    this(env, NodeClients.standard());
  }

  public SwitchCommand(Environment env, NodeClients clients) {
    this.env = env;
    this.clients = clients;
  }

  @Override
  public Integer call() {
    try {
      PublicKey newKey = target.disable ? PublicKey.NULL : parseKey(target.toKey);
      if (expirationSeconds < 1 || expirationSeconds > 3600) {
        throw new IllegalArgumentException("--expiration not in 1..3600: " + expirationSeconds);
      }
      if (waitSeconds < 0) {
        throw new IllegalArgumentException("--wait < 0: " + waitSeconds);
      }
      PrivateKey active;
      try {
        active = PrivateKey.fromWif(KeyFiles.readKey(keyFile).reveal());
      } catch (IllegalArgumentException e) { // a bad checksum or length: name the file (never its content)
        throw new IOException("key file " + keyFile + ": " + e.getMessage(), e);
      }
      try (GolosClient client = clients.open(nodes)) {
        return run(client, active, newKey);
      }
    } catch (IOException | IllegalArgumentException e) {
      return FailureLine.report(env.err(), "switch", e, verbose);
    }
  }

  private int run(GolosClient client, PrivateKey active, PublicKey newKey) throws IOException {
    Witness current = client.getWitnessByAccount(witness)
        .orElseThrow(() -> new IOException("witness " + witness + " does not exist"));
    checkActiveKey(client, active.publicKey());
    ChainId chainId = client.getConfig().chainId();
    DynamicGlobalProperties head = client.getDynamicGlobalProperties();
    String newUrl = url != null ? url : current.url();
    SignedTransaction tx = sign(head, current, newKey, newUrl, chainId, active);
    if (dryRun) {
      env.out().println(TransactionJson.write(tx));
      return 0;
    }
    if (current.signingKey().equals(newKey) && current.url().equals(newUrl)) {
      env.out().println(witness + " already has signing_key " + newKey + "; nothing broadcast");
      return 0;
    }
    TransactionConfirmation confirmed;
    try {
      confirmed = client.broadcastTransactionSynchronous(tx, null);
    } catch (NodeException e) {
      if (e.requestMayHaveArrived() && !(e instanceof io.github.goloswitness.client.RpcException)) {
        throw new IOException(FailureLine.describe(e) + "; transaction " + tx.id()
            + " may still be included: run status before retrying", e);
      }
      throw e;
    }
    if (confirmed.expired()) {
      throw new IOException("transaction " + tx.id() + " expired before inclusion; nothing changed");
    }
    Witness after = readBack(client, newKey)
        .orElseThrow(() -> new IOException("transaction " + tx.id() + " is in block " + confirmed.blockNum()
            + " but " + witness + " does not show signing_key " + newKey + " after " + waitSeconds + " s"));
    print(tx, confirmed, after);
    return 0;
  }

  private SignedTransaction sign(DynamicGlobalProperties head, Witness current, PublicKey newKey, String newUrl,
      ChainId chainId, PrivateKey active) {
    TransactionHeader h = TransactionHeader.from(head, Duration.ofSeconds(expirationSeconds));
    WitnessUpdate op = new WitnessUpdate(witness, newUrl, newKey, current.props(), Asset.golos(0));
    Transaction tx = new Transaction(h.refBlockNum(), h.refBlockPrefix(), TimePointSec.of(h.expiration()), List.of(op));
    return tx.sign(chainId, active);
  }

  /** Refuses before broadcasting if the key file's key cannot sign for the witness. */
  private void checkActiveKey(GolosClient client, PublicKey key) throws IOException {
    List<Account> accounts = client.getAccounts(List.of(witness));
    if (accounts.isEmpty()) {
      throw new IOException("account " + witness + " does not exist");
    }
    if (!accounts.get(0).active().keyAuths().containsKey(key)) {
      throw new IOException("the key in " + keyFile + " (" + key + ") is not an active key of " + witness);
    }
  }

  private Optional<Witness> readBack(GolosClient client, PublicKey newKey) throws IOException {
    long polls = waitSeconds / POLL_INTERVAL.toSeconds();
    for (long i = 0; ; i++) {
      Optional<Witness> w = client.getWitnessByAccount(witness);
      if (w.isPresent() && w.get().signingKey().equals(newKey)) {
        return w;
      }
      if (i >= polls) {
        return Optional.empty();
      }
      try {
        clients.sleeper().sleep(POLL_INTERVAL);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new java.io.InterruptedIOException("interrupted while reading the witness back");
      }
    }
  }

  private void print(SignedTransaction tx, TransactionConfirmation confirmed, Witness after) {
    if (json) {
      ObjectNode out = new ObjectMapper().createObjectNode();
      out.put("owner", after.owner());
      out.put("signing_key", after.signingKey().toString());
      out.put("url", after.url());
      out.put("id", tx.id());
      out.put("block_num", confirmed.blockNum());
      env.out().println(out);
    } else {
      env.out().println("switched " + after.owner() + " signing_key to " + after.signingKey()
          + (after.disabled() ? " (disabled)" : "") + " in transaction " + tx.id() + ", block " + confirmed.blockNum());
    }
  }

  private static PublicKey parseKey(String text) {
    try {
      return PublicKey.fromString(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--to-key: " + e.getMessage(), e);
    }
  }
}
