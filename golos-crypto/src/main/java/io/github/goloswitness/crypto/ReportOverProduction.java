package io.github.goloswitness.crypto;

/**
 * report_over_production (op 16): {@code (reporter)(first_block)(second_block)}. Two headers signed by the same witness for one slot.
 */
public record ReportOverProduction(
    String reporter,
    SignedBlockHeader firstBlock,
    SignedBlockHeader secondBlock)
    implements Operation {

  /**
   * Checks the fields, following the node's {@code validate()} for this operation.
   *
   * @throws IllegalArgumentException if a component breaks a rule; the message names it
   * @throws NullPointerException if a required component is null; the message names it
   */
  public ReportOverProduction {
    Fields.account(reporter, "reporter");
    Fields.required(firstBlock, "first_block");
    Fields.required(secondBlock, "second_block");
  }

  @Override
  public void writeTo(GrapheneWriter out) {
    out.writeString(reporter);
    firstBlock.writeTo(out);
    secondBlock.writeTo(out);
  }

  static ReportOverProduction readFrom(GrapheneReader in) {
    return new ReportOverProduction(
        in.readString(),
        SignedBlockHeader.readFrom(in),
        SignedBlockHeader.readFrom(in));
  }
}
