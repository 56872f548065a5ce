package io.github.goloswitness.crypto;

import java.util.List;

/**
 * worker_request_delete (op 51): {@code (author)(permlink)(extensions)}; posting of author.
 */
public record WorkerRequestDelete(
    String author,
    String permlink,
    List<FutureExtension> extensions) implements Operation {
  /**
   * Checks the fields, following the node's {@code validate()} for this operation, and keeps unmodifiable copies of the lists.
   *
   * @throws IllegalArgumentException if a component breaks a rule; the message names it
   * @throws NullPointerException if a required component is null; the message names it
   */
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
