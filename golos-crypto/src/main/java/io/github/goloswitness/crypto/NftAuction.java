package io.github.goloswitness.crypto;

import java.util.List;

/**
 * nft_auction (op 81): {@code (owner)(token_id)(min_price)(expiration)(extensions)}; active of owner.
 */
public record NftAuction(
    String owner,
    long tokenId,
    Asset minPrice,
    TimePointSec expiration,
    List<FutureExtension> extensions) implements Operation {
  /**
   * Checks the fields, following the node's {@code validate()} for this operation, and keeps unmodifiable copies of the lists.
   *
   * @throws IllegalArgumentException if a component breaks a rule; the message names it
   * @throws NullPointerException if a required component is null; the message names it
   */
  public NftAuction {
    Fields.account(owner, "owner");
    Fields.uint32(tokenId, "token_id");
    Fields.required(minPrice, "min_price");
    Fields.required(expiration, "expiration");
    extensions = List.copyOf(Fields.required(extensions, "extensions"));
  }

  @Override
  public void writeTo(GrapheneWriter out) {
    out.writeString(owner);
    out.writeUint32(tokenId);
    out.writeAsset(minPrice);
    out.writeTime(expiration);
    out.writeVariants(extensions);
  }

  static NftAuction readFrom(GrapheneReader in) {
    String owner = in.readString();
    long tokenId = in.readUint32();
    Asset minPrice = in.readAsset();
    TimePointSec expiration = in.readTime();
    List<FutureExtension> extensions = FutureExtension.readAll(in);
    return new NftAuction(owner, tokenId, minPrice, expiration, extensions);
  }
}
