package io.github.goloswitness.crypto;

import java.util.List;

/**
 * proposal_update (op 43): {@code (author)(title)(active_approvals_to_add)(active_approvals_to_remove)(owner_approvals_to_add)(owner_approvals_to_remove)(posting_approvals_to_add)(posting_approvals_to_remove)(key_approvals_to_add)(key_approvals_to_remove)(extensions)}; the approvals it adds or removes.
 */
public record ProposalUpdate(
    String author,
    String title,
    List<String> activeApprovalsToAdd,
    List<String> activeApprovalsToRemove,
    List<String> ownerApprovalsToAdd,
    List<String> ownerApprovalsToRemove,
    List<String> postingApprovalsToAdd,
    List<String> postingApprovalsToRemove,
    List<PublicKey> keyApprovalsToAdd,
    List<PublicKey> keyApprovalsToRemove,
    List<FutureExtension> extensions) implements Operation {
  /**
   * Checks the fields, following the node's {@code validate()} for this operation, and keeps unmodifiable copies of the lists.
   *
   * @throws IllegalArgumentException if a component breaks a rule; the message names it
   * @throws NullPointerException if a required component is null; the message names it
   */
  public ProposalUpdate {
    Fields.account(author, "author");
    Fields.required(title, "title");
    activeApprovalsToAdd = Canonical.strings(activeApprovalsToAdd, "active_approvals_to_add");
    activeApprovalsToRemove = Canonical.strings(activeApprovalsToRemove, "active_approvals_to_remove");
    ownerApprovalsToAdd = Canonical.strings(ownerApprovalsToAdd, "owner_approvals_to_add");
    ownerApprovalsToRemove = Canonical.strings(ownerApprovalsToRemove, "owner_approvals_to_remove");
    postingApprovalsToAdd = Canonical.strings(postingApprovalsToAdd, "posting_approvals_to_add");
    postingApprovalsToRemove = Canonical.strings(postingApprovalsToRemove, "posting_approvals_to_remove");
    keyApprovalsToAdd = Canonical.keys(keyApprovalsToAdd, "key_approvals_to_add");
    keyApprovalsToRemove = Canonical.keys(keyApprovalsToRemove, "key_approvals_to_remove");
    extensions = List.copyOf(Fields.required(extensions, "extensions"));
  }

  @Override
  public void writeTo(GrapheneWriter out) {
    out.writeString(author);
    out.writeString(title);
    out.writeVector(activeApprovalsToAdd, GrapheneWriter::writeString);
    out.writeVector(activeApprovalsToRemove, GrapheneWriter::writeString);
    out.writeVector(ownerApprovalsToAdd, GrapheneWriter::writeString);
    out.writeVector(ownerApprovalsToRemove, GrapheneWriter::writeString);
    out.writeVector(postingApprovalsToAdd, GrapheneWriter::writeString);
    out.writeVector(postingApprovalsToRemove, GrapheneWriter::writeString);
    out.writeVector(keyApprovalsToAdd, GrapheneWriter::writePublicKey);
    out.writeVector(keyApprovalsToRemove, GrapheneWriter::writePublicKey);
    out.writeVariants(extensions);
  }

  static ProposalUpdate readFrom(GrapheneReader in) {
    String author = in.readString();
    String title = in.readString();
    List<String> activeApprovalsToAdd = in.readVector(GrapheneReader::readString);
    List<String> activeApprovalsToRemove = in.readVector(GrapheneReader::readString);
    List<String> ownerApprovalsToAdd = in.readVector(GrapheneReader::readString);
    List<String> ownerApprovalsToRemove = in.readVector(GrapheneReader::readString);
    List<String> postingApprovalsToAdd = in.readVector(GrapheneReader::readString);
    List<String> postingApprovalsToRemove = in.readVector(GrapheneReader::readString);
    List<PublicKey> keyApprovalsToAdd = in.readVector(GrapheneReader::readPublicKey);
    List<PublicKey> keyApprovalsToRemove = in.readVector(GrapheneReader::readPublicKey);
    List<FutureExtension> extensions = FutureExtension.readAll(in);
    return new ProposalUpdate(author, title, activeApprovalsToAdd, activeApprovalsToRemove, ownerApprovalsToAdd, ownerApprovalsToRemove, postingApprovalsToAdd, postingApprovalsToRemove, keyApprovalsToAdd, keyApprovalsToRemove, extensions);
  }
}
