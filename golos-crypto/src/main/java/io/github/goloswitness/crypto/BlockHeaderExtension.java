package io.github.goloswitness.crypto;

import java.util.Objects;

/**
 * One entry of a block header's {@code extensions} (chain-node libraries/protocol/include/golos/
 * protocol/base.hpp {@code block_header_extensions}: {@code static_variant<void_t, version,
 * hardfork_version_vote>}): what a witness reports about its node. JSON {@code [0, {}]},
 * {@code [1, "0.30.0"]}, {@code [2, {"hf_version": "0.30.0", "hf_time": "…"}]}; fc::raw the varint
 * tag, then the fields.
 */
public sealed interface BlockHeaderExtension extends Variant
    permits BlockHeaderExtension.Void, BlockHeaderExtension.RunningVersion,
        BlockHeaderExtension.HardforkVote {

  /** {@code void_t}, tag 0. */
  @VariantTag(0)
  record Void() implements BlockHeaderExtension {
    @Override
    public void writeTo(GrapheneWriter out) {}
  }

  /** {@code version}, tag 1: the version the witness's node runs. @param version {@code v_num} */
  @VariantTag(1)
  record RunningVersion(ProtocolVersion version) implements BlockHeaderExtension {
    /**
     * Checks that no component is null.
     *
     * @throws NullPointerException if a required component is null; the message names it
     */
    public RunningVersion {
      Objects.requireNonNull(version, "version");
    }

    @Override
    public void writeTo(GrapheneWriter out) {
      out.writeUint32(version.number());
    }
  }

  /**
   * {@code hardfork_version_vote}, tag 2: the hardfork the witness votes for and when.
   *
   * @param hfVersion {@code hf_version} (a hardfork_version: the node keeps major and hardfork)
   * @param hfTime {@code hf_time}
   */
  @VariantTag(2)
  record HardforkVote(ProtocolVersion hfVersion, TimePointSec hfTime) implements BlockHeaderExtension {
    /**
     * Checks that no component is null.
     *
     * @throws NullPointerException if a required component is null; the message names it
     */
    public HardforkVote {
      Objects.requireNonNull(hfVersion, "hf_version");
      Objects.requireNonNull(hfTime, "hf_time");
    }

    @Override
    public void writeTo(GrapheneWriter out) {
      out.writeUint32(hfVersion.number()).writeTime(hfTime);
    }
  }

  /** Reads one tagged entry. @throws IllegalArgumentException on an unknown tag */
  static BlockHeaderExtension readFrom(GrapheneReader in) {
    long tag = in.readVarint32();
    if (tag == 0) {
      return new Void();
    } else if (tag == 1) {
      return new RunningVersion(ProtocolVersion.ofNumber(in.readUint32()));
    } else if (tag == 2) {
      return new HardforkVote(ProtocolVersion.ofNumber(in.readUint32()), in.readTime());
    }
    throw new IllegalArgumentException("extensions: unknown block_header_extensions tag " + tag);
  }
}
