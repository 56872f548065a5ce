package io.github.goloswitness.crypto;

import java.util.List;

/**
 * nft_cancel_order (op 80): {@code (owner)(order_id)(extensions)}; active of owner.
 */
public record NftCancelOrder(String owner, long orderId, List<FutureExtension> extensions) implements Operation {
  /**
   * Checks the fields, following the node's {@code validate()} for this operation, and keeps unmodifiable copies of the lists.
   *
   * @throws IllegalArgumentException if a component breaks a rule; the message names it
   * @throws NullPointerException if a required component is null; the message names it
   */
  public NftCancelOrder {
    Fields.account(owner, "owner");
    Fields.uint32(orderId, "order_id");
    extensions = List.copyOf(Fields.required(extensions, "extensions"));
  }

  @Override
  public void writeTo(GrapheneWriter out) {
    out.writeString(owner);
    out.writeUint32(orderId);
    out.writeVariants(extensions);
  }

  static NftCancelOrder readFrom(GrapheneReader in) {
    String owner = in.readString();
    long orderId = in.readUint32();
    List<FutureExtension> extensions = FutureExtension.readAll(in);
    return new NftCancelOrder(owner, orderId, extensions);
  }
}
