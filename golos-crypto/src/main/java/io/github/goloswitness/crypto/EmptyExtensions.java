package io.github.goloswitness.crypto;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The operation ends with {@code extensions}, a {@code flat_set<future_extensions>} whose only
 * alternative is {@code void_t}: always empty, so not a record component. fc::raw writes one 0
 * byte; JSON has {@code "extensions": []} after the components.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EmptyExtensions {}
