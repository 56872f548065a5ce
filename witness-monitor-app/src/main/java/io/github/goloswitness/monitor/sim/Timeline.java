package io.github.goloswitness.monitor.sim;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

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

  List<SimEvent> events() {
    synchronized (history) {
      return List.copyOf(history);
    }
  }
}
