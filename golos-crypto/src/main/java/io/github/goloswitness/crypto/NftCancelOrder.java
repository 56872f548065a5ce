package io.github.goloswitness.crypto;

/**
 * nft_cancel_order (op 80): {@code (owner)(order_id)(extensions)}; active of owner.
 */
@EmptyExtensions
public record NftCancelOrder(String owner, long orderId) implements Operation {
  public NftCancelOrder {
    Fields.required(owner, "owner");
    Fields.uint32(orderId, "order_id");
  }

  @Override
  public void writeTo(GrapheneWriter out) {
    out.writeString(owner);
    out.writeUint32(orderId);
    Canonical.writeNoExtensions(out);
  }

  static NftCancelOrder readFrom(GrapheneReader in) {
    String owner = in.readString();
    long orderId = in.readUint32();
    Canonical.readNoExtensions(in, "nft_cancel_order");
    return new NftCancelOrder(owner, orderId);
  }
}
