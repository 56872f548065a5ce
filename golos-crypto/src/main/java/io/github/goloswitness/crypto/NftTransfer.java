package io.github.goloswitness.crypto;

/**
 * nft_transfer (op 77): {@code (token_id)(from)(to)(memo)(extensions)}; active of from.
 */
@EmptyExtensions
public record NftTransfer(long tokenId, String from, String to, String memo) implements Operation {
  public NftTransfer {
    Fields.uint32(tokenId, "token_id");
    Fields.required(from, "from");
    Fields.required(to, "to");
    Fields.required(memo, "memo");
  }

  @Override
  public void writeTo(GrapheneWriter out) {
    out.writeUint32(tokenId);
    out.writeString(from);
    out.writeString(to);
    out.writeString(memo);
    Canonical.writeNoExtensions(out);
  }

  static NftTransfer readFrom(GrapheneReader in) {
    long tokenId = in.readUint32();
    String from = in.readString();
    String to = in.readString();
    String memo = in.readString();
    Canonical.readNoExtensions(in, "nft_transfer");
    return new NftTransfer(tokenId, from, to, memo);
  }
}
