package io.github.goloswitness.crypto;

import java.util.List;

/**
 * {@code extensions_type} (chain-node libraries/protocol/include/golos/protocol/base.hpp):
 * {@code flat_set<static_variant<void_t>>}. Its only alternative carries nothing; the node accepts
 * and ignores it, so it is kept for round-trips only.
 */
public sealed interface FutureExtension extends Variant permits FutureExtension.Void {

  /** {@code void_t}, tag 0, no fields; JSON {@code [0, {}]}. */
  @VariantTag(0)
  record Void() implements FutureExtension {
    @Override
    public void writeTo(GrapheneWriter out) {}
  }

  /** Reads an extensions_type vector. @throws IllegalArgumentException on an unknown tag */
  static List<FutureExtension> readAll(GrapheneReader in) {
    return in.readVector(r -> {
      long tag = r.readVarint32();
      if (tag != 0) {
        throw new IllegalArgumentException("extensions: unknown future_extensions tag " + tag);
      }
      return new Void();
    });
  }
}
