package io.github.goloswitness.crypto;

/**
 * nft_sell (op 78): {@code (seller)(token_id)(buyer)(order_id)(price)(extensions)}; active of seller.
 */
@EmptyExtensions
public record NftSell(
    String seller,
    long tokenId,
    String buyer,
    long orderId,
    Asset price) implements Operation {
  public NftSell {
    Fields.required(seller, "seller");
    Fields.uint32(tokenId, "token_id");
    Fields.required(buyer, "buyer");
    Fields.uint32(orderId, "order_id");
    Fields.required(price, "price");
  }

  @Override
  public void writeTo(GrapheneWriter out) {
    out.writeString(seller);
    out.writeUint32(tokenId);
    out.writeString(buyer);
    out.writeUint32(orderId);
    out.writeAsset(price);
    Canonical.writeNoExtensions(out);
  }

  static NftSell readFrom(GrapheneReader in) {
    String seller = in.readString();
    long tokenId = in.readUint32();
    String buyer = in.readString();
    long orderId = in.readUint32();
    Asset price = in.readAsset();
    Canonical.readNoExtensions(in, "nft_sell");
    return new NftSell(seller, tokenId, buyer, orderId, price);
  }
}
