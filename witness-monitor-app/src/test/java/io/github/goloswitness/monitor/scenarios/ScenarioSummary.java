package io.github.goloswitness.monitor.scenarios;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes {@code target/scenario-summary.md}: one table of every scenario run. Each test class
 * writes its rows to {@code target/scenario-summary/<class>.rows}; the table is rebuilt from all
 * of them, so the classes may run in any order.
 */
final class ScenarioSummary {
  private static final Path DIR = Path.of("target", "scenario-summary");
  private static final Path TABLE = Path.of("target", "scenario-summary.md");

  /** One scenario's outcome. */
  record Row(String scenario, String faults, int switches, int falseSwitches, int flaps, int lostState,
      String result) {
    String markdown() {
      return "| " + cell(scenario) + " | " + cell(faults) + " | " + switches + " | " + falseSwitches + " | " + flaps
          + " | " + lostState + " | " + cell(result) + " |";
    }

    private static String cell(String s) {
      return s.replace("|", "\\|").replace("\n", " ");
    }
  }

  private ScenarioSummary() {}

  /** Stores {@code rows} as {@code source}'s and rewrites the table. */
  static void write(String source, List<Row> rows) {
    try {
      Files.createDirectories(DIR);
      List<String> lines = rows.stream().map(Row::markdown).toList();
      Files.write(DIR.resolve(source + ".rows"), lines, StandardCharsets.UTF_8);
      List<String> table = new ArrayList<>();
      table.add("# Fault-injection scenarios");
      table.add("");
      table.add("Monitors of one witness (daemon `Monitor`: real client, signing, policy, state file) against");
      table.add("`SimNetwork` over real HTTP, stepped time. A false switch moves the key away from a node that");
      table.add("could produce or onto one that cannot; a flap gives the key back within the cooldown (42 blocks);");
      table.add("lost state counts monitors whose state file does not hold their current state at the end.");
      table.add("");
      table.add("| scenario | faults injected | switches | false switches | flaps | lost state | result |");
      table.add("|---|---|---|---|---|---|---|");
      try (Stream<Path> files = Files.list(DIR)) {
        for (Path f : files.filter(p -> p.toString().endsWith(".rows")).sorted().toList()) {
          table.addAll(Files.readAllLines(f, StandardCharsets.UTF_8));
        }
      }
      Files.write(TABLE, table, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + TABLE, e);
    }
  }
}
