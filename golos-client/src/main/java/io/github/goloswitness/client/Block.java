package io.github.goloswitness.client;

import io.github.goloswitness.crypto.SignedTransaction;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * golosd's {@code timed_signed_block} ({@code database_api.get_block}; chain-node
 * libraries/api/include/golos/api/block_objects.hpp). golosd sends neither the block's own id nor
 * its signing key nor the transaction ids: the id of block N is {@code previous} of block N+1 (the
 * {@link BlockStream} pairs them), a transaction's id is {@link SignedTransaction#id()} of
 * {@link #signedTransactions()}.
 *
 * @param header the header fields
 * @param extensions {@code extensions}: the header extensions, each as the node's JSON text
 * @param witnessSignature {@code witness_signature}, 130 hex chars
 * @param transactions {@code transactions}, each as the node's JSON text
 */
public record Block(BlockHeader header, List<String> extensions, String witnessSignature, List<String> transactions) {

  public Block {
    Objects.requireNonNull(header, "header");
    extensions = List.copyOf(extensions);
    Objects.requireNonNull(witnessSignature, "witnessSignature");
    transactions = List.copyOf(transactions);
  }

  /** A block without header extensions. */
  public Block(BlockHeader header, String witnessSignature, List<String> transactions) {
    this(header, List.of(), witnessSignature, transactions);
  }

  /** This block's number, see {@link BlockHeader#number()}. */
  public long number() {
    return header.number();
  }

  /**
   * The transactions, typed (operations included), decoded on each call by
   * {@link TransactionJson#readSigned(String)}.
   *
   * @throws IllegalArgumentException naming the transaction and field, if one holds what
   *     {@link TransactionJson} cannot read (e.g. an operation it does not know)
   */
  public List<SignedTransaction> signedTransactions() {
    List<SignedTransaction> out = new ArrayList<>();
    for (int i = 0; i < transactions.size(); i++) {
      try {
        out.add(TransactionJson.readSigned(transactions.get(i)));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("block " + number() + " transactions[" + i + "]: " + e.getMessage(), e);
      }
    }
    return out;
  }

  /**
   * The transaction ids (40 hex chars each), in block order, as golosd computes them (the first 20
   * bytes of the SHA-256 of the unsigned transaction).
   *
   * @throws IllegalArgumentException as {@link #signedTransactions()}
   */
  public List<String> transactionIds() {
    return signedTransactions().stream().map(SignedTransaction::id).toList();
  }
}
