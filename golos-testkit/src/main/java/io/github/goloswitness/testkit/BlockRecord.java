package io.github.goloswitness.testkit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;

/**
 * A produced block as {@code get_block} serves it.
 *
 * @param number block number
 * @param id this block's id (40 hex chars, big-endian number first)
 * @param previous the parent's id
 * @param time block timestamp
 * @param witness producer ("" for block 0)
 * @param transactions the included signed transactions as received (never mutated)
 */
record BlockRecord(long number, String id, String previous, Instant time, String witness, List<ObjectNode> transactions) {

  /** ref_block_prefix of a transaction referring to this block: LE uint32 of id bytes 4..8. */
  long refBlockPrefix() {
    long prefix = 0;
    for (int i = 7; i >= 4; i--) {
      prefix = (prefix << 8) | Integer.parseInt(id.substring(2 * i, 2 * i + 2), 16);
    }
    return prefix;
  }
}
