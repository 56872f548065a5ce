package io.github.goloswitness.crypto;

import java.util.List;

/**
 * reject_vesting_shares_delegation (op 48): {@code (delegator)(delegatee)(extensions)}; active of delegatee.
 */
public record RejectVestingSharesDelegation(
    String delegator,
    String delegatee,
    List<FutureExtension> extensions) implements Operation {
  /**
   * Checks the fields, following the node's {@code validate()} for this operation, and keeps unmodifiable copies of the lists.
   *
   * @throws IllegalArgumentException if a component breaks a rule; the message names it
   * @throws NullPointerException if a required component is null; the message names it
   */
  public RejectVestingSharesDelegation {
    Fields.account(delegator, "delegator");
    Fields.account(delegatee, "delegatee");
    extensions = List.copyOf(Fields.required(extensions, "extensions"));
  }

  @Override
  public void writeTo(GrapheneWriter out) {
    out.writeString(delegator);
    out.writeString(delegatee);
    out.writeVariants(extensions);
  }

  static RejectVestingSharesDelegation readFrom(GrapheneReader in) {
    String delegator = in.readString();
    String delegatee = in.readString();
    List<FutureExtension> extensions = FutureExtension.readAll(in);
    return new RejectVestingSharesDelegation(delegator, delegatee, extensions);
  }
}
