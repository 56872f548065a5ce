package io.github.goloswitness.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * The measured figures of one run, written as markdown to {@code target/golos-it-figures.md} when
 * the network closes (after a failed test too). Sections are keyed so the file reads in a fixed
 * order whatever order the tests ran in. Thread-safe.
 */
final class Figures {
  private final Path file;
  private final Map<String, String> sections = new TreeMap<>();

  Figures(Path file) {
    this.file = file;
  }

  /** Sets (replaces) section {@code key}: a markdown fragment starting with its heading. */
  synchronized void section(String key, String markdown) {
    sections.put(key, markdown.endsWith("\n") ? markdown : markdown + "\n");
  }

  synchronized void write() {
    StringBuilder out = new StringBuilder("# golos-it: figures of the last run on the real golosd testnet\n\n");
    sections.values().forEach(s -> out.append(s).append('\n'));
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
