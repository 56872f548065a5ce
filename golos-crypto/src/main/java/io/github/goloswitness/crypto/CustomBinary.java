package io.github.goloswitness.crypto;

import java.util.List;
import java.util.TreeSet;

/**
 * custom_binary (op 35): {@code (required_owner_auths)(required_active_auths)(required_posting_auths)(required_auths)(id)(data)}. Owner, active and posting of the listed accounts plus the listed authorities.
 */
public record CustomBinary(
    List<String> requiredOwnerAuths,
    List<String> requiredActiveAuths,
    List<String> requiredPostingAuths,
    List<Authority> requiredAuths,
    @WireName("id") String customId,
    Bytes data)
    implements Operation {

  /**
   * Checks the fields, following the node's {@code validate()} for this operation, and keeps unmodifiable copies of the lists.
   *
   * @throws IllegalArgumentException if a component breaks a rule; the message names it
   * @throws NullPointerException if a required component is null
   */
  public CustomBinary {
    requiredOwnerAuths = List.copyOf(new TreeSet<>(Fields.required(requiredOwnerAuths, "required_owner_auths")));
    requiredOwnerAuths.forEach(a -> Fields.account(a, "required_owner_auths"));
    requiredActiveAuths = List.copyOf(new TreeSet<>(Fields.required(requiredActiveAuths, "required_active_auths")));
    requiredActiveAuths.forEach(a -> Fields.account(a, "required_active_auths"));
    requiredPostingAuths = List.copyOf(new TreeSet<>(Fields.required(requiredPostingAuths, "required_posting_auths")));
    requiredPostingAuths.forEach(a -> Fields.account(a, "required_posting_auths"));
    requiredAuths = List.copyOf(Fields.required(requiredAuths, "required_auths"));
    Fields.required(customId, "id");
    Fields.required(data, "data");
    Fields.maxBytes(customId, Fields.CUSTOM_OP_ID_MAX_LENGTH, "custom_binary.id");
  }

  @Override
  public void writeTo(GrapheneWriter out) {
    out.writeVector(requiredOwnerAuths, GrapheneWriter::writeString);
    out.writeVector(requiredActiveAuths, GrapheneWriter::writeString);
    out.writeVector(requiredPostingAuths, GrapheneWriter::writeString);
    out.writeVector(requiredAuths, (w, a) -> a.writeTo(w));
    out.writeString(customId);
    out.writeBytes(data);
  }

  static CustomBinary readFrom(GrapheneReader in) {
    return new CustomBinary(
        in.readVector(GrapheneReader::readString),
        in.readVector(GrapheneReader::readString),
        in.readVector(GrapheneReader::readString),
        in.readVector(Authority::readFrom),
        in.readString(),
        in.readBytes());
  }
}
