package io.github.goloswitness.crypto;

import java.util.List;

/**
 * break_free_referral (op 46): {@code (referral)(extensions)}; active of referral.
 */
public record BreakFreeReferral(String referral, List<FutureExtension> extensions) implements Operation {
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
