package io.github.goloswitness.crypto;

/**
 * One alternative of an fc {@code static_variant} (extensions of operations and of the
 * transaction): written as its varint tag, then its fields. Each implementing record carries its
 * tag in {@link VariantTag}; the JSON form is {@code [tag, {fields}]}.
 */
public interface Variant {

  /** The static_variant index. */
  default int tag() {
    VariantTag tag = getClass().getAnnotation(VariantTag.class);
    if (tag == null) {
      throw new IllegalStateException("no @VariantTag on " + getClass().getName());
    }
    return tag.value();
  }

  /** Writes the fields (not the tag) in fc::raw. */
  void writeTo(GrapheneWriter out);
}
