package io.github.goloswitness.crypto;

/**
 * proposal_delete (op 44): {@code (author)(title)(requester)(extensions)}; active of requester.
 */
@EmptyExtensions
public record ProposalDelete(String author, String title, String requester) implements Operation {
  public ProposalDelete {
    Fields.required(author, "author");
    Fields.required(title, "title");
    Fields.required(requester, "requester");
  }

  @Override
  public void writeTo(GrapheneWriter out) {
    out.writeString(author);
    out.writeString(title);
    out.writeString(requester);
    Canonical.writeNoExtensions(out);
  }

  static ProposalDelete readFrom(GrapheneReader in) {
    String author = in.readString();
    String title = in.readString();
    String requester = in.readString();
    Canonical.readNoExtensions(in, "proposal_delete");
    return new ProposalDelete(author, title, requester);
  }
}
