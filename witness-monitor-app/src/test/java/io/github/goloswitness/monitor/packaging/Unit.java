package io.github.goloswitness.monitor.packaging;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The {@code key=value} settings of a systemd unit file (last one wins; continuation lines joined). */
record Unit(Map<String, String> settings) {
  static Unit read(Path file) throws IOException {
    Map<String, String> settings = new LinkedHashMap<>();
    StringBuilder pending = new StringBuilder();
    for (String line : Files.readAllLines(file)) {
      if (pending.length() == 0 && (line.isBlank() || line.startsWith("#") || line.startsWith(";") || line.startsWith("["))) {
        continue;
      }
      if (line.endsWith("\\")) {
        pending.append(line, 0, line.length() - 1).append(' ');
        continue;
      }
      String text = pending.append(line).toString();
      pending.setLength(0);
      int eq = text.indexOf('=');
      if (eq > 0) {
        settings.put(text.substring(0, eq).strip(), text.substring(eq + 1).strip());
      }
    }
    return new Unit(settings);
  }

  String get(String key) {
    String value = settings.get(key);
    if (value == null) {
      throw new AssertionError("the unit has no " + key + "=");
    }
    return value;
  }

  List<String> execStart() {
    return List.of(get("ExecStart").split("\\s+"));
  }
}
