package io.github.goloswitness.monitor.sim;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Runs one slot per period on a single daemon thread (the demo's wall-clock chain). */
final class RealtimeDriver {

  private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "sim-realtime");
    t.setDaemon(true);
    return t;
  });

  RealtimeDriver(long periodNanos, Runnable slot) {
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
