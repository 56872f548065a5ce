package io.github.goloswitness.client;

import java.io.IOException;

/**
 * One read against a single endpoint, used by {@link GolosClient#readQuorum}. The value it
 * returns is compared with {@code equals} across endpoints, so return exactly what must agree
 * (e.g. {@code c -> c.getDynamicGlobalProperties().headBlockNumber()}).
 */
@FunctionalInterface
public interface NodeRead<T> {
  /**
   * Reads the value from {@code node}, a view of the client that talks to one endpoint only.
   *
   * @throws IOException the node's failure; {@code readQuorum} counts a {@link NodeException} as a
   *     missing vote and lets any other exception through
   */
  T read(GolosClient node) throws IOException;
}
