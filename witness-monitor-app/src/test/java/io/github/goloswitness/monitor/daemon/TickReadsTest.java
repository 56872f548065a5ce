package io.github.goloswitness.monitor.daemon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class TickReadsTest {

  @Test
  void readsRunConcurrentlyUnderOneDeadline() {
    // Ten reads that never answer: one after another they would take ten deadlines (and more:
    // they block until released); together they end at one.
    CountDownLatch never = new CountDownLatch(1);
    CountDownLatch allStarted = new CountDownLatch(10);
    List<Callable<String>> reads = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      reads.add(() -> {
        allStarted.countDown();
        never.await();
        return "late";
      });
    }
    reads.add(() -> "fresh");
    try (TickReads tick = new TickReads(Duration.ofSeconds(2))) {
      List<TickReads.Result<String>> results = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> tick.run(reads));
      assertThat(allStarted.getCount()).as("all ten were waiting at the same time").isZero();
      assertThat(results).hasSize(11);
      assertThat(results.subList(0, 10)).allSatisfy(r -> {
        assertThat(r.ok()).isFalse();
        assertThat(r.error()).hasMessage("no answer within the tick's 2000 ms");
      });
      assertThat(results.get(10).value()).isEqualTo("fresh");
    }
  }

  @Test
  void aFailedReadKeepsItsError() {
    try (TickReads tick = new TickReads(Duration.ofSeconds(5))) {
      List<Callable<String>> reads = List.of(() -> {
        throw new IOException("connection refused");
      }, () -> "ok");
      List<TickReads.Result<String>> results = tick.run(reads);
      assertThat(results.get(0).error()).isInstanceOf(IOException.class).hasMessage("connection refused");
      assertThat(results.get(1).ok()).isTrue();
    }
  }
}
