package io.github.goloswitness.crypto;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A transaction with its signatures ({@code FC_REFLECT_DERIVED(signed_transaction, (transaction),
 * (signatures))}).
 *
 * @param transaction what was signed
 * @param signatures possibly empty
 */
public record SignedTransaction(Transaction transaction, List<Signature> signatures) {

  /**
   * Checks that no component is null, and keeps unmodifiable copies of the lists.
   *
   * @throws NullPointerException if a required component is null; the message names it
   */
  public SignedTransaction {
    Fields.required(transaction, "transaction");
    signatures = List.copyOf(Fields.required(signatures, "signatures"));
  }

  /** The fc::raw bytes: the transaction, then varint count and 65 bytes per signature. */
  public byte[] toBytes() {
    GrapheneWriter out = new GrapheneWriter();
    transaction.writeTo(out);
    out.writeVector(signatures, GrapheneWriter::writeSignature);
    return out.toByteArray();
  }

  /**
   * Reads one signed transaction.
   *
   * @throws IllegalArgumentException if the bytes are malformed
   */
  public static SignedTransaction readFrom(GrapheneReader in) {
    Transaction tx = Transaction.readFrom(in);
    return new SignedTransaction(tx, in.readVector(GrapheneReader::readSignature));
  }

  /** The signing digest of the transaction; see {@link Transaction#digest}. */
  public byte[] digest(ChainId chainId) {
    return transaction.digest(chainId);
  }

  /** The transaction id; see {@link Transaction#id}. */
  public String id() {
    return transaction.id();
  }

  /**
   * The public keys recovered from the signatures, in order.
   *
   * @throws IllegalArgumentException if a signature recovers no key
   */
  public List<PublicKey> signers(ChainId chainId) {
    Objects.requireNonNull(chainId, "chainId");
    byte[] digest = digest(chainId);
    List<PublicKey> keys = new ArrayList<>();
    for (Signature signature : signatures) {
      keys.add(signature.recoverPublicKey(digest));
    }
    return List.copyOf(keys);
  }
}
