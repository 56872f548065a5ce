package io.github.goloswitness.crypto;

import java.util.List;

/**
 * nft_sell (op 78): {@code (seller)(token_id)(buyer)(order_id)(price)(extensions)}; active of seller.
 */
public record NftSell(
    String seller,
    long tokenId,
    String buyer,
    long orderId,
    Asset price,
    List<FutureExtension> extensions) implements Operation {
  /**
   * Checks the fields, following the node's {@code validate()} for this operation, and keeps unmodifiable copies of the lists.
   *
   * @throws IllegalArgumentException if a component breaks a rule; the message names it
   * @throws NullPointerException if a required component is null; the message names it
   */
  public NftSell {
    Fields.account(seller, "seller");
    Fields.uint32(tokenId, "token_id");
    Fields.accountOrEmpty(buyer, "buyer");
    Fields.uint32(orderId, "order_id");
    Fields.required(price, "price");
    extensions = List.copyOf(Fields.required(extensions, "extensions"));
  }

  @Override
  public void writeTo(GrapheneWriter out) {
    out.writeString(seller);
    out.writeUint32(tokenId);
    out.writeString(buyer);
    out.writeUint32(orderId);
    out.writeAsset(price);
    out.writeVariants(extensions);
  }

  static NftSell readFrom(GrapheneReader in) {
    String seller = in.readString();
    long tokenId = in.readUint32();
    String buyer = in.readString();
    long orderId = in.readUint32();
    Asset price = in.readAsset();
    List<FutureExtension> extensions = FutureExtension.readAll(in);
    return new NftSell(seller, tokenId, buyer, orderId, price, extensions);
  }
}
