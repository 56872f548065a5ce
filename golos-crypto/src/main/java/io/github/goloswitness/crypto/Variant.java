package io.github.goloswitness.crypto;

/**
 * One alternative of an fc static_variant inside an operation (an extension or a setting): a
 * record annotated with its {@link VariantTag}, implementing a sealed interface per variant type.
 */
public interface Variant {

  /** The static_variant index. */
  default int tag() {
    return getClass().getAnnotation(VariantTag.class).value();
  }

  /** Writes the fields (not the tag) in fc::raw. */
  void writeTo(GrapheneWriter out);
}
