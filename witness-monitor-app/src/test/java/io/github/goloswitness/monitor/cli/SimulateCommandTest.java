package io.github.goloswitness.monitor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.goloswitness.failover.FakeClock;
import io.github.goloswitness.monitor.Main;
import io.github.goloswitness.monitor.TestKeys;
import io.github.goloswitness.monitor.config.Environment;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulateCommandTest {

  @TempDir Path dir;

  private record Result(int code, String out, String err) {}

  private static Result run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Environment env = new Environment(new ByteArrayInputStream(new byte[0]),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
        Map.of(), new FakeClock(Instant.parse("2026-01-01T00:00:00Z")));
    int code = Main.run(env, args);
    return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void printsOneRowPerIncidentAndASummary() {
    Result r = run("simulate", "--incidents", "3", "--seed", "7");
    assertThat(r.code()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).contains("scenario crash, 3 nodes", "allowed_misses 1, miss_window 3600 s")
        .contains("summary: 3 incidents, 6 misses, 3 switches, 0 flaps, 3/3 with exactly one switch");
    assertThat(r.out().lines().filter(l -> l.matches("\\s+\\d+\\s+2\\s+\\d+\\s+1\\s+0\\s+1\\s+0\\s+node-\\d.*")))
        .hasSize(3);
  }

  @Test
  void sameSeedSameBytesOtherSeedOtherBytes() {
    String[] args = {"simulate", "--scenario", "flap", "--nodes", "4", "--incidents", "4", "--seed", "11"};
    assertThat(run(args).out()).isEqualTo(run(args).out());
    args[args.length - 1] = "12";
    String other = run(args).out();
    args[args.length - 1] = "11";
    assertThat(run(args).out()).isNotEqualTo(other);
  }

  @Test
  void jsonOutput() throws IOException {
    Result r = run("simulate", "--scenario", "stall", "--incidents", "2", "--json");
    assertThat(r.code()).isZero();
    JsonNode root = new ObjectMapper().readTree(r.out());
    assertThat(root.path("scenario").path("kind").asText()).isEqualTo("stall");
    assertThat(root.path("incidents")).hasSize(2);
    assertThat(root.path("summary").path("unsafe_requests").asInt()).isZero();
    assertThat(root.path("summary").path("switches").asInt()).isEqualTo(2);
  }

  /** The head of a daemon config: simulate rehearses the operator's own witness_monitor.yml. */
  private static final String DAEMON = "node: ws://localhost:8091\nwitness: lex\nwitness_pubkey: " + TestKeys.PUB_A + "\n";

  @Test
  void configFileChangesThePolicy() throws IOException {
    Path yaml = Files.writeString(dir.resolve("policy.yml"), DAEMON + "allowed_misses: 0\nmiss_window: 600\ncooldown: 3\n");
    Result r = run("simulate", "--incidents", "2", "--config", yaml.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("allowed_misses 0, miss_window 600 s", "cooldown 3")
        .contains("summary: 2 incidents, 2 misses");
  }

  @Test
  void unknownConfigKeyIsOneLineNamingIt() throws IOException {
    Path yaml = Files.writeString(dir.resolve("bad.yml"), DAEMON + "allowed_misses: 1\nallowed_missez: 2\n");
    Result r = run("simulate", "--config", yaml.toString());
    assertThat(r.code()).isNotZero();
    assertThat(r.out()).isEmpty();
    assertThat(r.err().lines()).singleElement().asString().contains("allowed_missez: unknown key")
        .contains("bad.yml");
  }

  @Test
  void invalidValueNamesKeyAndRule() throws IOException {
    Path yaml = Files.writeString(dir.resolve("neg.yml"), DAEMON + "allowed_misses: -1\n");
    Result r = run("simulate", "--config", yaml.toString());
    assertThat(r.code()).isNotZero();
    assertThat(r.err().lines()).singleElement().asString().contains("neg.yml", "allowed_misses");
    Path typed = Files.writeString(dir.resolve("typed.yml"), DAEMON + "reenable_disabled: maybe\n");
    assertThat(run("simulate", "--config", typed.toString()).err()).contains("reenable_disabled");
  }

  @Test
  void configWithoutPolicyKeysMeansDefaults() throws IOException {
    Path yaml = Files.writeString(dir.resolve("minimal.yml"), DAEMON);
    Result r = run("simulate", "--incidents", "1", "--config", yaml.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("allowed_misses 1, miss_window 3600 s");
  }

  @Test
  void badArgumentsAreOneLine() {
    Result scenario = run("simulate", "--scenario", "meteor");
    assertThat(scenario.code()).isNotZero();
    assertThat(scenario.out()).isEmpty();
    assertThat(scenario.err().lines()).singleElement().asString().contains("'meteor'");
    Result nodes = run("simulate", "--nodes", "1");
    assertThat(nodes.err().lines()).singleElement().asString().contains("nodes not in 2..9: 1");
    Result missing = run("simulate", "--config", dir.resolve("nope.yml").toString());
    assertThat(missing.err().lines()).singleElement().asString().contains("nope.yml");
  }
}
