package io.github.goloswitness.monitor.feed;

import java.time.Instant;
import java.time.InstantSource;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Runs the publisher every {@code interval} until told to stop: a round, its report to the
 * listener, then a wait for the next round's time. Run it on its own thread: a round may take the
 * sources' timeouts, and must never hold up the failover loop. A listener that throws does not end
 * the loop.
 */
public final class FeedLoop implements Runnable {
  /** Waits until a time or a stop request. */
  @FunctionalInterface
  public interface Waiter {
    /**
     * Returns when {@code deadline} is reached (true) or a stop was requested (false).
     *
     * @throws InterruptedException when the thread is interrupted (the loop ends)
     */
    boolean waitUntil(Instant deadline) throws InterruptedException;
  }

  private final FeedPublisher publisher;
  private final FeedConfig config;
  private final InstantSource clock;
  private final Waiter waiter;
  private final Consumer<FeedReport> listener;
  private final Consumer<RuntimeException> listenerFailure;

  /**
   * @param listener receives every round's report (logs, metrics, alerts)
   * @param listenerFailure hears of a listener that threw
   */
  public FeedLoop(FeedPublisher publisher, FeedConfig config, InstantSource clock, Waiter waiter,
      Consumer<FeedReport> listener, Consumer<RuntimeException> listenerFailure) {
    this.publisher = Objects.requireNonNull(publisher, "publisher");
    this.config = Objects.requireNonNull(config, "config");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.waiter = Objects.requireNonNull(waiter, "waiter");
    this.listener = Objects.requireNonNull(listener, "listener");
    this.listenerFailure = Objects.requireNonNull(listenerFailure, "listenerFailure");
  }

  @Override
  public void run() {
    try {
      do {
        Instant next = clock.instant().plus(config.interval());
        FeedReport report = publisher.runOnce();
        try {
          listener.accept(report);
        } catch (RuntimeException e) {
          listenerFailure.accept(e);
        }
        if (!waiter.waitUntil(next)) {
          return;
        }
      } while (!Thread.currentThread().isInterrupted());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
