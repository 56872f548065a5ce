package io.github.goloswitness.client;

import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The outcome of a quorum read that did not reach its quorum.
 *
 * @param required how many endpoints had to agree
 * @param seen for each endpoint, in configured order, the value it returned ({@code toString()})
 *     or {@code "error: <message>"} if it failed
 */
public record Disagreement(int required, Map<URI, String> seen) {

  /**
   * Checks the components, and keeps unmodifiable copies of the collections.
   *
   * @throws IllegalArgumentException if a component breaks a rule; the message names it
   */
  public Disagreement {
    if (required < 1) {
      throw new IllegalArgumentException("required < 1: " + required);
    }
    seen = Collections.unmodifiableMap(new LinkedHashMap<>(seen));
  }

  @Override
  public String toString() {
    return "no " + required + " nodes agree: "
        + seen.entrySet().stream()
            .map(e -> e.getKey() + " saw " + e.getValue())
            .collect(Collectors.joining("; "));
  }
}
