package io.github.goloswitness.crypto;

import java.util.List;
import java.util.TreeSet;

/**
 * custom (op 15): {@code (required_auths)(id)(data)}. Active of each required_auths; {@code id} is the application number.
 */
public record Custom(
    List<String> requiredAuths,
    @WireName("id") int customId,
    Bytes data)
    implements Operation {

  /**
   * Checks the fields, following the node's {@code validate()} for this operation, and keeps unmodifiable copies of the lists.
   *
   * @throws IllegalArgumentException if a component breaks a rule; the message names it
   * @throws NullPointerException if a required component is null
   */
  public Custom {
    requiredAuths = List.copyOf(new TreeSet<>(Fields.required(requiredAuths, "required_auths")));
    requiredAuths.forEach(a -> Fields.account(a, "required_auths"));
    Fields.uint16(customId, "id");
    Fields.required(data, "data");
  }

  @Override
  public void writeTo(GrapheneWriter out) {
    out.writeVector(requiredAuths, GrapheneWriter::writeString);
    out.writeUint16(customId);
    out.writeBytes(data);
  }

  static Custom readFrom(GrapheneReader in) {
    return new Custom(
        in.readVector(GrapheneReader::readString),
        in.readUint16(),
        in.readBytes());
  }
}
