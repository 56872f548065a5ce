package io.github.goloswitness.client;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Follows the chain block by block, at the head or at the last irreversible block, delivering
 * every block exactly once and in order.
 *
 * <p><b>Back-pressure:</b> the consumer pulls. Nothing is fetched ahead of {@link #next()}: a slow
 * consumer simply asks later, and the stream catches up from where it was (one
 * {@code get_block} per block, one {@code get_dynamic_global_properties} per catch-up batch).
 *
 * <p><b>Order:</b> block numbers delivered are {@code from, from+1, …} with no gap and no
 * repetition ({@link GolosClient#getBlock} refuses a reply that is another block than asked). In {@link Mode#HEAD} a delivered block may later be forked out; use
 * {@link Mode#IRREVERSIBLE} for blocks that never change.
 *
 * <p><b>Failures:</b> any {@link IOException} from the client (node down, timeout, garbled reply,
 * node error) is retried after {@code backoff}, doubled per consecutive failure and capped at
 * {@code maxBackoff}; after {@code maxConsecutiveFailures} it is thrown, and the stream stays usable
 * (the next call resumes at the same block). Waiting for a new block sleeps {@code pollInterval}.
 * All waiting goes through the {@link Sleeper}, so tests do not sleep.
 *
 * <p>Not thread-safe: one consumer per stream. The client may be shared.
 */
public final class BlockStream {

  /** Which end of the chain to follow. */
  public enum Mode {
    /** Up to {@code head_block_number}: newest blocks, which a fork may still replace. */
    HEAD,
    /** Up to {@code last_irreversible_block_num}: blocks that never change (about 45 s behind). */
    IRREVERSIBLE
  }

  private final GolosClient client;
  private final Mode mode;
  private final Duration pollInterval;
  private final Duration backoff;
  private final Duration maxBackoff;
  private final int maxConsecutiveFailures;
  private final Sleeper sleeper;
  private long nextNum; // 0 = start at the current end of the chain
  private long knownLimit; // highest block number the node reported as available in our mode

  private BlockStream(Builder b) {
    this.client = b.client;
    this.mode = b.mode;
    this.pollInterval = b.pollInterval;
    this.backoff = b.backoff;
    this.maxBackoff = b.maxBackoff;
    this.maxConsecutiveFailures = b.maxConsecutiveFailures;
    this.sleeper = b.sleeper;
    this.nextNum = b.from;
  }

  /** A builder of a stream reading through {@code client}. */
  public static Builder builder(GolosClient client) {
    return new Builder(client);
  }

  /** The number of the block the next {@link #next()} returns (0 before the first call without {@code from}). */
  public long nextBlockNum() {
    return nextNum;
  }

  /**
   * The next block, waiting (through the sleeper) until the chain has it.
   *
   * @throws IOException the last failure after {@code maxConsecutiveFailures} in a row; calling
   *     again resumes at the same block
   * @throws InterruptedIOException if interrupted while waiting
   */
  public Block next() throws IOException {
    int failures = 0;
    while (true) {
      try {
        Optional<Block> block = tryNext();
        if (block.isPresent()) {
          return block.get();
        }
        failures = 0;
        pause(pollInterval);
      } catch (InterruptedIOException e) {
        throw e;
      } catch (IOException e) {
        failures++;
        if (failures >= maxConsecutiveFailures) {
          throw e;
        }
        pause(backoffFor(failures));
      }
    }
  }

  /**
   * The next block if the chain has it now, else empty; one attempt, no waiting, no retry.
   *
   * @throws IOException whatever the client threw; the stream stays at the same block
   */
  public Optional<Block> tryNext() throws IOException {
    if (nextNum == 0 || nextNum > knownLimit) {
      DynamicGlobalProperties p = client.getDynamicGlobalProperties();
      knownLimit = mode == Mode.HEAD ? p.headBlockNumber() : p.lastIrreversibleBlockNum();
      if (nextNum == 0) {
        nextNum = Math.max(1, knownLimit);
      }
      if (nextNum > knownLimit) {
        return Optional.empty();
      }
    }
    Optional<Block> got = client.getBlock(nextNum);
    if (got.isEmpty()) {
      knownLimit = nextNum - 1; // the node reported it but does not have it yet: ask again later
      return Optional.empty();
    }
    nextNum++; // getBlock has checked that it is block nextNum

    return got;
  }

  private Duration backoffFor(int failures) {
    Duration d = backoff;
    for (int i = 1; i < failures && d.compareTo(maxBackoff) < 0; i++) {
      d = d.multipliedBy(2);
    }
    return d.compareTo(maxBackoff) > 0 ? maxBackoff : d;
  }

  private void pause(Duration d) throws InterruptedIOException {
    try {
      sleeper.sleep(d);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting for block " + nextNum);
    }
  }

  /** Settings of a {@link BlockStream}, each validated when set. Not thread-safe. */
  public static final class Builder {
    private final GolosClient client;
    private Mode mode = Mode.IRREVERSIBLE;
    private long from;
    private Duration pollInterval = Duration.ofSeconds(3);
    private Duration backoff = Duration.ofSeconds(1);
    private Duration maxBackoff = Duration.ofSeconds(60);
    private int maxConsecutiveFailures = Integer.MAX_VALUE;
    private Sleeper sleeper = Sleeper.system();

    private Builder(GolosClient client) {
      this.client = Objects.requireNonNull(client, "client");
    }

    /** Which end to follow (default {@link Mode#IRREVERSIBLE}). */
    public Builder mode(Mode mode) {
      this.mode = Objects.requireNonNull(mode, "mode");
      return this;
    }

    /** The first block to deliver (default: the chain's current end in the chosen mode). */
    public Builder from(long blockNum) {
      if (blockNum < 1 || blockNum > 0xFFFF_FFFFL) {
        throw new IllegalArgumentException("from not in 1..2^32-1: " + blockNum);
      }
      this.from = blockNum;
      return this;
    }

    /** The wait before asking again when no new block is there (default 3 s, the block interval). */
    public Builder pollInterval(Duration pollInterval) {
      this.pollInterval = positive(pollInterval, "pollInterval");
      return this;
    }

    /** The wait after the first failure, doubled per further one (default 1 s). */
    public Builder backoff(Duration backoff) {
      this.backoff = positive(backoff, "backoff");
      return this;
    }

    /** The longest wait after failures (default 60 s). */
    public Builder maxBackoff(Duration maxBackoff) {
      this.maxBackoff = positive(maxBackoff, "maxBackoff");
      return this;
    }

    /** Failures in a row after which {@link #next()} throws (default: never gives up). */
    public Builder maxConsecutiveFailures(int n) {
      if (n < 1) {
        throw new IllegalArgumentException("maxConsecutiveFailures < 1: " + n);
      }
      this.maxConsecutiveFailures = n;
      return this;
    }

    /** How to wait (default {@link Sleeper#system()}). */
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
      return this;
    }

    /** The stream; it reads nothing until the first {@link BlockStream#next()}. */
    public BlockStream build() {
      if (maxBackoff.compareTo(backoff) < 0) {
        throw new IllegalArgumentException("maxBackoff " + maxBackoff + " < backoff " + backoff);
      }
      return new BlockStream(this);
    }

    private static Duration positive(Duration d, String name) {
      Objects.requireNonNull(d, name);
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(name + " must be positive: " + d);
      }
      return d;
    }
  }
}
