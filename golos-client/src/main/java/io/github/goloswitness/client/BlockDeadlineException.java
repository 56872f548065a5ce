package io.github.goloswitness.client;

import java.io.IOException;
import java.time.Duration;
import java.util.Objects;

/**
 * {@link BlockStream#next()} got no block before its deadline. The message says why: the chain's
 * end in the stream's mode did not reach the block (with the head and last irreversible numbers
 * last seen, so a stalled irreversible block shows next to a moving head), or the node kept
 * failing (the last failure is the cause). Not a {@link NodeException}: the stream stays usable,
 * and the next call waits again for the same block.
 */
public final class BlockDeadlineException extends IOException {
  private static final long serialVersionUID = 1L;

  private final long blockNum;
  private final BlockStream.Mode mode;
  private final Duration deadline;
  private final long headBlockNum;
  private final long lastIrreversibleBlockNum;

  BlockDeadlineException(long blockNum, BlockStream.Mode mode, Duration deadline, long headBlockNum,
      long lastIrreversibleBlockNum, IOException lastFailure) {
    super(message(blockNum, mode, deadline, headBlockNum, lastIrreversibleBlockNum, lastFailure), lastFailure);
    this.blockNum = blockNum;
    this.mode = Objects.requireNonNull(mode, "mode");
    this.deadline = Objects.requireNonNull(deadline, "deadline");
    this.headBlockNum = headBlockNum;
    this.lastIrreversibleBlockNum = lastIrreversibleBlockNum;
  }

  private static String message(long blockNum, BlockStream.Mode mode, Duration deadline, long head, long irreversible,
      IOException lastFailure) {
    String what = "no block " + (blockNum == 0 ? "(the chain's end)" : blockNum) + " within " + deadline.toMillis()
        + " ms (mode " + mode + "): ";
    if (lastFailure != null) {
      return what + "the node kept failing, last: " + lastFailure.getMessage();
    }
    if (head == 0) {
      return what + "the node never answered get_dynamic_global_properties";
    }
    String seen = "head block " + head + ", last irreversible block " + irreversible;
    if (mode == BlockStream.Mode.IRREVERSIBLE && head >= blockNum && irreversible < blockNum) {
      return what + seen + ": the irreversible block is not advancing (too few witnesses producing?); "
          + "Mode.HEAD follows the head";
    }
    return what + seen + ": the chain did not reach it";
  }

  /** The block the stream waited for (the next one {@link BlockStream#next()} delivers). */
  public long blockNum() {
    return blockNum;
  }

  /** The stream's mode. */
  public BlockStream.Mode mode() {
    return mode;
  }

  /** The deadline that passed. */
  public Duration deadline() {
    return deadline;
  }

  /** {@code head_block_number} last seen during the wait (0 if the node never said). */
  public long headBlockNum() {
    return headBlockNum;
  }

  /** {@code last_irreversible_block_num} last seen during the wait (0 if the node never said). */
  public long lastIrreversibleBlockNum() {
    return lastIrreversibleBlockNum;
  }
}
