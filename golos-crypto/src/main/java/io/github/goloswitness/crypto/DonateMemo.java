package io.github.goloswitness.crypto;

import java.util.Optional;

/**
 * donate_memo {@code (app)(version)(target)(comment)}: what a donation is for; {@code target} is
 * free-form (e.g. {@code {"author": "bob", "permlink": "post"}}), {@code comment} optional.
 */
public record DonateMemo(String app, int version, VariantObject target, Optional<String> comment) {

  /**
   * Checks the components.
   *
   * @throws IllegalArgumentException if a component breaks a rule; the message names it
   * @throws NullPointerException if a required component is null; the message names it
   */
  public DonateMemo {
    Fields.required(app, "app");
    Fields.uint16(version, "version");
    Fields.required(target, "target");
    Fields.required(comment, "comment");
  }

  void writeTo(GrapheneWriter out) {
    out.writeString(app).writeUint16(version);
    target.writeTo(out);
    out.writeOptional(comment.orElse(null), GrapheneWriter::writeString);
  }

  static DonateMemo readFrom(GrapheneReader in) {
    return new DonateMemo(in.readString(), in.readUint16(), VariantObject.readFrom(in),
        Optional.ofNullable(in.readOptional(GrapheneReader::readString)));
  }
}
