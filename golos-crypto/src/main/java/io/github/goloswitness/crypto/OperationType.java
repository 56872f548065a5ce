package io.github.goloswitness.crypto;

import java.util.Objects;
import java.util.function.Function;

/**
 * The registry of supported operations: tag (chain-node libraries/protocol/include/golos/protocol/
 * operations.hpp), JSON name, record class and fc::raw reader. One line per operation.
 */
public enum OperationType {
  VOTE(0, "vote", Vote.class, Vote::readFrom),
  TRANSFER(2, "transfer", Transfer.class, Transfer::readFrom),
  TRANSFER_TO_VESTING(3, "transfer_to_vesting", TransferToVesting.class, TransferToVesting::readFrom),
  FEED_PUBLISH(7, "feed_publish", FeedPublish.class, FeedPublish::readFrom),
  WITNESS_UPDATE(11, "witness_update", WitnessUpdate.class, WitnessUpdate::readFrom),
  ACCOUNT_WITNESS_VOTE(12, "account_witness_vote", AccountWitnessVote.class, AccountWitnessVote::readFrom),
  ACCOUNT_WITNESS_PROXY(13, "account_witness_proxy", AccountWitnessProxy.class, AccountWitnessProxy::readFrom),
  CUSTOM_JSON(18, "custom_json", CustomJson.class, CustomJson::readFrom),
  CHAIN_PROPERTIES_UPDATE(45, "chain_properties_update", ChainPropertiesUpdate.class, ChainPropertiesUpdate::readFrom);

  private final int id;
  private final String wireName;
  private final Class<? extends Operation> type;
  private final Function<GrapheneReader, ? extends Operation> reader;

  OperationType(
      int id, String wireName, Class<? extends Operation> type,
      Function<GrapheneReader, ? extends Operation> reader) {
    this.id = id;
    this.wireName = wireName;
    this.type = type;
    this.reader = reader;
  }

  /** The static_variant tag. */
  public int id() {
    return id;
  }

  /** The JSON name, e.g. {@code "witness_update"}. */
  public String wireName() {
    return wireName;
  }

  /** The record class. */
  public Class<? extends Operation> type() {
    return type;
  }

  /**
   * The type with this JSON name.
   *
   * @throws IllegalArgumentException naming the operation if it is not supported
   */
  public static OperationType byName(String name) {
    Objects.requireNonNull(name, "name");
    for (OperationType t : values()) {
      if (t.wireName.equals(name)) {
        return t;
      }
    }
    throw new IllegalArgumentException("unknown or unsupported operation \"" + name + "\"");
  }

  /**
   * The type with this tag.
   *
   * @throws IllegalArgumentException naming the tag if it is not supported
   */
  public static OperationType byId(long id) {
    for (OperationType t : values()) {
      if (t.id == id) {
        return t;
      }
    }
    throw new IllegalArgumentException("unknown or unsupported operation tag " + id);
  }

  static OperationType of(Class<?> type) {
    for (OperationType t : values()) {
      if (t.type == type) {
        return t;
      }
    }
    throw new IllegalStateException("operation class not registered: " + type.getName());
  }

  /** Reads one operation's fields (after its tag) as this type. */
  Operation read(GrapheneReader in) {
    return reader.apply(in);
  }
}
