package io.github.goloswitness.crypto;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The node's JSON field name of a record component when it is not the component name in
 * snake_case (e.g. custom_json's {@code id}, which would clash with {@link Operation#id()}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface WireName {
  /** The JSON field name. */
  String value();
}
