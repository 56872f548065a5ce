package io.github.goloswitness.crypto;

/**
 * account_create (op 9): {@code (fee)(creator)(new_account_name)(owner)(active)(posting)(memo_key)(json_metadata)}. Active of creator; fee GOLOS, not negative.
 */
public record AccountCreate(
    Asset fee,
    String creator,
    String newAccountName,
    Authority owner,
    Authority active,
    Authority posting,
    PublicKey memoKey,
    String jsonMetadata)
    implements Operation {

  /**
   * Checks the fields, following the node's {@code validate()} for this operation.
   *
   * @throws IllegalArgumentException if a component breaks a rule; the message names it
   * @throws NullPointerException if a required component is null; the message names it
   */
  public AccountCreate {
    Fields.required(fee, "fee");
    Fields.account(creator, "creator");
    Fields.account(newAccountName, "new_account_name");
    Fields.required(owner, "owner");
    Fields.required(active, "active");
    Fields.required(posting, "posting");
    Fields.required(memoKey, "memo_key");
    Fields.required(jsonMetadata, "json_metadata");
    Fields.symbol(fee, "account_create.fee", Asset.Symbol.GOLOS);
    Fields.nonNegative(fee, "account_create.fee");
  }

  @Override
  public void writeTo(GrapheneWriter out) {
    out.writeAsset(fee);
    out.writeString(creator);
    out.writeString(newAccountName);
    owner.writeTo(out);
    active.writeTo(out);
    posting.writeTo(out);
    out.writePublicKey(memoKey);
    out.writeString(jsonMetadata);
  }

  static AccountCreate readFrom(GrapheneReader in) {
    return new AccountCreate(
        in.readAsset(),
        in.readString(),
        in.readString(),
        Authority.readFrom(in),
        Authority.readFrom(in),
        Authority.readFrom(in),
        in.readPublicKey(),
        in.readString());
  }
}
