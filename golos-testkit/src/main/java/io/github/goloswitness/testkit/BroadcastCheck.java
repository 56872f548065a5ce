package io.github.goloswitness.testkit;

import io.github.goloswitness.crypto.Asset;
import io.github.goloswitness.crypto.ChainId;
import io.github.goloswitness.crypto.ChainProperties17;
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
 * Only {@code witness_update} is applied by the simulation; other operations are refused.
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
  List<WitnessUpdate> check(SignedTransaction tx, ChainView view, Instant time) throws RpcError {
    List<WitnessUpdate> updates = operations(tx, time);
    String id = tx.id();
    if (ledger.isKnown(id)) {
      throw TxErrors.duplicate(id, time);
    }
    authority(tx, updates, time);
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
    return updates;
  }

  /** transaction::validate → each operation's validate() (witness_update_operation::validate). */
  private static List<WitnessUpdate> operations(SignedTransaction tx, Instant time) throws RpcError {
    List<WitnessUpdate> updates = new ArrayList<>();
    List<Operation> ops = tx.transaction().operations();
    for (int i = 0; i < ops.size(); i++) {
      if (!(ops.get(i) instanceof WitnessUpdate u)) {
        throw TxErrors.invalidOperation(i, ops.get(i).name() + " is not applied by the simulated network", time);
      }
      String problem = problem(u);
      if (problem != null) {
        throw TxErrors.invalidOperation(i, problem, time);
      }
      updates.add(u);
    }
    return updates;
  }

  private static String problem(WitnessUpdate u) {
    if (u.url().isEmpty()) {
      return "URL size must be greater than 0";
    }
    if (u.url().length() > 2048) {
      return "URL size must be less than 2048";
    }
    if (u.fee().symbol() != Asset.Symbol.GOLOS || u.fee().amount() < 0) {
      return "fee must be a non-negative GOLOS amount: " + u.fee();
    }
    ChainProperties17 p = u.props();
    if (p.accountCreationFee().symbol() != Asset.Symbol.GOLOS || p.accountCreationFee().amount() < 1) {
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
  private void authority(SignedTransaction tx, List<WitnessUpdate> updates, Instant time) throws RpcError {
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
    for (WitnessUpdate u : updates) {
      SimAccount owner = accounts.get(u.owner());
      if (owner == null || !signers.contains(owner.active())) {
        missing.add(u.owner());
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
