package io.github.goloswitness.crypto;

/**
 * curation_reward_curve of chain_properties_19+: an FC_REFLECT_ENUM, packed as int64 of its index,
 * JSON written as that index (as golos-lib-js writes it), read as the index or the lowercase name.
 */
public enum CurationCurve {
  /** {@code bounded}, index 0. */
  BOUNDED,
  /** {@code linear}, index 1. */
  LINEAR,
  /** {@code square_root}, index 2. */
  SQUARE_ROOT;

  static CurationCurve fromWire(long index) {
    if (index < 0 || index >= values().length) {
      throw new IllegalArgumentException("curation_reward_curve " + index + " is not 0..2");
    }
    return values()[(int) index];
  }
}
