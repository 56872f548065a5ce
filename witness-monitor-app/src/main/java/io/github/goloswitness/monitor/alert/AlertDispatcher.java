package io.github.goloswitness.monitor.alert;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers alerts to every {@link AlertSink} on one background daemon thread, so neither a failing
 * nor a slow receiver ever blocks the daemon loop. {@link #submit} never blocks: a repeat of the
 * same event and key within the dedup window is dropped, and when the bounded queue is full the
 * alert is dropped and counted. Delivery failures are logged and counted, never thrown.
 * Thread-safe.
 */
public final class AlertDispatcher implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(AlertDispatcher.class);
  private static final Alert STOP = new Alert("stop", "", "", "", "", Instant.EPOCH);

  /** What {@link #submit} did with an alert. */
  public enum Outcome { QUEUED, DUPLICATE, DROPPED, CLOSED }

  private final List<AlertSink> sinks;
  private final InstantSource clock;
  private final Duration dedupWindow;
  private final BlockingQueue<Alert> queue;
  private final Map<String, Instant> lastQueued = new HashMap<>();
  private final AtomicLong dropped = new AtomicLong();
  private final AtomicLong delivered = new AtomicLong();
  private final AtomicLong failed = new AtomicLong();
  private final Thread worker;
  private volatile boolean closed;

  private AlertDispatcher(List<AlertSink> sinks, InstantSource clock, Duration dedupWindow, int capacity) {
    this.sinks = List.copyOf(sinks);
    this.clock = Objects.requireNonNull(clock, "clock");
    this.dedupWindow = Objects.requireNonNull(dedupWindow, "dedupWindow");
    if (dedupWindow.isNegative()) {
      throw new IllegalArgumentException("dedupWindow < 0: " + dedupWindow);
    }
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity < 1: " + capacity);
    }
    this.queue = new ArrayBlockingQueue<>(capacity);
    this.worker = new Thread(this::deliverLoop, "alert-dispatcher");
    worker.setDaemon(true);
  }

  /**
   * Starts a dispatcher and its thread.
   *
   * @param sinks receivers, each gets every alert (may be empty: alerts are then only logged)
   * @param clock the time used for deduplication
   * @param dedupWindow an alert with the same event and key as one queued less than this ago is dropped
   * @param capacity how many alerts may wait; more are dropped and counted
   */
  public static AlertDispatcher start(List<AlertSink> sinks, InstantSource clock, Duration dedupWindow, int capacity) {
    AlertDispatcher dispatcher = new AlertDispatcher(sinks, clock, dedupWindow, capacity);
    dispatcher.worker.start();
    return dispatcher;
  }

  /** Queues {@code alert} for delivery unless it is a repeat, the queue is full or this is closed. Never blocks. */
  public Outcome submit(Alert alert) {
    Objects.requireNonNull(alert, "alert");
    if (closed) {
      return Outcome.CLOSED;
    }
    Instant now = clock.instant();
    synchronized (lastQueued) {
      lastQueued.values().removeIf(at -> !at.plus(dedupWindow).isAfter(now));
      if (lastQueued.containsKey(alert.dedupKey())) {
        return Outcome.DUPLICATE;
      }
      log.info("alert: {}", alert.text());
      if (!queue.offer(alert)) {
        dropped.incrementAndGet();
        log.warn("alert queue full ({} waiting), not delivered: {}", queue.size(), alert.event());
        return Outcome.DROPPED;
      }
      lastQueued.put(alert.dedupKey(), now);
    }
    return Outcome.QUEUED;
  }

  /** Alerts dropped because the queue was full. */
  public long dropped() {
    return dropped.get();
  }

  /** Successful deliveries (one per alert per sink). */
  public long delivered() {
    return delivered.get();
  }

  /** Failed deliveries (one per alert per sink). */
  public long failed() {
    return failed.get();
  }

  private void deliverLoop() {
    while (true) {
      Alert alert;
      try {
        alert = queue.take();
      } catch (InterruptedException e) {
        return;
      }
      if (alert == STOP || closed && Thread.currentThread().isInterrupted()) {
        return;
      }
      for (AlertSink sink : sinks) {
        try {
          sink.send(alert);
          delivered.incrementAndGet();
        } catch (Exception e) { // IOException, or a bug in a sink: the thread must survive either
          failed.incrementAndGet();
          log.warn("alert {} via {} failed: {}", alert.event(), sink.name(), e.getMessage());
        }
      }
    }
  }

  /**
   * Stops accepting alerts and lets the thread deliver what is queued for up to {@code grace},
   * then interrupts it. Idempotent.
   */
  public void close(Duration grace) {
    closed = true;
    if (!queue.offer(STOP)) {
      worker.interrupt();
    }
    try {
      worker.join(Math.max(1, grace.toMillis()));
      if (worker.isAlive()) {
        worker.interrupt();
        worker.join(1000);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** {@link #close(Duration)} with a 5 s grace. */
  @Override
  public void close() {
    close(Duration.ofSeconds(5));
  }

  /** Whether the delivery thread is still running (false once closed and drained). */
  public boolean isRunning() {
    return worker.isAlive();
  }
}
