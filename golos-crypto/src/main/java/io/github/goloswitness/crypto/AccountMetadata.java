package io.github.goloswitness.crypto;

/**
 * account_metadata (op 41): {@code (account)(json_metadata)}; posting of account.
 */
public record AccountMetadata(String account, String jsonMetadata) implements Operation {
  /**
   * Checks the fields, following the node's {@code validate()} for this operation.
   *
   * @throws IllegalArgumentException if a component breaks a rule; the message names it
   * @throws NullPointerException if a required component is null; the message names it
   */
  public AccountMetadata {
    Fields.account(account, "account");
    Fields.required(jsonMetadata, "json_metadata");
  }

  @Override
  public void writeTo(GrapheneWriter out) {
    out.writeString(account);
    out.writeString(jsonMetadata);
  }

  static AccountMetadata readFrom(GrapheneReader in) {
    String account = in.readString();
    String jsonMetadata = in.readString();
    return new AccountMetadata(account, jsonMetadata);
  }
}
