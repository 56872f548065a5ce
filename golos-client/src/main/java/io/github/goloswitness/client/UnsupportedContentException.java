package io.github.goloswitness.client;

import java.io.IOException;

/**
 * Part of a block or reply holds what this library version cannot type: an operation or a field
 * newer than it, a mining-era operation ({@code pow}, {@code pow2}) it has no fc::raw form for, or a
 * malformed value. The message names the block, the transaction index and the JSON path. The rest of
 * the block stays readable: its header, its other transactions, every transaction's raw operations
 * ({@link Block#readTransactions()}).
 */
public final class UnsupportedContentException extends IOException {
  private static final long serialVersionUID = 1L;

  UnsupportedContentException(String message, Throwable cause) {
    super(message, cause);
  }
}
