package io.github.goloswitness.client;

import java.util.Objects;

/**
 * A virtual operation without a record here (or one newer than this library): its tag (-1 if
 * the name is unknown to us), its name and its fields as the node's JSON object text.
 *
 * @param fieldsJson the operation's JSON object, e.g. {@code {"delegator":"alice",...}}
 */
public record OtherVirtualOperation(int id, String name, String fieldsJson)
    implements VirtualOperation {

  /**
   * Checks that no component is null.
   *
   * @throws NullPointerException if a required component is null; the message names it
   */
  public OtherVirtualOperation {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(fieldsJson, "fieldsJson");
  }
}
