package io.github.goloswitness.monitor.daemon;

import io.github.goloswitness.client.DynamicGlobalProperties;
import io.github.goloswitness.client.GolosClient;
import io.github.goloswitness.client.NodeException;
import io.github.goloswitness.client.RpcException;
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
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds, signs and broadcasts the {@code witness_update} that changes the witness's signing key.
 * The url and the three legacy props are the witness's current ones, re-read from the quorum just
 * before signing (never hard-coded); the fee is {@code 0.000 GOLOS}; TaPoS refers to the local
 * node's head and the expiration is counted from the head block's time (protocol doc §3.2, §4.2).
 *
 * <p>The transaction goes out with {@code broadcast_transaction} and {@code max_block_age}, so a
 * stale node refuses it. It does not wait for inclusion: the policy checks the key on chain in the
 * next polls, and the daemon's loop must not stall for several blocks. Not thread-safe.
 */
final class Switcher {
  private static final Logger log = LoggerFactory.getLogger(Switcher.class);

  private final GolosClient all;
  private final GolosClient local;
  private final int quorum;
  private final String witness;
  private final Optional<PrivateKey> activeKey;
  private final boolean dryRun;
  private final Duration ttl;
  private final Duration maxBlockAge;
  private ChainId chainId;

  /**
   * @param activeKey the witness account's active key; empty = watch only (signs nothing)
   * @param ttl how long after the head block time the transaction stays valid
   * @param maxBlockAge the node refuses the broadcast when its head is older than this
   */
  Switcher(GolosClient all, GolosClient local, int quorum, String witness, Optional<PrivateKey> activeKey,
      boolean dryRun, Duration ttl, Duration maxBlockAge) {
    this.all = Objects.requireNonNull(all, "all");
    this.local = Objects.requireNonNull(local, "local");
    this.quorum = quorum;
    this.witness = Objects.requireNonNull(witness, "witness");
    this.activeKey = Objects.requireNonNull(activeKey, "activeKey");
    this.dryRun = dryRun;
    this.ttl = Objects.requireNonNull(ttl, "ttl");
    this.maxBlockAge = Objects.requireNonNull(maxBlockAge, "maxBlockAge");
  }

  /** Sets the witness's signing key to {@code newKey} ({@link PublicKey#NULL} disables it). Never throws for node failures. */
  SwitchOutcome execute(PublicKey newKey) {
    return execute(newKey, Optional.empty());
  }

  /**
   * As {@link #execute(PublicKey)}, but only while {@code replacing} is still the key on chain when
   * the witness is re-read just before signing: the key the policy judged failing. If another key
   * appeared meanwhile (another backup, an operator), nothing is signed (REJECTED, "not built").
   */
  SwitchOutcome execute(PublicKey newKey, Optional<String> replacing) {
    String key = newKey.toString();
    SignedTransaction signed;
    try {
      signed = build(newKey, replacing);
    } catch (IOException | RuntimeException e) {
      return new SwitchOutcome(SwitchOutcome.Kind.REJECTED, key, "", "not built: " + Poller.message(e));
    }
    String id = signed.id();
    if (dryRun || activeKey.isEmpty()) {
      return new SwitchOutcome(SwitchOutcome.Kind.DRY_RUN, key, id,
          (dryRun ? "dry_run" : "no active key configured") + ": signed, not broadcast");
    }
    try {
      all.callWithJsonArgs("network_broadcast_api", "broadcast_transaction",
          "[" + TransactionJson.write(signed) + "," + maxBlockAge.toSeconds() + "]");
      return new SwitchOutcome(SwitchOutcome.Kind.SENT, key, id, "accepted by the node");
    } catch (RpcException e) {
      return new SwitchOutcome(SwitchOutcome.Kind.REJECTED, key, id, e.summary());
    } catch (NodeException e) {
      return e.requestMayHaveArrived()
          ? new SwitchOutcome(SwitchOutcome.Kind.UNKNOWN, key, id, "outcome unknown: " + Poller.message(e))
          : new SwitchOutcome(SwitchOutcome.Kind.REJECTED, key, id, "not delivered: " + Poller.message(e));
    } catch (IOException e) {
      return new SwitchOutcome(SwitchOutcome.Kind.UNKNOWN, key, id, "outcome unknown: " + Poller.message(e));
    }
  }

  /** Whether this switcher only signs ({@code dry_run}, or no active key): nothing is ever broadcast. */
  boolean signsOnly() {
    return dryRun || activeKey.isEmpty();
  }

  /** Whether the transactions are signed with the witness's active key (else a throwaway key, watch only). */
  boolean hasActiveKey() {
    return activeKey.isPresent();
  }

  /** The {@code witness_update} setting {@code newKey}, signed, not broadcast. */
  SignedTransaction sign(PublicKey newKey) throws IOException {
    return build(newKey, Optional.empty());
  }

  private SignedTransaction build(PublicKey newKey, Optional<String> replacing) throws IOException {
    Witness current = all.readQuorum(quorum, node -> node.getWitnessByAccount(witness)
        .orElseThrow(() -> new UnknownWitnessException(witness, node.nodes().get(0).toString())));
    if (replacing.isPresent() && !current.signingKey().toString().equals(replacing.get())) {
      throw new IllegalStateException("the key on chain is now " + current.signingKey() + ", not the failing "
          + replacing.get() + ": nothing to replace");
    }
    DynamicGlobalProperties head = local.getDynamicGlobalProperties();
    TransactionHeader header = TransactionHeader.from(head, ttl);
    WitnessUpdate op = new WitnessUpdate(witness, current.url(), newKey, current.props(), Asset.golos(0));
    Transaction tx = new Transaction(header.refBlockNum(), header.refBlockPrefix(),
        TimePointSec.of(header.expiration()), List.of(op));
    // Without an active key (watch only) the transaction is signed with a throwaway key so the
    // log still shows the exact transaction id that would have been sent.
    PrivateKey signer = activeKey.orElseGet(() -> PrivateKey.fromPassword(witness, "watch-only", "active"));
    SignedTransaction signed = tx.sign(chainId(), signer);
    log.debug("built witness_update {} -> {} (url {}, ref block {}, expires {})", witness, newKey, current.url(),
        head.headBlockNumber(), header.expiration());
    return signed;
  }

  /** Signs for {@code id} from now on instead of reading it from the first node that answers. */
  void useChainId(ChainId id) {
    chainId = Objects.requireNonNull(id, "id");
  }

  private ChainId chainId() throws IOException {
    if (chainId == null) {
      chainId = all.getConfig().chainId();
    }
    return chainId;
  }
}
