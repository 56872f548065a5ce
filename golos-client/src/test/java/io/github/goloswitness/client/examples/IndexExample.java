package io.github.goloswitness.client.examples;

import io.github.goloswitness.client.Block;
import io.github.goloswitness.client.BlockTransaction;
import io.github.goloswitness.client.GolosClient;
import io.github.goloswitness.client.ReplyParser;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** docs/client.md "Indexing blocks": a block's id, signer and transactions; a recorded reply. */
public final class IndexExample {

  /** One line per transaction of block {@code number}: its id (or why there is none) and operations. */
  public static List<String> run(URI node, long number) throws IOException {
    // tag::index[]
    try (GolosClient client = GolosClient.builder(node).build()) {
      Block block = client.getBlock(number).orElseThrow();
      List<String> lines = new ArrayList<>();
      lines.add("block " + block.number() + " " + block.id() + " signed by " + block.signingKey());
      for (BlockTransaction tx : block.readTransactions()) {     // never fails for one odd transaction
        lines.add(tx.id().orElseGet(() -> "(no id: " + tx.problem().orElseThrow() + ")") + " " + tx.operations());
      }
      return lines;
    }
    // end::index[]
  }

  /** The block of a reply recorded in {@code file}. */
  public static Block replay(Path file) throws IOException {
    // tag::replay[]
    ReplyParser parser = ReplyParser.of(file.toUri());      // errors name the file and the field
    Block block = parser.block(Files.readString(file)).orElseThrow();
    // end::replay[]
    return block;
  }

  private IndexExample() {}
}
