package io.github.goloswitness.client;

import java.io.IOException;

/**
 * One read against a single endpoint, used by {@link GolosClient#readQuorum}. The value it
 * returns is compared with {@code equals} across endpoints, so return exactly what must agree
 * (e.g. {@code c -> c.getDynamicGlobalProperties().headBlockNumber()}).
 */
@FunctionalInterface
public interface NodeRead<T> {
  T read(GolosClient node) throws IOException;
}
