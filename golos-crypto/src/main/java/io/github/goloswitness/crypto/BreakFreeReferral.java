package io.github.goloswitness.crypto;

/**
 * break_free_referral (op 46): {@code (referral)(extensions)}; active of referral.
 */
@EmptyExtensions
public record BreakFreeReferral(String referral) implements Operation {
  public BreakFreeReferral {
    Fields.required(referral, "referral");
  }

  @Override
  public void writeTo(GrapheneWriter out) {
    out.writeString(referral);
    Canonical.writeNoExtensions(out);
  }

  static BreakFreeReferral readFrom(GrapheneReader in) {
    String referral = in.readString();
    Canonical.readNoExtensions(in, "break_free_referral");
    return new BreakFreeReferral(referral);
  }
}
