package io.github.goloswitness.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.goloswitness.client.Block;
import io.github.goloswitness.crypto.Bytes;
import io.github.goloswitness.crypto.GrapheneWriter;
import io.github.goloswitness.crypto.PublicKey;
import io.github.goloswitness.crypto.Signature;
import io.github.goloswitness.crypto.TimePointSec;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The key that signed a block, recovered from the node's {@code witness_signature} over the
 * header digest (chain-node libraries/protocol/block.cpp: {@code signed_block_header::digest()} =
 * sha256 of the fc::raw {@code block_header}: previous, timestamp, witness,
 * transaction_merkle_root, extensions). The header extensions a witness sends (protocol/base.hpp
 * {@code block_header_extensions}): {@code [1, "0.30.0"]} a version, {@code [2, {hf_version,
 * hf_time}]} a hardfork vote; a version is a uint32 {@code major << 24 | hardfork << 16 | release}
 * (protocol/version.cpp).
 */
final class BlockSigner {
  private static final ObjectMapper JSON = new ObjectMapper();

  private BlockSigner() {}

  static PublicKey of(Block block) {
    GrapheneWriter w = new GrapheneWriter()
        .writeFixed(Bytes.fromHex(block.header().previous()).toByteArray())
        .writeTime(TimePointSec.of(block.header().timestamp()))
        .writeString(block.header().witness())
        .writeFixed(Bytes.fromHex(block.header().transactionMerkleRoot()).toByteArray())
        .writeVarint32(block.extensions().size());
    for (String e : block.extensions()) {
      writeExtension(w, e, block.number());
    }
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(w.toByteArray());
      return Signature.fromHex(block.witnessSignature()).recoverPublicKey(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void writeExtension(GrapheneWriter w, String json, long block) {
    JsonNode e;
    try {
      e = JSON.readTree(json);
    } catch (java.io.IOException ex) {
      throw new IllegalArgumentException("block " + block + ": extension " + json, ex);
    }
    int tag = e.path(0).asInt(-1);
    w.writeVarint32(tag);
    switch (tag) {
      case 0 -> { }
      case 1 -> w.writeUint32(version(e.path(1).asText()));
      case 2 -> w.writeUint32(version(e.path(1).path("hf_version").asText()))
          .writeTime(TimePointSec.parse(e.path(1).path("hf_time").asText()));
      default -> throw new IllegalArgumentException("block " + block + ": unknown header extension " + json);
    }
  }

  private static long version(String text) {
    String[] p = text.split("\\.");
    return (Long.parseLong(p[0]) << 24) | (Long.parseLong(p[1]) << 16) | Long.parseLong(p[2]);
  }
}
