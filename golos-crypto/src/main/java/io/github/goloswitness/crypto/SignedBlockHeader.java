package io.github.goloswitness.crypto;

import java.util.List;

/**
 * {@code signed_block_header} (chain-node libraries/protocol/include/golos/protocol/block_header.hpp):
 * {@code (previous)(timestamp)(witness)(transaction_merkle_root)(extensions)(witness_signature)}, as
 * a block and report_over_production carry it. Gives the block's number, its id and the key that
 * signed it, computed as the node does (libraries/protocol/block.cpp).
 *
 * @param previous 20-byte id of the parent block
 * @param timestamp the block's time
 * @param witness who produced it
 * @param transactionMerkleRoot 20-byte checksum
 * @param extensions the header extensions (versions the witness reports), in the node's order
 * @param witnessSignature the producer's signature over {@link #digest()}
 */
public record SignedBlockHeader(
    Bytes previous, TimePointSec timestamp, String witness, Bytes transactionMerkleRoot,
    List<BlockHeaderExtension> extensions, Signature witnessSignature) {

  /** @throws IllegalArgumentException naming a field of the wrong size or an invalid witness name */
  public SignedBlockHeader {
    Fields.required(previous, "previous").requireSize(20, "previous");
    Fields.required(timestamp, "timestamp");
    Fields.account(witness, "witness");
    Fields.required(transactionMerkleRoot, "transaction_merkle_root")
        .requireSize(20, "transaction_merkle_root");
    extensions = List.copyOf(Fields.required(extensions, "extensions"));
    Fields.required(witnessSignature, "witness_signature");
  }

  /** The block's number: the parent's (big-endian first 4 bytes of its id) plus one (block_num()). */
  public long blockNumber() {
    byte[] p = previous.toByteArray();
    long parent = ((p[0] & 0xFFL) << 24) | ((p[1] & 0xFFL) << 16) | ((p[2] & 0xFFL) << 8) | (p[3] & 0xFFL);
    return (parent + 1) & 0xFFFF_FFFFL;
  }

  /** SHA-256 of the fc::raw {@code block_header} (no signature): what the witness signs (digest()). */
  public byte[] digest() {
    GrapheneWriter out = new GrapheneWriter();
    writeUnsigned(out);
    return Hashes.sha256(out.toByteArray());
  }

  /**
   * The block id (signed_block_header::id()): the first 20 bytes of the SHA-224 of the fc::raw
   * signed header, with the first 4 replaced by the big-endian block number.
   */
  public Bytes id() {
    GrapheneWriter out = new GrapheneWriter();
    writeTo(out);
    byte[] id = java.util.Arrays.copyOf(Hashes.sha224(out.toByteArray()), 20);
    long number = blockNumber();
    for (int i = 0; i < 4; i++) {
      id[i] = (byte) (number >>> (8 * (3 - i)));
    }
    return Bytes.of(id);
  }

  /**
   * The key that signed the block (signee(), which the node checks against the witness's
   * {@code signing_key}).
   *
   * @throws IllegalArgumentException if the signature is not canonical or recovers no key
   */
  public PublicKey signee() {
    if (!witnessSignature.isCanonical()) {
      throw new IllegalArgumentException("witness_signature is not canonical: " + witnessSignature.toHex());
    }
    return witnessSignature.recoverPublicKey(digest());
  }

  void writeTo(GrapheneWriter out) {
    writeUnsigned(out);
    out.writeSignature(witnessSignature);
  }

  private void writeUnsigned(GrapheneWriter out) {
    out.writeFixed(previous.toByteArray()).writeTime(timestamp).writeString(witness)
        .writeFixed(transactionMerkleRoot.toByteArray()).writeVariants(extensions);
  }

  static SignedBlockHeader readFrom(GrapheneReader in) {
    return new SignedBlockHeader(
        Bytes.of(in.readFixed(20)), in.readTime(), in.readString(), Bytes.of(in.readFixed(20)),
        in.readVector(BlockHeaderExtension::readFrom), in.readSignature());
  }
}
