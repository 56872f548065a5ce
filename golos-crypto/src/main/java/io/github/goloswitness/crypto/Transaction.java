package io.github.goloswitness.crypto;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * An unsigned Golos transaction ({@code FC_REFLECT(transaction, (ref_block_num)(ref_block_prefix)
 * (expiration)(operations)(extensions))}); extensions are always empty.
 *
 * @param refBlockNum uint16: the low 16 bits of the reference block's number (TaPoS)
 * @param refBlockPrefix uint32: bytes 4..8 of the reference block id, little-endian
 * @param expiration at most one hour after the head block time
 * @param operations at least one
 */
public record Transaction(
    int refBlockNum, long refBlockPrefix, TimePointSec expiration, List<Operation> operations) {

  /**
   * Checks the components, and keeps unmodifiable copies of the lists.
   *
   * @throws IllegalArgumentException if a component breaks a rule; the message names it
   * @throws NullPointerException if a required component is null; the message names it
   */
  public Transaction {
    Fields.uint16(refBlockNum, "ref_block_num");
    Fields.uint32(refBlockPrefix, "ref_block_prefix");
    Fields.required(expiration, "expiration");
    operations = List.copyOf(Fields.required(operations, "operations"));
    if (operations.isEmpty()) {
      throw new IllegalArgumentException("transaction.operations must not be empty");
    }
  }

  /**
   * This transaction referring to the block with the given 20-byte id (chain-node
   * libraries/protocol/transaction.cpp set_reference_block): the id starts with the big-endian
   * block number.
   *
   * @throws IllegalArgumentException if the id is not 20 bytes
   */
  public Transaction withReferenceBlock(byte[] blockId20) {
    Objects.requireNonNull(blockId20, "blockId20");
    if (blockId20.length != 20) {
      throw new IllegalArgumentException("block id must be 20 bytes, got " + blockId20.length);
    }
    int num = ((blockId20[2] & 0xFF) << 8) | (blockId20[3] & 0xFF);
    GrapheneReader prefix = GrapheneReader.of(Arrays.copyOfRange(blockId20, 4, 8));
    return new Transaction(num, prefix.readUint32(), expiration, operations);
  }

  /** This transaction with another expiration. */
  public Transaction withExpiration(TimePointSec newExpiration) {
    return new Transaction(refBlockNum, refBlockPrefix, newExpiration, operations);
  }

  /** Writes the fc::raw form (what {@code database_api.get_transaction_hex} returns). */
  public void writeTo(GrapheneWriter out) {
    out.writeUint16(refBlockNum).writeUint32(refBlockPrefix).writeTime(expiration);
    out.writeVector(operations, (w, op) -> {
      if (op instanceof RawOperation raw) {
        raw.requireBinary();
      }
      w.writeVarint32(op.id());
      op.writeTo(w);
    });
    out.writeVarint32(0); // extensions
  }

  /** The fc::raw bytes. */
  public byte[] toBytes() {
    GrapheneWriter out = new GrapheneWriter();
    writeTo(out);
    return out.toByteArray();
  }

  /**
   * Reads one transaction (no signatures).
   *
   * @throws IllegalArgumentException if the bytes are malformed or hold an unsupported operation
   */
  public static Transaction readFrom(GrapheneReader in) {
    int num = in.readUint16();
    long prefix = in.readUint32();
    TimePointSec expiration = in.readTime();
    int[] index = {0};
    List<Operation> ops = in.readVector(r -> readOperation(r, index[0]++));
    long extensions = in.readVarint32();
    if (extensions != 0) {
      throw new IllegalArgumentException("transaction extensions are not supported: " + extensions);
    }
    return new Transaction(num, prefix, expiration, new ArrayList<>(ops));
  }

  private static Operation readOperation(GrapheneReader in, int index) {
    int at = in.position();
    long tag = in.readVarint32();
    OperationType type = OperationType.findById(tag).orElseThrow(() -> new IllegalArgumentException(
        "operations[" + index + "]: tag " + tag + " at offset " + at + " is not known to this "
            + "library; fc::raw has no lengths, so it cannot be skipped: read the transaction from "
            + "JSON, which gives a RawOperation"));
    return type.read(in);
  }

  /** The signing digest: {@code sha256(chain_id || bytes)} (transaction.cpp sig_digest). */
  public byte[] digest(ChainId chainId) {
    Objects.requireNonNull(chainId, "chainId");
    return Hashes.sha256(chainId.bytes(), toBytes());
  }

  /** The transaction id: hex of the first 20 bytes of {@code sha256(bytes)} (transaction.cpp id). */
  public String id() {
    return HexFormat.of().formatHex(Hashes.sha256(toBytes()), 0, 20);
  }

  /**
   * Signs with each key in order (canonical, deterministic).
   *
   * @throws IllegalArgumentException if no key is given
   */
  public SignedTransaction sign(ChainId chainId, PrivateKey... keys) {
    if (keys.length == 0) {
      throw new IllegalArgumentException("at least one key is needed to sign");
    }
    byte[] digest = digest(chainId);
    List<Signature> signatures = new ArrayList<>();
    for (PrivateKey key : keys) {
      signatures.add(Objects.requireNonNull(key, "key").sign(digest));
    }
    return new SignedTransaction(this, signatures);
  }
}
