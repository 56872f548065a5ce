package io.github.goloswitness.crypto;

import java.util.List;

/**
 * account_create_with_delegation (op 40): {@code (fee)(delegation)(creator)(new_account_name)(owner)(active)(posting)(memo_key)(json_metadata)(extensions)}. Active of creator; fee GOLOS and delegation GESTS, not negative.
 */
public record AccountCreateWithDelegation(
    Asset fee,
    Asset delegation,
    String creator,
    String newAccountName,
    Authority owner,
    Authority active,
    Authority posting,
    PublicKey memoKey,
    String jsonMetadata,
    List<AccountCreateExtension> extensions)
    implements Operation {

  /**
   * Checks the fields, following the node's {@code validate()} for this operation, and keeps unmodifiable copies of the lists.
   *
   * @throws IllegalArgumentException if a component breaks a rule; the message names it
   * @throws NullPointerException if a required component is null; the message names it
   */
  public AccountCreateWithDelegation {
    Fields.required(fee, "fee");
    Fields.required(delegation, "delegation");
    Fields.account(creator, "creator");
    Fields.account(newAccountName, "new_account_name");
    Fields.required(owner, "owner");
    Fields.required(active, "active");
    Fields.required(posting, "posting");
    Fields.required(memoKey, "memo_key");
    Fields.required(jsonMetadata, "json_metadata");
    extensions = List.copyOf(Fields.required(extensions, "extensions"));
    Fields.symbol(fee, "account_create_with_delegation.fee", Asset.Symbol.GOLOS);
    Fields.nonNegative(fee, "account_create_with_delegation.fee");
    Fields.symbol(delegation, "account_create_with_delegation.delegation", Asset.Symbol.GESTS);
    Fields.nonNegative(delegation, "account_create_with_delegation.delegation");
  }

  @Override
  public void writeTo(GrapheneWriter out) {
    out.writeAsset(fee);
    out.writeAsset(delegation);
    out.writeString(creator);
    out.writeString(newAccountName);
    owner.writeTo(out);
    active.writeTo(out);
    posting.writeTo(out);
    out.writePublicKey(memoKey);
    out.writeString(jsonMetadata);
    out.writeVariants(extensions);
  }

  static AccountCreateWithDelegation readFrom(GrapheneReader in) {
    return new AccountCreateWithDelegation(
        in.readAsset(),
        in.readAsset(),
        in.readString(),
        in.readString(),
        Authority.readFrom(in),
        Authority.readFrom(in),
        Authority.readFrom(in),
        in.readPublicKey(),
        in.readString(),
        AccountCreateExtension.readAll(in));
  }
}
