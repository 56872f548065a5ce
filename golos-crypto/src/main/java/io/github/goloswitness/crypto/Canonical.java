package io.github.goloswitness.crypto;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The node's canonical forms of sets: a {@code flat_set} is sorted and has no duplicates, and the
 * node signs the bytes of its own re-serialization, so we sort at construction and refuse
 * duplicates (which the node would silently merge) naming the field.
 */
final class Canonical {

  /** flat_set of account names or strings: ordered by bytes (fixed_string compares that way). */
  static List<String> strings(List<String> items, String field) {
    Fields.required(items, field);
    List<String> sorted = new ArrayList<>(items);
    for (int i = 0; i < sorted.size(); i++) {
      Fields.required(sorted.get(i), field + "[" + i + "]");
    }
    sorted.sort(Comparator.naturalOrder());
    return unique(sorted, field);
  }

  /** flat_set of public keys: ordered by the 33 compressed key bytes, unsigned. */
  static List<PublicKey> keys(List<PublicKey> items, String field) {
    Fields.required(items, field);
    List<PublicKey> sorted = new ArrayList<>(items);
    for (int i = 0; i < sorted.size(); i++) {
      Fields.required(sorted.get(i), field + "[" + i + "]");
    }
    sorted.sort((a, b) -> Arrays.compareUnsigned(a.bytes(), b.bytes()));
    return unique(sorted, field);
  }

  /**
   * flat_set of static_variant: fc compares alternatives by index only, so two of the same tag
   * would collapse into one at the node; refused.
   */
  static <T extends Variant> List<T> variants(List<T> items, String field) {
    Fields.required(items, field);
    List<T> sorted = new ArrayList<>(items);
    for (int i = 0; i < sorted.size(); i++) {
      Fields.required(sorted.get(i), field + "[" + i + "]");
    }
    sorted.sort(Comparator.comparingInt(Variant::tag));
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i).tag() == sorted.get(i - 1).tag()) {
        throw new IllegalArgumentException(
            field + " has two entries of tag " + sorted.get(i).tag() + "; the node keeps one per tag");
      }
    }
    return List.copyOf(sorted);
  }

  static <T> List<T> readVariants(
      GrapheneReader in, String field, Map<Integer, Function<GrapheneReader, T>> readers) {
    return in.readVector(r -> {
      long tag = r.readVarint32();
      Function<GrapheneReader, T> reader = readers.get((int) Math.min(tag, Integer.MAX_VALUE));
      if (reader == null) {
        throw new IllegalArgumentException(field + ": unknown variant tag " + tag);
      }
      return reader.apply(r);
    });
  }

  private static <T> List<T> unique(List<T> sorted, String field) {
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i).equals(sorted.get(i - 1))) {
        throw new IllegalArgumentException(field + " lists " + sorted.get(i) + " twice");
      }
    }
    return List.copyOf(sorted);
  }

  private Canonical() {}
}
