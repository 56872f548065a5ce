package io.github.goloswitness.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.goloswitness.crypto.BlockHeaderExtension;
import io.github.goloswitness.crypto.Bytes;
import io.github.goloswitness.crypto.PublicKey;
import io.github.goloswitness.crypto.Signature;
import io.github.goloswitness.crypto.SignedBlockHeader;
import io.github.goloswitness.crypto.SignedTransaction;
import io.github.goloswitness.crypto.TimePointSec;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * golosd's {@code timed_signed_block} ({@code database_api.get_block}; chain-node
 * libraries/api/include/golos/api/block_objects.hpp). golosd's {@code get_block} sends neither the
 * block's id nor its signing key nor the transaction ids; this record computes them as the node
 * does: {@link #id()} and {@link #signingKey()} from the header (chain-node
 * libraries/protocol/block.cpp), {@link #transactionIds()} from the transactions.
 *
 * <p>A block this library cannot fully type (a transaction with a field or operation newer than the
 * library, a mining-era {@code pow2}) still reads: the header, the id and signing key, the ids that
 * are computable and every transaction's raw operations ({@link #readTransactions()}); only the
 * parts that need the missing types fail, with the checked {@link UnsupportedContentException}.
 *
 * @param header the header fields
 * @param extensions {@code extensions}: the header extensions, each as the node's JSON text, e.g.
 *     {@code [1,"0.30.0"]}
 * @param witnessSignature {@code witness_signature}, 130 hex chars
 * @param transactions {@code transactions}, each as the node's JSON text
 */
public record Block(BlockHeader header, List<String> extensions, String witnessSignature, List<String> transactions) {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /**
   * Checks that no component is null, and keeps unmodifiable copies of the lists.
   *
   * @throws NullPointerException if a required component is null
   */
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
   * The header as golos-crypto's {@link SignedBlockHeader}, with typed extensions.
   *
   * @throws UnsupportedContentException naming the block and the field if an extension or the
   *     signature cannot be read
   */
  public SignedBlockHeader signedHeader() throws UnsupportedContentException {
    try {
      List<BlockHeaderExtension> typed = new ArrayList<>();
      for (int i = 0; i < extensions.size(); i++) {
        typed.add(OperationJson.readHeaderExtension(parse(extensions.get(i)), "extensions[" + i + "]"));
      }
      return new SignedBlockHeader(Bytes.fromHex(header.previous()), TimePointSec.of(header.timestamp()),
          header.witness(), Bytes.fromHex(header.transactionMerkleRoot()), typed,
          Signature.fromHex(witnessSignature));
    } catch (IllegalArgumentException e) {
      throw new UnsupportedContentException("block " + number() + " header: " + e.getMessage(), e);
    }
  }

  /**
   * This block's id, 40 lowercase hex chars, as the node computes it (the id of block N is also the
   * {@code previous} of block N+1 and, at the head, {@code head_block_id}).
   *
   * @throws UnsupportedContentException as {@link #signedHeader()}
   */
  public String id() throws UnsupportedContentException {
    return signedHeader().id().toHex();
  }

  /**
   * The key that signed this block, recovered from {@code witness_signature} over the header digest;
   * the node accepted the block only if it equals the witness's {@code signing_key} at that time.
   *
   * @throws UnsupportedContentException as {@link #signedHeader()}, or if the signature is not
   *     canonical or recovers no key
   */
  public PublicKey signingKey() throws UnsupportedContentException {
    SignedBlockHeader signed = signedHeader();
    try {
      return signed.signee();
    } catch (IllegalArgumentException e) {
      throw new UnsupportedContentException("block " + number() + " witness_signature: " + e.getMessage(), e);
    }
  }

  /**
   * Every transaction, typed where this library can, with its id where computable and its raw
   * operations always. Never throws for the content of a transaction; decoded on each call.
   */
  public List<BlockTransaction> readTransactions() {
    List<BlockTransaction> out = new ArrayList<>();
    for (int i = 0; i < transactions.size(); i++) {
      out.add(readTransaction(i, transactions.get(i)));
    }
    return out;
  }

  /**
   * The transactions, typed (operations included), decoded on each call by
   * {@link TransactionJson#readSigned(String)}. An operation this library has no record for is a
   * {@link io.github.goloswitness.crypto.RawOperation}.
   *
   * @throws UnsupportedContentException naming the block, the transaction and the field, if one holds
   *     what {@link TransactionJson} cannot read (e.g. a field newer than this library); {@link
   *     #readTransactions()} gives the others
   */
  public List<SignedTransaction> signedTransactions() throws UnsupportedContentException {
    List<SignedTransaction> out = new ArrayList<>();
    for (int i = 0; i < transactions.size(); i++) {
      try {
        out.add(TransactionJson.readSigned(transactions.get(i)));
      } catch (IllegalArgumentException e) {
        throw new UnsupportedContentException(where(i) + e.getMessage(), e);
      }
    }
    return out;
  }

  /**
   * The transaction ids (40 hex chars each), in block order, as golosd computes them (the first 20
   * bytes of the SHA-256 of the unsigned transaction); empty for a transaction whose bytes this
   * library cannot produce (see {@link BlockTransaction#id()}). Never throws.
   */
  public List<Optional<String>> transactionIds() {
    return readTransactions().stream().map(BlockTransaction::id).toList();
  }

  private BlockTransaction readTransaction(int index, String json) {
    List<String> operations = new ArrayList<>();
    try {
      JsonNode ops = parse(json).get("operations");
      if (ops != null && ops.isArray()) {
        ops.forEach(op -> operations.add(op.toString()));
      }
    } catch (IllegalArgumentException e) {
      return new BlockTransaction(index, json, operations, Optional.empty(), Optional.empty(),
          Optional.of(where(index) + e.getMessage()));
    }
    SignedTransaction typed;
    try {
      typed = TransactionJson.readSigned(json);
    } catch (IllegalArgumentException e) {
      return new BlockTransaction(index, json, operations, Optional.empty(), Optional.empty(),
          Optional.of(where(index) + e.getMessage()));
    }
    try {
      return new BlockTransaction(index, json, operations, Optional.of(typed), Optional.of(typed.id()),
          Optional.empty());
    } catch (IllegalArgumentException e) {
      return new BlockTransaction(index, json, operations, Optional.of(typed), Optional.empty(),
          Optional.of(where(index) + "no id: " + e.getMessage()));
    }
  }

  private String where(int index) {
    return "block " + number() + " transactions[" + index + "]: ";
  }

  private static JsonNode parse(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("malformed JSON: " + e.getOriginalMessage());
    }
  }
}
