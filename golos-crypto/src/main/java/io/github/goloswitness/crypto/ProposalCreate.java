package io.github.goloswitness.crypto;

import java.util.List;
import java.util.Optional;

/**
 * proposal_create (op 42): {@code (author)(title)(memo)(expiration_time)(proposed_operations)(review_period_time)(extensions)}; active of author.
 * The proposed operations are signed later by their own authorities (proposal_update).
 */
public record ProposalCreate(
    String author,
    String title,
    String memo,
    TimePointSec expirationTime,
    List<ProposedOperation> proposedOperations,
    Optional<TimePointSec> reviewPeriodTime,
    List<FutureExtension> extensions) implements Operation {
  /**
   * Checks the fields, following the node's {@code validate()} for this operation, and keeps unmodifiable copies of the lists.
   *
   * @throws IllegalArgumentException if a component breaks a rule; the message names it
   * @throws NullPointerException if a required component is null; the message names it
   */
  public ProposalCreate {
    Fields.account(author, "author");
    Fields.required(title, "title");
    Fields.required(memo, "memo");
    Fields.required(expirationTime, "expiration_time");
    proposedOperations = List.copyOf(Fields.required(proposedOperations, "proposed_operations"));
    Fields.required(reviewPeriodTime, "review_period_time");
    extensions = List.copyOf(Fields.required(extensions, "extensions"));
    if (proposedOperations.isEmpty()) {
      throw new IllegalArgumentException("proposed_operations is empty");
    }
  }

  @Override
  public void writeTo(GrapheneWriter out) {
    out.writeString(author);
    out.writeString(title);
    out.writeString(memo);
    out.writeTime(expirationTime);
    out.writeVector(proposedOperations, (o, p) -> p.writeTo(o));
    out.writeOptional(reviewPeriodTime.orElse(null), GrapheneWriter::writeTime);
    out.writeVariants(extensions);
  }

  static ProposalCreate readFrom(GrapheneReader in) {
    String author = in.readString();
    String title = in.readString();
    String memo = in.readString();
    TimePointSec expirationTime = in.readTime();
    List<ProposedOperation> proposedOperations = in.readVector(ProposedOperation::readFrom);
    Optional<TimePointSec> reviewPeriodTime = Optional.ofNullable(in.readOptional(GrapheneReader::readTime));
    List<FutureExtension> extensions = FutureExtension.readAll(in);
    return new ProposalCreate(author, title, memo, expirationTime, proposedOperations, reviewPeriodTime, extensions);
  }
}
