package io.github.goloswitness.testkit;

import io.github.goloswitness.crypto.Asset;
import io.github.goloswitness.crypto.ChainId;
import io.github.goloswitness.crypto.ChainProperties17;
import io.github.goloswitness.crypto.FeedPublish;
import io.github.goloswitness.crypto.Operation;
import io.github.goloswitness.crypto.PublicKey;
import io.github.goloswitness.crypto.Signature;
import io.github.goloswitness.crypto.SignedTransaction;
import io.github.goloswitness.crypto.WitnessUpdate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Validates a signed transaction the way golosd's {@code database::_validate_transaction} does, in
 * its order: operation validation, duplicate id, signatures and active authority, TaPoS, expiration.
 * Only {@code witness_update} and {@code feed_publish} are applied by the simulation; other
 * operations are refused.
 */
final class BroadcastCheck {

  private final ChainId chainId;
  private final Map<String, SimAccount> accounts;
  private final Ledger ledger;

  BroadcastCheck(ChainId chainId, Map<String, SimAccount> accounts, Ledger ledger) {
    this.chainId = chainId;
    this.accounts = accounts;
    this.ledger = ledger;
  }

  /**
   * Checks {@code tx} against the node's view {@code view} and returns its witness updates.
   *
   * @param time the node's time for error stacks
   * @throws RpcError golosd's error for the first failed check
   */
  Applied check(SignedTransaction tx, ChainView view, Instant time) throws RpcError {
    Applied applied = operations(tx, view, time);
    String id = tx.id();
    if (ledger.isKnown(id)) {
      throw TxErrors.duplicate(id, time);
    }
    authority(tx, applied.owners(), time);
    BlockRecord ref = ledger.tapos(tx.transaction().refBlockNum(), view.headBlock()).orElse(null);
    long sent = tx.transaction().refBlockPrefix();
    if (ref == null || ref.refBlockPrefix() != sent) {
      throw TxErrors.badRefBlockPrefix(sent, ref == null ? 0 : ref.refBlockPrefix(), time);
    }
    Instant expiration = tx.transaction().expiration().toInstant();
    if (expiration.isAfter(view.headTime().plusSeconds(3600))) {
      throw TxErrors.expirationTooFar(view.headTime(), expiration, time);
    }
    if (!expiration.isAfter(view.headTime())) {
      throw TxErrors.expired(view.headTime(), expiration, time);
    }
    return applied;
  }

  /** The operations the simulation applies, in transaction order per kind. */
  record Applied(List<WitnessUpdate> updates, List<FeedPublish> feeds) {
    Applied {
      updates = List.copyOf(updates);
      feeds = List.copyOf(feeds);
    }

    /** The accounts whose active authority the transaction needs, in operation order. */
    List<String> owners() {
      List<String> owners = new ArrayList<>();
      updates.forEach(u -> owners.add(u.owner()));
      feeds.forEach(f -> owners.add(f.publisher()));
      return owners;
    }
  }

  /**
   * transaction::validate → each operation's validate() (witness_update_operation::validate,
   * feed_publish_operation::validate), plus feed_publish_evaluator's get_witness(publisher).
   */
  private static Applied operations(SignedTransaction tx, ChainView view, Instant time) throws RpcError {
    List<WitnessUpdate> updates = new ArrayList<>();
    List<FeedPublish> feeds = new ArrayList<>();
    List<Operation> ops = tx.transaction().operations();
    for (int i = 0; i < ops.size(); i++) {
      String problem;
      if (ops.get(i) instanceof WitnessUpdate u) {
        problem = problem(u);
        updates.add(u);
      } else if (ops.get(i) instanceof FeedPublish f) {
        problem = problem(f, view);
        feeds.add(f);
      } else {
        throw TxErrors.invalidOperation(i, ops.get(i).name() + " is not applied by the simulated network", time);
      }
      if (problem != null) {
        throw TxErrors.invalidOperation(i, problem, time);
      }
    }
    return new Applied(updates, feeds);
  }

  /** steem_operations.cpp: feed_publish_operation::validate; the evaluator's get_witness. */
  private static String problem(FeedPublish f, ChainView view) {
    Asset base = f.exchangeRate().base();
    Asset quote = f.exchangeRate().quote();
    boolean gbgGolos = Asset.Symbol.GBG.equals(base.symbol()) && Asset.Symbol.GOLOS.equals(quote.symbol());
    boolean golosGbg = Asset.Symbol.GOLOS.equals(base.symbol()) && Asset.Symbol.GBG.equals(quote.symbol());
    if (!gbgGolos && !golosGbg) {
      return "Price feed must be a GOLOS/GBG price";
    }
    // price::validate: base and quote positive (and of different symbols, checked above)
    if (base.amount() <= 0 || quote.amount() <= 0) {
      return "exchange_rate: base and quote must be > 0, got " + base + " / " + quote;
    }
    if (!view.witnesses().containsKey(f.publisher())) {
      return "Missing witness object with name \"" + f.publisher() + "\"";
    }
    return null;
  }

  private static String problem(WitnessUpdate u) {
    if (u.url().isEmpty()) {
      return "URL size must be greater than 0";
    }
    if (u.url().length() > 2048) {
      return "URL size must be less than 2048";
    }
    if (!u.fee().symbol().equals(Asset.Symbol.GOLOS) || u.fee().amount() < 0) {
      return "fee must be a non-negative GOLOS amount: " + u.fee();
    }
    ChainProperties17 p = u.props();
    if (!p.accountCreationFee().symbol().equals(Asset.Symbol.GOLOS) || p.accountCreationFee().amount() < 1) {
      return "account_creation_fee must be at least 0.001 GOLOS: " + p.accountCreationFee();
    }
    if (p.maximumBlockSize() < 65536) {
      return "maximum_block_size smaller than minimum max block size: " + p.maximumBlockSize();
    }
    if (p.sbdInterestRate() > 10000) {
      return "sbd_interest_rate above 100 %: " + p.sbdInterestRate();
    }
    return null;
  }

  /** verify_authority: canonical signatures, each key used, every owner's active authority met. */
  private void authority(SignedTransaction tx, List<String> owners, Instant time) throws RpcError {
    byte[] digest = tx.digest(chainId);
    Set<String> signers = new LinkedHashSet<>();
    for (Signature s : tx.signatures()) {
      if (!s.isCanonical()) {
        throw TxErrors.assertion("is_canonical( c )", "signature is not canonical", time);
      }
      PublicKey key;
      try {
        key = s.recoverPublicKey(digest);
      } catch (IllegalArgumentException e) {
        throw TxErrors.assertion("verify_key", "Unable to reconstruct public key from signature", time);
      }
      if (!signers.add(key.toString())) {
        throw TxErrors.duplicateSignature(time);
      }
    }
    Set<String> used = new LinkedHashSet<>();
    Set<String> missing = new LinkedHashSet<>();
    for (String name : owners) {
      SimAccount owner = accounts.get(name);
      if (owner == null || !signers.contains(owner.active())) {
        missing.add(name);
      } else {
        used.add(owner.active());
      }
    }
    if (!missing.isEmpty()) {
      throw TxErrors.missingActive(missing, time);
    }
    List<String> extra = signers.stream().filter(k -> !used.contains(k)).toList();
    if (!extra.isEmpty()) {
      throw TxErrors.irrelevantSignatures(extra, time);
    }
  }
}
