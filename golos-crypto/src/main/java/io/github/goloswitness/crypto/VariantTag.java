package io.github.goloswitness.crypto;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The static_variant index of a {@link Variant} record. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface VariantTag {
  /** The index (the tag written before the alternative's fields). */
  int value();
}
