package io.github.goloswitness.crypto;

import java.util.Optional;

/**
 * account_update (op 10): {@code (account)(owner)(active)(posting)(memo_key)(json_metadata)}. Owner of account when owner is set, else active; absent authorities stay as they are.
 */
public record AccountUpdate(
    String account,
    Optional<Authority> owner,
    Optional<Authority> active,
    Optional<Authority> posting,
    PublicKey memoKey,
    String jsonMetadata)
    implements Operation {

  /**
   * Checks the fields, following the node's {@code validate()} for this operation.
   *
   * @throws IllegalArgumentException if a component breaks a rule; the message names it
   * @throws NullPointerException if a required component is null; the message names it
   */
  public AccountUpdate {
    Fields.account(account, "account");
    Fields.required(owner, "owner");
    Fields.required(active, "active");
    Fields.required(posting, "posting");
    Fields.required(memoKey, "memo_key");
    Fields.required(jsonMetadata, "json_metadata");
  }

  @Override
  public void writeTo(GrapheneWriter out) {
    out.writeString(account);
    out.writeOptional(owner.orElse(null), (w, a) -> a.writeTo(w));
    out.writeOptional(active.orElse(null), (w, a) -> a.writeTo(w));
    out.writeOptional(posting.orElse(null), (w, a) -> a.writeTo(w));
    out.writePublicKey(memoKey);
    out.writeString(jsonMetadata);
  }

  static AccountUpdate readFrom(GrapheneReader in) {
    return new AccountUpdate(
        in.readString(),
        Optional.ofNullable(in.readOptional(Authority::readFrom)),
        Optional.ofNullable(in.readOptional(Authority::readFrom)),
        Optional.ofNullable(in.readOptional(Authority::readFrom)),
        in.readPublicKey(),
        in.readString());
  }
}
