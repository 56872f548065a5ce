package io.github.goloswitness.crypto;

/**
 * nft_auction (op 81): {@code (owner)(token_id)(min_price)(expiration)(extensions)}; active of owner.
 */
@EmptyExtensions
public record NftAuction(
    String owner,
    long tokenId,
    Asset minPrice,
    TimePointSec expiration) implements Operation {
  public NftAuction {
    Fields.required(owner, "owner");
    Fields.uint32(tokenId, "token_id");
    Fields.required(minPrice, "min_price");
    Fields.required(expiration, "expiration");
  }

  @Override
  public void writeTo(GrapheneWriter out) {
    out.writeString(owner);
    out.writeUint32(tokenId);
    out.writeAsset(minPrice);
    out.writeTime(expiration);
    Canonical.writeNoExtensions(out);
  }

  static NftAuction readFrom(GrapheneReader in) {
    String owner = in.readString();
    long tokenId = in.readUint32();
    Asset minPrice = in.readAsset();
    TimePointSec expiration = in.readTime();
    Canonical.readNoExtensions(in, "nft_auction");
    return new NftAuction(owner, tokenId, minPrice, expiration);
  }
}
