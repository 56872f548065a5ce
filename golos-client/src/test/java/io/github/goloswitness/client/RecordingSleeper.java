package io.github.goloswitness.client;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A {@link Sleeper} that records the pauses instead of sleeping. */
final class RecordingSleeper implements Sleeper {
  final List<Duration> pauses = new CopyOnWriteArrayList<>();

  @Override
  public void sleep(Duration duration) {
    pauses.add(duration);
  }
}
