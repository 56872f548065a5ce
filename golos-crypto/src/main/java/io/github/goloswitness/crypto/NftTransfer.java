package io.github.goloswitness.crypto;

import java.util.List;

/**
 * nft_transfer (op 77): {@code (token_id)(from)(to)(memo)(extensions)}; active of from.
 */
public record NftTransfer(
    long tokenId,
    String from,
    String to,
    String memo,
    List<FutureExtension> extensions) implements Operation {
  /**
   * Checks the fields, following the node's {@code validate()} for this operation, and keeps unmodifiable copies of the lists.
   *
   * @throws IllegalArgumentException if a component breaks a rule; the message names it
   * @throws NullPointerException if a required component is null; the message names it
   */
  public NftTransfer {
    Fields.uint32(tokenId, "token_id");
    Fields.account(from, "from");
    Fields.account(to, "to");
    Fields.required(memo, "memo");
    extensions = List.copyOf(Fields.required(extensions, "extensions"));
  }

  @Override
  public void writeTo(GrapheneWriter out) {
    out.writeUint32(tokenId);
    out.writeString(from);
    out.writeString(to);
    out.writeString(memo);
    out.writeVariants(extensions);
  }

  static NftTransfer readFrom(GrapheneReader in) {
    long tokenId = in.readUint32();
    String from = in.readString();
    String to = in.readString();
    String memo = in.readString();
    List<FutureExtension> extensions = FutureExtension.readAll(in);
    return new NftTransfer(tokenId, from, to, memo, extensions);
  }
}
