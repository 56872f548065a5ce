package io.github.goloswitness.crypto;

import java.util.List;

/**
 * account_create_with_invite (op 59): {@code (invite_secret)(creator)(new_account_name)(owner)(active)(posting)(memo_key)(json_metadata)(extensions)}; active of creator.
 */
public record AccountCreateWithInvite(
    String inviteSecret,
    String creator,
    String newAccountName,
    Authority owner,
    Authority active,
    Authority posting,
    PublicKey memoKey,
    String jsonMetadata,
    List<FutureExtension> extensions) implements Operation {
  /**
   * Checks the fields, following the node's {@code validate()} for this operation, and keeps unmodifiable copies of the lists.
   *
   * @throws IllegalArgumentException if a component breaks a rule; the message names it
   * @throws NullPointerException if a required component is null; the message names it
   */
  public AccountCreateWithInvite {
    Fields.required(inviteSecret, "invite_secret");
    Fields.account(creator, "creator");
    Fields.account(newAccountName, "new_account_name");
    Fields.required(owner, "owner");
    Fields.required(active, "active");
    Fields.required(posting, "posting");
    Fields.required(memoKey, "memo_key");
    Fields.required(jsonMetadata, "json_metadata");
    extensions = List.copyOf(Fields.required(extensions, "extensions"));
  }

  @Override
  public void writeTo(GrapheneWriter out) {
    out.writeString(inviteSecret);
    out.writeString(creator);
    out.writeString(newAccountName);
    owner.writeTo(out);
    active.writeTo(out);
    posting.writeTo(out);
    out.writePublicKey(memoKey);
    out.writeString(jsonMetadata);
    out.writeVariants(extensions);
  }

  static AccountCreateWithInvite readFrom(GrapheneReader in) {
    String inviteSecret = in.readString();
    String creator = in.readString();
    String newAccountName = in.readString();
    Authority owner = Authority.readFrom(in);
    Authority active = Authority.readFrom(in);
    Authority posting = Authority.readFrom(in);
    PublicKey memoKey = in.readPublicKey();
    String jsonMetadata = in.readString();
    List<FutureExtension> extensions = FutureExtension.readAll(in);
    return new AccountCreateWithInvite(inviteSecret, creator, newAccountName, owner, active, posting, memoKey, jsonMetadata, extensions);
  }

  /** Redacts invite_secret, a private key in WIF. */
  @Override
  public String toString() {
    return "AccountCreateWithInvite[" + "inviteSecret=[redacted]" + ", " + "creator=" + creator + ", " + "newAccountName=" + newAccountName + ", " + "owner=" + owner + ", " + "active=" + active + ", " + "posting=" + posting + ", " + "memoKey=" + memoKey + ", " + "jsonMetadata=" + jsonMetadata + ", " + "extensions=" + extensions + "]";
  }
}
