package io.github.goloswitness.crypto;

import java.util.List;
import java.util.TreeSet;

/**
 * custom_json (op 18): {@code (required_auths)(required_posting_auths)(id)(json)}. The two
 * authority sets are flat_sets: stored sorted and without duplicates, as the node packs them.
 *
 * @param jsonId the node's {@code id} field (an application name such as {@code "follow"})
 */
public record CustomJson(
    List<String> requiredAuths, List<String> requiredPostingAuths, @WireName("id") String jsonId,
    String json)
    implements Operation {

  /**
   * Checks the fields, following the node's {@code validate()} for this operation, and keeps unmodifiable copies of the lists.
   *
   * @throws IllegalArgumentException if a component breaks a rule; the message names it
   * @throws NullPointerException if a required component is null
   */
  public CustomJson {
    requiredAuths = List.copyOf(new TreeSet<>(Fields.required(requiredAuths, "required_auths")));
    requiredPostingAuths =
        List.copyOf(new TreeSet<>(Fields.required(requiredPostingAuths, "required_posting_auths")));
    requiredAuths.forEach(a -> Fields.account(a, "required_auths"));
    requiredPostingAuths.forEach(a -> Fields.account(a, "required_posting_auths"));
    if (requiredAuths.isEmpty() && requiredPostingAuths.isEmpty()) {
      throw new IllegalArgumentException(
          "custom_json needs at least one of required_auths and required_posting_auths");
    }
    Fields.maxBytes(jsonId, Fields.CUSTOM_OP_ID_MAX_LENGTH, "custom_json.id");
    Fields.required(json, "json");
  }

  @Override
  public void writeTo(GrapheneWriter out) {
    out.writeVector(requiredAuths, GrapheneWriter::writeString)
        .writeVector(requiredPostingAuths, GrapheneWriter::writeString)
        .writeString(jsonId)
        .writeString(json);
  }

  static CustomJson readFrom(GrapheneReader in) {
    return new CustomJson(
        in.readVector(GrapheneReader::readString), in.readVector(GrapheneReader::readString),
        in.readString(), in.readString());
  }
}
