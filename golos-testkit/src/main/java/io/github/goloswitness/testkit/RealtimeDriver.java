package io.github.goloswitness.testkit;

import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** Runs one slot per period on a single daemon thread (the demo's wall-clock chain). */
final class RealtimeDriver {

  private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "sim-realtime");
    t.setDaemon(true);
    return t;
  });

  /**
   * Runs {@code slot} every {@code 3 s / speed} and hands each result to {@code listener} (whose
   * failures are ignored: a broken listener must not stop the chain).
   *
   * @throws IllegalArgumentException if speed is not in 0.01..1000
   */
  static RealtimeDriver start(double speed, Supplier<SlotEvent> slot, Consumer<SlotEvent> listener) {
    if (!(speed >= 0.01 && speed <= 1000)) {
      throw new IllegalArgumentException("speed not in 0.01..1000: " + speed);
    }
    Objects.requireNonNull(listener, "listener");
    long periodNanos = (long) (ChainModel.BLOCK_INTERVAL.toNanos() / speed);
    return new RealtimeDriver(periodNanos, () -> {
      SlotEvent event = slot.get();
      try {
        listener.accept(event);
      } catch (RuntimeException ignored) {
        // see above
      }
    });
  }

  private RealtimeDriver(long periodNanos, Runnable slot) {
    thread.scheduleAtFixedRate(() -> {
      try {
        slot.run();
      } catch (IllegalStateException closed) {
        thread.shutdown(); // the network closed under us
      }
    }, periodNanos, periodNanos, TimeUnit.NANOSECONDS);
  }

  /** Stops after the slot in progress (waits up to 5 s for it). */
  void stop() {
    thread.shutdownNow();
    try {
      thread.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
