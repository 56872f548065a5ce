package io.github.goloswitness.crypto;

import java.util.List;

/**
 * proposal_delete (op 44): {@code (author)(title)(requester)(extensions)}; active of requester.
 */
public record ProposalDelete(
    String author,
    String title,
    String requester,
    List<FutureExtension> extensions) implements Operation {
  /**
   * Checks the fields, following the node's {@code validate()} for this operation, and keeps unmodifiable copies of the lists.
   *
   * @throws IllegalArgumentException if a component breaks a rule; the message names it
   * @throws NullPointerException if a required component is null; the message names it
   */
  public ProposalDelete {
    Fields.account(author, "author");
    Fields.required(title, "title");
    Fields.account(requester, "requester");
    extensions = List.copyOf(Fields.required(extensions, "extensions"));
  }

  @Override
  public void writeTo(GrapheneWriter out) {
    out.writeString(author);
    out.writeString(title);
    out.writeString(requester);
    out.writeVariants(extensions);
  }

  static ProposalDelete readFrom(GrapheneReader in) {
    String author = in.readString();
    String title = in.readString();
    String requester = in.readString();
    List<FutureExtension> extensions = FutureExtension.readAll(in);
    return new ProposalDelete(author, title, requester, extensions);
  }
}
