package io.github.goloswitness.monitor.observe;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped Grafana dashboard: valid JSON, the Prometheus datasource is a variable every panel
 * and query uses, every metric it queries is in a real scrape of the daemon, and every metric the
 * daemon exports has a panel.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GrafanaDashboardTest {
  static final Path DASHBOARD = Path.of("..", "packaging", "grafana", "witness-monitor.json");
  private static final Pattern TYPE_LINE = Pattern.compile("(?m)^# TYPE (witness_monitor_[a-z0-9_]+) ([a-z]+)$");

  private JsonNode dashboard;
  private RealScrape.Result scrape;

  @BeforeAll
  void load(@TempDir Path dir) throws Exception {
    dashboard = new ObjectMapper().readTree(DASHBOARD.toFile());
    scrape = RealScrape.take(dir);
  }

  private List<JsonNode> panels() {
    List<JsonNode> panels = new ArrayList<>();
    for (JsonNode p : dashboard.path("panels")) {
      panels.add(p);
      p.path("panels").forEach(panels::add);
    }
    return panels;
  }

  private List<String> exprs() {
    List<String> exprs = new ArrayList<>();
    for (JsonNode p : panels()) {
      p.path("targets").forEach(t -> exprs.add(t.path("expr").asText()));
    }
    return exprs;
  }

  @Test
  void isADashboardWithUniquePanelIdsAndPlaces() {
    assertThat(dashboard.path("uid").asText()).isEqualTo("witness-monitor");
    assertThat(dashboard.path("title").asText()).isNotBlank();
    assertThat(dashboard.path("schemaVersion").asInt()).isPositive();
    Set<Integer> ids = new HashSet<>();
    for (JsonNode p : panels()) {
      assertThat(ids.add(p.path("id").asInt())).as("panel id %s unique", p.path("id")).isTrue();
      assertThat(p.path("gridPos").path("w").asInt()).as("width of %s", p.path("title")).isBetween(1, 24);
      assertThat(p.path("gridPos").path("h").asInt()).as("height of %s", p.path("title")).isPositive();
    }
    assertThat(exprs()).isNotEmpty().allSatisfy(e -> assertThat(e).isNotBlank());
  }

  @Test
  void theDatasourceIsAVariableThatEveryQueryUses() {
    JsonNode variable = null;
    for (JsonNode v : dashboard.path("templating").path("list")) {
      if (v.path("name").asText().equals("datasource")) {
        variable = v;
      }
    }
    assertThat(variable).as("templating variable 'datasource'").isNotNull();
    assertThat(variable.path("type").asText()).isEqualTo("datasource");
    assertThat(variable.path("query").asText()).isEqualTo("prometheus");
    for (JsonNode p : panels()) {
      if (p.path("type").asText().equals("row")) {
        continue;
      }
      assertThat(p.path("datasource").path("uid").asText()).as("datasource of panel %s", p.path("title"))
          .isEqualTo("${datasource}");
      p.path("targets").forEach(t -> assertThat(t.path("datasource").path("uid").asText())
          .as("datasource of a query of %s", p.path("title")).isEqualTo("${datasource}"));
    }
  }

  @Test
  void everyMetricItQueriesIsInTheScrape() {
    Set<String> used = PrometheusToolingTest.metricsIn(String.join("\n", exprs()));
    assertThat(used).isNotEmpty();
    assertThat(scrape.sampleNames()).containsAll(used);
  }

  @Test
  void everyMetricTheDaemonExportsHasAPanel() {
    Set<String> used = PrometheusToolingTest.metricsIn(String.join("\n", exprs()));
    Set<String> missing = new TreeSet<>();
    Matcher m = TYPE_LINE.matcher(scrape.body());
    int families = 0;
    while (m.find()) {
      families++;
      String family = m.group(1);
      boolean shown = used.contains(family) || used.contains(family + "_count") || used.contains(family + "_sum");
      if (!shown) {
        missing.add(family);
      }
    }
    assertThat(families).isGreaterThan(10);
    assertThat(missing).as("metrics without a panel").isEmpty();
  }
}
