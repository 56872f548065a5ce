package io.github.goloswitness.crypto;

import java.util.List;

/**
 * comment_options (op 19): {@code (author)(permlink)(max_accepted_payout)(percent_steem_dollars)(allow_votes)(allow_curation_rewards)(extensions)}. Posting of author; extensions carry beneficiaries and other options.
 */
public record CommentOptions(
    String author,
    String permlink,
    Asset maxAcceptedPayout,
    int percentSteemDollars,
    boolean allowVotes,
    boolean allowCurationRewards,
    List<CommentOptionsExtension> extensions)
    implements Operation {

  /**
   * Checks the fields, following the node's {@code validate()} for this operation, and keeps unmodifiable copies of the lists.
   *
   * @throws IllegalArgumentException if a component breaks a rule; the message names it
   * @throws NullPointerException if a required component is null; the message names it
   */
  public CommentOptions {
    Fields.account(author, "author");
    Fields.required(permlink, "permlink");
    Fields.required(maxAcceptedPayout, "max_accepted_payout");
    Fields.uint16(percentSteemDollars, "percent_steem_dollars");
    extensions = List.copyOf(Fields.required(extensions, "extensions"));
    Fields.symbol(maxAcceptedPayout, "comment_options.max_accepted_payout", Asset.Symbol.GBG);
    Fields.nonNegative(maxAcceptedPayout, "comment_options.max_accepted_payout");
    Fields.range(percentSteemDollars, 0, Fields.PERCENT_100, "comment_options.percent_steem_dollars");
  }

  @Override
  public void writeTo(GrapheneWriter out) {
    out.writeString(author);
    out.writeString(permlink);
    out.writeAsset(maxAcceptedPayout);
    out.writeUint16(percentSteemDollars);
    out.writeBool(allowVotes);
    out.writeBool(allowCurationRewards);
    out.writeVariants(extensions);
  }

  static CommentOptions readFrom(GrapheneReader in) {
    return new CommentOptions(
        in.readString(),
        in.readString(),
        in.readAsset(),
        in.readUint16(),
        in.readBool(),
        in.readBool(),
        CommentOptionsExtension.readAll(in));
  }
}
