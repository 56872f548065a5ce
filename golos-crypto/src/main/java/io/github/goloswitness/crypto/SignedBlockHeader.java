package io.github.goloswitness.crypto;

import java.util.List;

/**
 * {@code signed_block_header} as report_over_production carries it: {@code (previous)(timestamp)
 * (witness)(transaction_merkle_root)(extensions)(witness_signature)}. Header extensions (version,
 * hardfork vote) are not modelled: only the empty list and void entries are accepted.
 *
 * @param previous 20-byte block id
 * @param transactionMerkleRoot 20-byte checksum
 */
public record SignedBlockHeader(
    Bytes previous, TimePointSec timestamp, String witness, Bytes transactionMerkleRoot,
    List<FutureExtension> extensions, Signature witnessSignature) {

  public SignedBlockHeader {
    Fields.required(previous, "previous").requireSize(20, "previous");
    Fields.required(timestamp, "timestamp");
    Fields.account(witness, "witness");
    Fields.required(transactionMerkleRoot, "transaction_merkle_root")
        .requireSize(20, "transaction_merkle_root");
    extensions = List.copyOf(Fields.required(extensions, "extensions"));
    Fields.required(witnessSignature, "witness_signature");
  }

  void writeTo(GrapheneWriter out) {
    out.writeFixed(previous.toByteArray()).writeTime(timestamp).writeString(witness)
        .writeFixed(transactionMerkleRoot.toByteArray()).writeVariants(extensions)
        .writeSignature(witnessSignature);
  }

  static SignedBlockHeader readFrom(GrapheneReader in) {
    return new SignedBlockHeader(
        Bytes.of(in.readFixed(20)), in.readTime(), in.readString(), Bytes.of(in.readFixed(20)),
        FutureExtension.readAll(in), in.readSignature());
  }
}
