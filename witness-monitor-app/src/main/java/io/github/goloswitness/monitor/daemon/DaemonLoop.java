package io.github.goloswitness.monitor.daemon;

import io.github.goloswitness.failover.Observation;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Ticks a {@link Monitor} once per block, aligned to the chain's head time, until stopped. */
public final class DaemonLoop {
  private static final Logger log = LoggerFactory.getLogger(DaemonLoop.class);

  private final Monitor monitor;
  private final Ticker ticker;
  private final InstantSource clock;
  private final StopSignal stop;

  public DaemonLoop(Monitor monitor, Ticker ticker, InstantSource clock, StopSignal stop) {
    this.monitor = Objects.requireNonNull(monitor, "monitor");
    this.ticker = Objects.requireNonNull(ticker, "ticker");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.stop = Objects.requireNonNull(stop, "stop");
  }

  /** Runs until the stop signal; always finishes the tick in progress. Returns the number of ticks. */
  public long run() {
    long ticks = 0;
    Instant lastHead = null;
    do {
      TickReport report = monitor.tick();
      ticks++;
      lastHead = report.observation().map(Observation::headTime).orElse(lastHead);
      try {
        stop.awaitUntil(ticker.next(lastHead, clock.instant()), clock);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        log.info("interrupted: stopping");
        break;
      }
    } while (!stop.stopped());
    monitor.persist();
    return ticks;
  }
}
