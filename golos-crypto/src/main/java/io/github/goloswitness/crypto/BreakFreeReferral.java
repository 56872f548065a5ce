package io.github.goloswitness.crypto;

import java.util.List;

/**
 * break_free_referral (op 46): {@code (referral)(extensions)}; active of referral.
 */
public record BreakFreeReferral(String referral, List<FutureExtension> extensions) implements Operation {
  /**
   * Checks the fields, following the node's {@code validate()} for this operation, and keeps unmodifiable copies of the lists.
   *
   * @throws IllegalArgumentException if a component breaks a rule; the message names it
   * @throws NullPointerException if a required component is null; the message names it
   */
  public BreakFreeReferral {
    Fields.account(referral, "referral");
    extensions = List.copyOf(Fields.required(extensions, "extensions"));
  }

  @Override
  public void writeTo(GrapheneWriter out) {
    out.writeString(referral);
    out.writeVariants(extensions);
  }

  static BreakFreeReferral readFrom(GrapheneReader in) {
    String referral = in.readString();
    List<FutureExtension> extensions = FutureExtension.readAll(in);
    return new BreakFreeReferral(referral, extensions);
  }
}
