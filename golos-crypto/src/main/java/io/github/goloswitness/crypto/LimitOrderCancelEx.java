package io.github.goloswitness.crypto;

import java.util.List;
import java.util.Map;

/**
 * limit_order_cancel_ex (op 67): {@code (owner)(orderid)(extensions)}; active of owner.
 */
public record LimitOrderCancelEx(String owner, long orderid, List<Extension> extensions) implements Operation {
  /** An extension of this operation (chain-node limit_order_cancel_extensions_type). */
  public sealed interface Extension extends Variant permits PairToCancel {}

  /** pair_to_cancel (tag 0): cancel every order of the owner in this market. */
  @VariantTag(0)
  public record PairToCancel(String base, String quote, boolean reverse) implements Extension {
    /**
     * Checks that no component is null.
     *
     * @throws NullPointerException if a required component is null; the message names it
     */
    public PairToCancel {
      Fields.required(base, "base");
      Fields.required(quote, "quote");
    }

    @Override
    public void writeTo(GrapheneWriter out) {
      out.writeString(base);
      out.writeString(quote);
      out.writeBool(reverse);
    }

    static PairToCancel readFrom(GrapheneReader in) {
      return new PairToCancel(in.readString(), in.readString(), in.readBool());
    }
  }

  /**
   * Checks the fields, following the node's {@code validate()} for this operation.
   *
   * @throws IllegalArgumentException if a component breaks a rule; the message names it
   * @throws NullPointerException if a required component is null; the message names it
   */
  public LimitOrderCancelEx {
    Fields.account(owner, "owner");
    Fields.uint32(orderid, "orderid");
    extensions = Canonical.variants(extensions, "extensions");
  }

  @Override
  public void writeTo(GrapheneWriter out) {
    out.writeString(owner);
    out.writeUint32(orderid);
    out.writeVariants(extensions);
  }

  static LimitOrderCancelEx readFrom(GrapheneReader in) {
    String owner = in.readString();
    long orderid = in.readUint32();
    List<Extension> extensions = Canonical.readVariants(in, "limit_order_cancel_ex.extensions", Map.of(0, PairToCancel::readFrom));
    return new LimitOrderCancelEx(owner, orderid, extensions);
  }
}
