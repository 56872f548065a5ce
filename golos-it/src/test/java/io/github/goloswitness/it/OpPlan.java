package io.github.goloswitness.it;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.goloswitness.crypto.Asset;
import io.github.goloswitness.crypto.OperationType;
import io.github.goloswitness.crypto.PrivateKey;
import io.github.goloswitness.crypto.TimePointSec;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The every-operation plan: phases of {@link OpStep}s run in order, the steps of one phase at
 * once (each in its own transaction). A later phase uses what an earlier one created (a post to
 * vote on, an escrow to approve, a token to sell), so as many operations as possible meet the
 * chain state they need. Account names carry a tag from the head block, so the plan runs again on
 * a chain that already has an earlier run's accounts.
 */
final class OpPlan {
  final Chain chain;
  final String tag;
  final String ann;
  final String bob;
  final String cat;
  final String dan;
  /** The UIA and NFT collection names of this run (capital letters only). */
  final String symbol;
  final String collection;
  final Instant start;
  private final java.nio.file.Path logFile;
  final long startBlock;
  private final Map<Integer, List<OpStep>> phases = new TreeMap<>();
  private final Map<Integer, Poll.Condition> before = new LinkedHashMap<>();
  private final Map<Integer, String> beforeWhat = new LinkedHashMap<>();

  OpPlan(Chain chain, java.nio.file.Path logFile) throws IOException {
    this.chain = chain;
    this.logFile = logFile;
    long head = chain.head();
    this.startBlock = head;
    StringBuilder t = new StringBuilder();
    for (long n = head % 17_576, i = 0; i < 3; i++, n /= 26) {
      t.append((char) ('a' + n % 26));
    }
    this.tag = t.toString();
    this.ann = "ann" + tag;
    this.bob = "bob" + tag;
    this.cat = "cat" + tag;
    this.dan = "dan" + tag;
    this.symbol = "IT" + tag.toUpperCase(Locale.ROOT);
    this.collection = "NFT" + tag.toUpperCase(Locale.ROOT);
    this.start = chain.client().getDynamicGlobalProperties().time();
  }

  void add(int phase, String label, OperationType type, OpStep.Expect expect, OpStep.Source source,
      PrivateKey... keys) {
    phases.computeIfAbsent(phase, p -> new ArrayList<>()).add(new OpStep(label, type, source, List.of(keys), expect));
  }

  /** A condition to wait for before {@code phase} starts (e.g. a conversion paid out). */
  void before(int phase, String what, Poll.Condition condition) {
    before.put(phase, condition);
    beforeWhat.put(phase, what);
  }

  Map<Integer, List<OpStep>> phases() {
    return phases;
  }

  Poll.Condition beforePhase(int phase) {
    return before.get(phase);
  }

  String beforePhaseWhat(int phase) {
    return beforeWhat.get(phase);
  }

  /** {@code seconds} after the plan's start, in chain time. */
  TimePointSec in(long seconds) {
    return TimePointSec.of(start).plusSeconds(seconds);
  }

  static Asset golos(String amount) {
    return Asset.of(amount, Asset.Symbol.GOLOS);
  }

  static Asset gbg(String amount) {
    return Asset.of(amount, Asset.Symbol.GBG);
  }

  static Asset gests(String amount) {
    return Asset.of(amount, Asset.Symbol.GESTS);
  }

  Asset uia(String amount) {
    return Asset.parse(amount + " " + symbol);
  }

  static PrivateKey active(String account) {
    return Keys.active(account);
  }

  static PrivateKey posting(String account) {
    return Keys.of(account, "posting");
  }

  static PrivateKey owner(String account) {
    return Keys.of(account, "owner");
  }

  /** The node's account object. */
  JsonNode account(String name) throws IOException {
    return chain.raw("database_api", "get_accounts", List.of(name)).path(0);
  }

  /** A balance field of an account as an amount of its asset, e.g. "sbd_balance". */
  Asset balance(String name, String field) throws IOException {
    return Asset.parse(account(name).path(field).asText());
  }

  /** Appends a line to {@code op-outcomes.log} (the node's full messages, for diagnosis). */
  synchronized void log(String line) {
    try {
      java.nio.file.Files.writeString(logFile, line + "\n", java.nio.file.StandardOpenOption.CREATE,
          java.nio.file.StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
