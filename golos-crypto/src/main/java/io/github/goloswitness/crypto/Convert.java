package io.github.goloswitness.crypto;

/**
 * convert (op 8): {@code (owner)(requestid)(amount)}. Active of owner; amount positive.
 */
public record Convert(
    String owner,
    long requestid,
    Asset amount)
    implements Operation {

  /**
   * Checks the fields, following the node's {@code validate()} for this operation.
   *
   * @throws IllegalArgumentException if a component breaks a rule; the message names it
   * @throws NullPointerException if a required component is null; the message names it
   */
  public Convert {
    Fields.account(owner, "owner");
    Fields.uint32(requestid, "requestid");
    Fields.required(amount, "amount");
    Fields.positive(amount, "convert.amount");
  }

  @Override
  public void writeTo(GrapheneWriter out) {
    out.writeString(owner);
    out.writeUint32(requestid);
    out.writeAsset(amount);
  }

  static Convert readFrom(GrapheneReader in) {
    return new Convert(
        in.readString(),
        in.readUint32(),
        in.readAsset());
  }
}
