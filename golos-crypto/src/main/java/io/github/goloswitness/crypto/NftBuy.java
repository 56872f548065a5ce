package io.github.goloswitness.crypto;

/**
 * nft_buy (op 79): {@code (buyer)(name)(token_id)(order_id)(price)(extensions)}; active of buyer.
 * The collection is a component {@code collection} because {@code name()} is the operation name.
 */
@EmptyExtensions
public record NftBuy(
    String buyer,
    @WireName("name") String collection,
    long tokenId,
    long orderId,
    Asset price) implements Operation {
  public NftBuy {
    Fields.required(buyer, "buyer");
    Fields.required(collection, "name");
    Fields.uint32(tokenId, "token_id");
    Fields.uint32(orderId, "order_id");
    Fields.required(price, "price");
  }

  @Override
  public void writeTo(GrapheneWriter out) {
    out.writeString(buyer);
    out.writeString(collection);
    out.writeUint32(tokenId);
    out.writeUint32(orderId);
    out.writeAsset(price);
    Canonical.writeNoExtensions(out);
  }

  static NftBuy readFrom(GrapheneReader in) {
    String buyer = in.readString();
    String collection = in.readString();
    long tokenId = in.readUint32();
    long orderId = in.readUint32();
    Asset price = in.readAsset();
    Canonical.readNoExtensions(in, "nft_buy");
    return new NftBuy(buyer, collection, tokenId, orderId, price);
  }
}
