package io.github.goloswitness.client;

import java.io.InterruptedIOException;
import java.net.URI;

/** Moves one JSON-RPC request text to one endpoint and returns its reply text. Thread-safe. */
interface Transport extends AutoCloseable {

  /** The endpoint. */
  URI uri();

  /**
   * Sends {@code request} (whose JSON-RPC id is {@code id}) and returns the reply body, waiting
   * at most {@code timeout} for each step (connect, send, each wait for bytes).
   *
   * @throws NodeException any transport failure, as the precise subtype
   * @throws InterruptedIOException the calling thread was interrupted; the exchange was abandoned
   *     at once and the thread's interrupt flag is set again
   */
  String exchange(String request, long id, java.time.Duration timeout) throws NodeException, InterruptedIOException;

  @Override
  void close();
}
