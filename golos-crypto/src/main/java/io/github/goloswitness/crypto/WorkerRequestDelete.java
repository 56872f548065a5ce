package io.github.goloswitness.crypto;

import java.util.List;

/**
 * worker_request_delete (op 51): {@code (author)(permlink)(extensions)}; posting of author.
 */
public record WorkerRequestDelete(
    String author,
    String permlink,
    List<FutureExtension> extensions) implements Operation {
  public WorkerRequestDelete {
    Fields.account(author, "author");
    Fields.required(permlink, "permlink");
    extensions = List.copyOf(Fields.required(extensions, "extensions"));
  }

  @Override
  public void writeTo(GrapheneWriter out) {
    out.writeString(author);
    out.writeString(permlink);
    out.writeVariants(extensions);
  }

  static WorkerRequestDelete readFrom(GrapheneReader in) {
    String author = in.readString();
    String permlink = in.readString();
    List<FutureExtension> extensions = FutureExtension.readAll(in);
    return new WorkerRequestDelete(author, permlink, extensions);
  }
}
