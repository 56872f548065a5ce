package io.github.goloswitness.crypto;

import java.util.List;

/**
 * versioned_chain_properties, the static_variant in chain_properties_update: tags 0..10 are
 * versions 17, 18, 19, 22, 23, 24, 26, 27, 28, 29, 30 (chain-node steem_operations.hpp). Each
 * version record holds the previous one as {@code base} and appends its own fields.
 */
public sealed interface ChainProperties
    permits ChainProperties17,
        ChainProperties18,
        ChainProperties19,
        ChainProperties22,
        ChainProperties23,
        ChainProperties24,
        ChainProperties26,
        ChainProperties27,
        ChainProperties28,
        ChainProperties29,
        ChainProperties30 {

  /** The record classes in tag order: the index is the static_variant tag. */
  List<Class<? extends ChainProperties>> VERSIONS =
      List.of(
          ChainProperties17.class, ChainProperties18.class, ChainProperties19.class,
          ChainProperties22.class, ChainProperties23.class, ChainProperties24.class,
          ChainProperties26.class, ChainProperties27.class, ChainProperties28.class,
          ChainProperties29.class, ChainProperties30.class);

  /** The static_variant tag of this version (0 for 17 … 10 for 30). */
  default int tag() {
    return VERSIONS.indexOf(getClass());
  }

  /** Writes the fields (not the tag) in fc::raw. */
  void writeTo(GrapheneWriter out);

  /** Reads a tag and that version's fields. */
  static ChainProperties readTagged(GrapheneReader in) {
    long tag = in.readVarint32();
    switch ((int) Math.min(tag, Integer.MAX_VALUE)) {
      case 0: return ChainProperties17.readFrom(in);
      case 1: return ChainProperties18.readFrom(in);
      case 2: return ChainProperties19.readFrom(in);
      case 3: return ChainProperties22.readFrom(in);
      case 4: return ChainProperties23.readFrom(in);
      case 5: return ChainProperties24.readFrom(in);
      case 6: return ChainProperties26.readFrom(in);
      case 7: return ChainProperties27.readFrom(in);
      case 8: return ChainProperties28.readFrom(in);
      case 9: return ChainProperties29.readFrom(in);
      case 10: return ChainProperties30.readFrom(in);
      default: throw new IllegalArgumentException("chain properties tag " + tag + " is not 0..10");
    }
  }
}
