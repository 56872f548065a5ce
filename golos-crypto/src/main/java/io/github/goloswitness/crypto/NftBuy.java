package io.github.goloswitness.crypto;

import java.util.List;

/**
 * nft_buy (op 79): {@code (buyer)(name)(token_id)(order_id)(price)(extensions)}; active of buyer.
 * The collection is a component {@code collection} because {@code name()} is the operation name.
 */
public record NftBuy(
    String buyer,
    @WireName("name") String collection,
    long tokenId,
    long orderId,
    Asset price,
    List<FutureExtension> extensions) implements Operation {
  /**
   * Checks the fields, following the node's {@code validate()} for this operation, and keeps unmodifiable copies of the lists.
   *
   * @throws IllegalArgumentException if a component breaks a rule; the message names it
   * @throws NullPointerException if a required component is null; the message names it
   */
  public NftBuy {
    Fields.account(buyer, "buyer");
    Fields.required(collection, "name");
    Fields.uint32(tokenId, "token_id");
    Fields.uint32(orderId, "order_id");
    Fields.required(price, "price");
    extensions = List.copyOf(Fields.required(extensions, "extensions"));
  }

  @Override
  public void writeTo(GrapheneWriter out) {
    out.writeString(buyer);
    out.writeString(collection);
    out.writeUint32(tokenId);
    out.writeUint32(orderId);
    out.writeAsset(price);
    out.writeVariants(extensions);
  }

  static NftBuy readFrom(GrapheneReader in) {
    String buyer = in.readString();
    String collection = in.readString();
    long tokenId = in.readUint32();
    long orderId = in.readUint32();
    Asset price = in.readAsset();
    List<FutureExtension> extensions = FutureExtension.readAll(in);
    return new NftBuy(buyer, collection, tokenId, orderId, price, extensions);
  }
}
