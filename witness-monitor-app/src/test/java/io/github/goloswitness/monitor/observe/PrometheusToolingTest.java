package io.github.goloswitness.monitor.observe;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.goloswitness.monitor.SystemTools;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped Prometheus rules checked by the real {@code promtool} (Debian's {@code prometheus}
 * package): {@code check rules}, {@code test rules} (the unit tests next to the rules) and {@code
 * check metrics} on a real scrape of the daemon's {@code /metrics}; and every metric the rules use
 * exists in that scrape. Without {@code promtool} on the PATH these tests fail when {@code CI=true}
 * and are skipped otherwise. The dashboard is checked by {@link GrafanaDashboardTest}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PrometheusToolingTest {
  static final Path PROMETHEUS = Path.of("..", "packaging", "prometheus");
  static final Path RULES = PROMETHEUS.resolve("witness-monitor.rules.yml");
  private static final Pattern METRIC = Pattern.compile("\\bwitness_monitor_[a-z0-9_]+");

  private RealScrape.Result scrape;

  @BeforeAll
  void scrape(@TempDir Path dir) throws Exception {
    scrape = RealScrape.take(dir);
  }

  @Test
  void checkRules() throws Exception {
    Run run = promtool(List.of("check", "rules", RULES.toString()), "");
    assertThat(run.exitCode()).as(run.output()).isZero();
    assertThat(run.output()).contains("SUCCESS");
  }

  @Test
  void unitTestsOfEveryAlertPass() throws Exception {
    List<String> tests;
    try (Stream<Path> files = Files.list(PROMETHEUS)) {
      tests = files.filter(p -> p.getFileName().toString().endsWith(".test.yml")).map(Path::toString).sorted().toList();
    }
    assertThat(tests).isNotEmpty();
    List<String> args = new ArrayList<>(List.of("test", "rules"));
    args.addAll(tests);
    Run run = promtool(args, "");
    assertThat(run.exitCode()).as(run.output()).isZero();
    assertThat(run.output()).contains("SUCCESS").doesNotContain("FAILED");
  }

  @Test
  void everyAlertHasAUnitTestThatFiresIt() throws Exception {
    String rules = Files.readString(RULES);
    String tests;
    try (Stream<Path> files = Files.list(PROMETHEUS)) {
      tests = files.filter(p -> p.getFileName().toString().endsWith(".test.yml")).map(p -> {
        try {
          return Files.readString(p);
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }).reduce("", String::concat);
    }
    Matcher alerts = Pattern.compile("(?m)^\\s*- alert: (\\w+)").matcher(rules);
    int count = 0;
    while (alerts.find()) {
      count++;
      String name = alerts.group(1);
      assertThat(tests).as("a test expects %s to fire", name).containsPattern("alertname: " + name + "\\b");
      assertThat(tests).as("a test expects %s to stay silent", name)
          .containsPattern("alertname: " + name + "\\s+exp_alerts: \\[\\]");
    }
    assertThat(count).isGreaterThanOrEqualTo(6);
  }

  @Test
  void checkMetricsOnARealScrape() throws Exception {
    Run run = promtool(List.of("check", "metrics"), scrape.body());
    assertThat(run.exitCode()).as("promtool check metrics:\n%s\non:\n%s", run.output(), scrape.body()).isZero();
  }

  @Test
  void theScrapeCarriesWhatTheTicksSaw() {
    List<String> lines = scrape.body().lines().filter(l -> !l.startsWith("#")).toList();
    assertThat(lines).contains(
        "witness_monitor_polls_total{result=\"ok\"} 3.0",
        "witness_monitor_polls_total{result=\"failed\"} 0.0",
        "witness_monitor_local_node_healthy 1.0",
        "witness_monitor_quorum_reached 1.0",
        "witness_monitor_producing 0.0",
        "witness_monitor_switch_budget_remaining 3.0",
        "witness_monitor_phase{phase=\"WATCHING\"} 1.0",
        "witness_monitor_switches_total{result=\"failed\"} 0.0");
    double seconds = scrape.pollTime().toEpochMilli() / 1e3;
    assertThat(lines).anyMatch(l -> l.startsWith("witness_monitor_last_poll_timestamp_seconds ")
        && Double.parseDouble(l.substring(l.indexOf(' ') + 1)) == seconds);
  }

  @Test
  void everyMetricTheRulesUseIsInTheScrape() throws IOException {
    Set<String> used = metricsIn(Files.readString(RULES));
    assertThat(used).isNotEmpty();
    assertThat(scrape.sampleNames()).containsAll(used);
  }

  static Set<String> metricsIn(String text) {
    Set<String> names = new TreeSet<>();
    Matcher m = METRIC.matcher(text);
    while (m.find()) {
      names.add(m.group());
    }
    return names;
  }

  record Run(int exitCode, String output) {
  }

  /** Runs promtool with {@code stdin}; skips (or fails under {@code CI=true}) when it is not installed. */
  static Run promtool(List<String> args, String stdin) throws IOException, InterruptedException {
    Path tool = SystemTools.require("promtool", "install Debian's prometheus package: apt-get install prometheus");
    List<String> command = new ArrayList<>(List.of(tool.toString()));
    command.addAll(args);
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    try (OutputStream in = process.getOutputStream()) {
      in.write(stdin.getBytes(StandardCharsets.UTF_8));
    }
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(2, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("promtool " + args + " did not finish in 2 minutes");
    }
    return new Run(process.exitValue(), output);
  }
}
