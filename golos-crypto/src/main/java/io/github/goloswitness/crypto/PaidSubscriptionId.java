package io.github.goloswitness.crypto;

/** paid_subscription_id {@code (app)(name)(version)}: names a paid subscription of an author. */
public record PaidSubscriptionId(String app, String name, int version) {

  /**
   * Checks the components.
   *
   * @throws IllegalArgumentException if a component breaks a rule; the message names it
   * @throws NullPointerException if a required component is null; the message names it
   */
  public PaidSubscriptionId {
    Fields.required(app, "app");
    Fields.required(name, "name");
    Fields.uint16(version, "version");
  }

  void writeTo(GrapheneWriter out) {
    out.writeString(app).writeString(name).writeUint16(version);
  }

  static PaidSubscriptionId readFrom(GrapheneReader in) {
    return new PaidSubscriptionId(in.readString(), in.readString(), in.readUint16());
  }
}
