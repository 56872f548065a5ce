package io.github.goloswitness.client;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Objects;
import java.util.Optional;

/**
 * Follows the chain block by block, at the head or at the last irreversible block (the caller's
 * choice, {@link Builder#mode}; default {@link Mode#IRREVERSIBLE}), delivering every block exactly
 * once and in order.
 *
 * <p><b>Back-pressure:</b> the consumer pulls. Nothing is fetched ahead of {@link #next()}: a slow
 * consumer simply asks later, and the stream catches up from where it was (one
 * {@code get_block} per block, one {@code get_dynamic_global_properties} per catch-up batch).
 *
 * <p><b>Order:</b> block numbers delivered are {@code from, from+1, …} with no gap and no
 * repetition ({@link GolosClient#getBlock} refuses a reply that is another block than asked). In {@link Mode#HEAD} a delivered block may later be forked out; use
 * {@link Mode#IRREVERSIBLE} for blocks that never change.
 *
 * <p><b>Deadline:</b> {@link #next()} returns a block or throws {@link BlockDeadlineException} once
 * {@code deadline} (default 60 s, measured on the clock the builder was given) has passed without one, saying
 * why (the chain's end did not reach the block, the irreversible block stalled behind a moving head,
 * or the node kept failing). The deadline is checked between attempts, and no pause runs past it; a
 * client call under way can overrun it by at most the client's own timeouts.
 *
 * <p><b>Failures:</b> any {@link IOException} from the client (node down, timeout, garbled reply,
 * node error) is retried after {@code backoff}, doubled per consecutive failure and capped at
 * {@code maxBackoff}; after {@code maxConsecutiveFailures} it is thrown. Waiting for a new block
 * sleeps {@code pollInterval}. All waiting goes through the {@link Sleeper}, so tests do not sleep.
 * After any exception the stream stays usable: the next call resumes at the same block. Not
 * retried, thrown at once: {@link InterruptedIOException} (the thread was interrupted, during a
 * call or a pause; its interrupt flag is set) and {@link ClientClosedException}.
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
  private final Duration deadline;
  private final InstantSource clock;
  private final Sleeper sleeper;
  private long nextNum; // 0 = start at the current end of the chain
  private long knownLimit; // highest block number the node reported as available in our mode
  private long seenHead; // head_block_number last read (0 = never)
  private long seenIrreversible; // last_irreversible_block_num last read

  private BlockStream(Builder b) {
    this.client = b.client;
    this.mode = b.mode;
    this.pollInterval = b.pollInterval;
    this.backoff = b.backoff;
    this.maxBackoff = b.maxBackoff;
    this.maxConsecutiveFailures = b.maxConsecutiveFailures;
    this.deadline = b.deadline;
    this.clock = b.clock;
    this.sleeper = b.sleeper;
    this.nextNum = b.from;
  }

  /**
   * A builder of a stream reading through {@code client}, its deadline measured on {@code clock}:
   * the caller's time, injected like every other clock of this project (the system clock, taken
   * in an application's {@code main}; a fake one in tests).
   */
  public static Builder builder(GolosClient client, InstantSource clock) {
    return new Builder(client, clock);
  }

  /** The number of the block the next {@link #next()} returns (0 before the first call without {@code from}). */
  public long nextBlockNum() {
    return nextNum;
  }

  /**
   * The next block, waiting (through the sleeper) until the chain has it, at most {@code deadline}.
   *
   * @throws BlockDeadlineException no block before the deadline; calling again waits again for the
   *     same block
   * @throws IOException the last failure after {@code maxConsecutiveFailures} in a row; calling
   *     again resumes at the same block
   * @throws InterruptedIOException if interrupted, during a client call or a pause (flag set)
   * @throws ClientClosedException if the client was closed meanwhile
   */
  public Block next() throws IOException {
    Instant end = clock.instant().plus(deadline);
    int failures = 0;
    IOException lastFailure = null;
    while (true) {
      Duration wait;
      try {
        Optional<Block> block = tryNext();
        if (block.isPresent()) {
          return block.get();
        }
        failures = 0;
        lastFailure = null;
        wait = pollInterval;
      } catch (InterruptedIOException | ClientClosedException e) {
        throw e;
      } catch (IOException e) {
        failures++;
        if (failures >= maxConsecutiveFailures) {
          throw e;
        }
        lastFailure = e;
        wait = backoffFor(failures);
      }
      Duration left = Duration.between(clock.instant(), end);
      if (left.isNegative() || left.isZero()) {
        throw new BlockDeadlineException(nextNum, mode, deadline, seenHead, seenIrreversible, lastFailure);
      }
      pause(wait.compareTo(left) > 0 ? left : wait);
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
      seenHead = p.headBlockNumber();
      seenIrreversible = p.lastIrreversibleBlockNum();
      knownLimit = mode == Mode.HEAD ? seenHead : seenIrreversible;
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
    private Duration deadline = Duration.ofSeconds(60);
    private final InstantSource clock;
    private Sleeper sleeper = Sleeper.system();

    private Builder(GolosClient client, InstantSource clock) {
      this.client = Objects.requireNonNull(client, "client");
      this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Which end to follow (default {@link Mode#IRREVERSIBLE}: blocks that never change, but that stop
     * coming while too few of the scheduled witnesses produce; {@link Mode#HEAD} follows the newest
     * blocks, which a fork may still replace).
     */
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

    /**
     * The longest one {@link BlockStream#next()} waits for a block before it throws
     * {@link BlockDeadlineException} (default 60 s, 20 block intervals).
     */
    public Builder deadline(Duration deadline) {
      this.deadline = positive(deadline, "deadline");
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
