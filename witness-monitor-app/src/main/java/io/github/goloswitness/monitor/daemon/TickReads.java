package io.github.goloswitness.monitor.daemon;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Runs the reads of one tick (quorum nodes, peers' nodes, peers' monitors) concurrently under one
 * deadline shorter than a block, so that dead nodes timing out cannot delay detection: a read not
 * done by the deadline counts as failed. Thread-safe; the pool's threads are daemon threads; close
 * it when the monitor stops.
 */
final class TickReads implements AutoCloseable {

  /** The deadline of one tick's reads: well inside Golos's 3 s block, leaving time to decide and broadcast. */
  static final Duration DEADLINE = Duration.ofSeconds(2);

  private final ExecutorService pool;
  private final Duration deadline;

  /** A read's outcome: its value, or why it failed. */
  record Result<T>(T value, Exception error) {
    boolean ok() {
      return error == null;
    }
  }

  TickReads(Duration deadline) {
    this.deadline = Objects.requireNonNull(deadline, "deadline");
    if (deadline.isNegative() || deadline.isZero()) {
      throw new IllegalArgumentException("deadline <= 0: " + deadline);
    }
    // Cached: reads that outlive the deadline end at their own client timeout, then the thread is reused.
    this.pool = Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "tick-read");
      t.setDaemon(true);
      return t;
    });
  }

  /** Runs {@code reads} concurrently and returns their outcomes in the same order, by the deadline. */
  <T> List<Result<T>> run(List<Callable<T>> reads) {
    List<Future<T>> futures;
    try {
      futures = pool.invokeAll(reads, deadline.toNanos(), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      List<Result<T>> none = new ArrayList<>();
      reads.forEach(r -> none.add(new Result<>(null, new java.io.InterruptedIOException("tick interrupted"))));
      return none;
    }
    List<Result<T>> out = new ArrayList<>();
    for (Future<T> f : futures) {
      try {
        out.add(new Result<>(f.get(), null));
      } catch (CancellationException e) {
        out.add(new Result<>(null, new java.io.InterruptedIOException(
            "no answer within the tick's " + deadline.toMillis() + " ms")));
      } catch (ExecutionException e) {
        out.add(new Result<>(null, e.getCause() instanceof Exception c ? c : e));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        out.add(new Result<>(null, new java.io.InterruptedIOException("tick interrupted")));
      }
    }
    return out;
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
