package io.github.goloswitness.monitor.bench;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/** Reads this process's memory and CPU figures for {@code bench footprint}. */
final class Footprint {

  private static final Path STATUS = Path.of("/proc/self/status");

  /**
   * One reading.
   *
   * @param rssKib {@code VmRSS} in KiB, -1 where {@code /proc} is missing
   * @param hwmKib {@code VmHWM} (peak RSS) in KiB, -1 where {@code /proc} is missing
   * @param heapUsedBytes heap in use
   * @param processCpu CPU time of the whole process so far
   * @param gcCount collections so far, all collectors
   * @param gcMillis time spent collecting so far
   */
  record Sample(long rssKib, long hwmKib, long heapUsedBytes, Duration processCpu, long gcCount, long gcMillis) {}

  private Footprint() {}

  /** A reading now. */
  static Sample sample() {
    List<String> status;
    try {
      status = Files.readAllLines(STATUS);
    } catch (IOException e) {
      status = List.of();
    }
    long gcCount = 0;
    long gcMillis = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      gcCount += Math.max(0, gc.getCollectionCount());
      gcMillis += Math.max(0, gc.getCollectionTime());
    }
    Duration cpu = ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO);
    return new Sample(field(status, "VmRSS:"), field(status, "VmHWM:"),
        ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), cpu, gcCount, gcMillis);
  }

  /** A reading after a full collection, so the heap figure is live data, not garbage. */
  static Sample sampleAfterGc() {
    System.gc();
    return sample();
  }

  /** Names of the active collectors, e.g. {@code Copy+MarkSweepCompact} for the serial GC. */
  static String collectors() {
    return ManagementFactory.getGarbageCollectorMXBeans().stream().map(GarbageCollectorMXBean::getName)
        .collect(Collectors.joining("+"));
  }

  private static long field(List<String> status, String name) {
    for (String line : status) {
      if (line.startsWith(name)) {
        String[] parts = line.substring(name.length()).trim().split("\\s+");
        return Long.parseLong(parts[0]); // "12345 kB"
      }
    }
    return -1;
  }
}
