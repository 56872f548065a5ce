package io.github.goloswitness.crypto;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The index of a {@link Variant} record in its fc static_variant (written as a varint before its
 * fields; JSON {@code [tag, {...}]}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface VariantTag {
  int value();
}
