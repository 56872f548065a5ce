package io.github.goloswitness.testkit;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Predicate;

/** The network's events: a bounded history plus listeners. Thread-safe. */
final class Timeline {

  private final int capacity;
  private final List<Consumer<SimEvent>> listeners = new CopyOnWriteArrayList<>();
  private final ArrayDeque<SimEvent> history = new ArrayDeque<>();

  Timeline(int capacity) {
    this.capacity = capacity;
  }

  void addListener(Consumer<SimEvent> listener) {
    listeners.add(Objects.requireNonNull(listener, "listener"));
  }

  /** Records the event and tells every listener on the calling thread; a throwing listener is skipped. */
  void publish(SimEvent event) {
    synchronized (history) {
      if (history.size() == capacity) {
        history.removeFirst();
      }
      history.addLast(event);
    }
    for (Consumer<SimEvent> l : listeners) {
      try {
        l.accept(event);
      } catch (RuntimeException ignored) {
        // A broken listener must not stop the chain or a node.
      }
    }
  }

  /** The first matching event, already recorded or still to come; empty after the timeout. */
  Optional<SimEvent> await(Predicate<? super SimEvent> match, Duration timeout) throws InterruptedException {
    CompletableFuture<SimEvent> found = new CompletableFuture<>();
    Consumer<SimEvent> watcher = e -> {
      if (match.test(e)) {
        found.complete(e);
      }
    };
    listeners.add(watcher); // before scanning the history, so no event falls in between
    try {
      events().stream().filter(match).findFirst().ifPresent(found::complete);
      return Optional.of(found.get(timeout.toNanos(), TimeUnit.NANOSECONDS));
    } catch (TimeoutException e) {
      return Optional.empty();
    } catch (ExecutionException e) {
      throw new IllegalStateException("unreachable: the future only completes normally", e);
    } finally {
      listeners.remove(watcher);
    }
  }

  List<SimEvent> events() {
    synchronized (history) {
      return List.copyOf(history);
    }
  }
}
