package io.github.goloswitness.client;

import io.github.goloswitness.crypto.Asset;
import java.math.BigInteger;
import java.util.Objects;

/**
 * curation_reward (virtual op 84): {@code (curator)(reward)(comment_author)(comment_hashlink)(comment_permlink)}
 * (chain-node steem_virtual_operations.hpp).
 */
public record CurationReward(
    String curator,
    Asset reward,
    String commentAuthor,
    BigInteger commentHashlink,
    String commentPermlink) implements VirtualOperation {

  /**
   * Checks that no component is null.
   *
   * @throws NullPointerException if a required component is null; the message names it
   */
  public CurationReward {
    Objects.requireNonNull(curator, "curator");
    Objects.requireNonNull(reward, "reward");
    Objects.requireNonNull(commentAuthor, "comment_author");
    Objects.requireNonNull(commentHashlink, "comment_hashlink");
    Objects.requireNonNull(commentPermlink, "comment_permlink");
  }
}
