package io.github.goloswitness.crypto;

/**
 * worker_request_delete (op 51): {@code (author)(permlink)(extensions)}; posting of author.
 */
@EmptyExtensions
public record WorkerRequestDelete(String author, String permlink) implements Operation {
  public WorkerRequestDelete {
    Fields.required(author, "author");
    Fields.required(permlink, "permlink");
  }

  @Override
  public void writeTo(GrapheneWriter out) {
    out.writeString(author);
    out.writeString(permlink);
    Canonical.writeNoExtensions(out);
  }

  static WorkerRequestDelete readFrom(GrapheneReader in) {
    String author = in.readString();
    String permlink = in.readString();
    Canonical.readNoExtensions(in, "worker_request_delete");
    return new WorkerRequestDelete(author, permlink);
  }
}
