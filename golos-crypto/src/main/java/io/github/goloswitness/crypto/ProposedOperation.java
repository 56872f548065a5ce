package io.github.goloswitness.crypto;

/** operation_wrapper {@code (op)}: one operation inside a proposal_create. */
public record ProposedOperation(Operation op) {

  /**
   * Checks that no component is null.
   *
   * @throws NullPointerException if a required component is null; the message names it
   */
  public ProposedOperation {
    Fields.required(op, "op");
  }

  void writeTo(GrapheneWriter out) {
    if (op instanceof RawOperation raw) {
      raw.requireBinary(); // names the operation instead of failing on its missing tag
    }
    out.writeVarint32(op.id());
    op.writeTo(out);
  }

  static ProposedOperation readFrom(GrapheneReader in) {
    long tag = in.readVarint32();
    return new ProposedOperation(OperationType.byId(tag).read(in));
  }
}
