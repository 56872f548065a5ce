package io.github.goloswitness.crypto;

/**
 * cancel_transfer_from_savings (op 34): {@code (from)(request_id)}. Active of from.
 */
public record CancelTransferFromSavings(
    String from,
    long requestId)
    implements Operation {

  /**
   * Checks the fields, following the node's {@code validate()} for this operation.
   *
   * @throws IllegalArgumentException if a component breaks a rule; the message names it
   * @throws NullPointerException if a required component is null; the message names it
   */
  public CancelTransferFromSavings {
    Fields.account(from, "from");
    Fields.uint32(requestId, "request_id");
  }

  @Override
  public void writeTo(GrapheneWriter out) {
    out.writeString(from);
    out.writeUint32(requestId);
  }

  static CancelTransferFromSavings readFrom(GrapheneReader in) {
    return new CancelTransferFromSavings(
        in.readString(),
        in.readUint32());
  }
}
