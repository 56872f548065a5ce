package io.github.goloswitness.client;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The quorum rule of {@link GolosClient#readQuorum}: first value seen by {@code required} nodes. */
final class Quorum {

  /** {@code nodes} are single-endpoint clients, in configured order. */
  static <T> T read(List<GolosClient> nodes, int required, NodeRead<T> read) throws IOException {
    if (required < 1 || required > nodes.size()) {
      throw new IllegalArgumentException("required not in 1.." + nodes.size() + ": " + required);
    }
    Map<URI, String> seen = new LinkedHashMap<>();
    Map<T, Integer> votes = new LinkedHashMap<>();
    for (GolosClient node : nodes) {
      URI uri = node.nodes().get(0);
      try {
        T value = read.read(node);
        seen.put(uri, String.valueOf(value));
        if (votes.merge(value, 1, Integer::sum) >= required) {
          return value;
        }
      } catch (NodeException e) {
        seen.put(uri, "error: " + e.getMessage()); // a failing node is a missing vote
      }
    }
    throw new DisagreementException(new Disagreement(required, seen));
  }

  private Quorum() {}
}
