package io.github.goloswitness.monitor.demo;

import io.github.goloswitness.failover.Event;
import io.github.goloswitness.failover.Event.Kind;
import io.github.goloswitness.monitor.daemon.SwitchOutcome;
import io.github.goloswitness.monitor.daemon.TickReport;
import io.github.goloswitness.testkit.SimEvent;
import io.github.goloswitness.testkit.SimNetwork;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Prints the demo's story, one line per thing that matters, stamped with chain time since the
 * demo started and the head block, and keeps the numbers for the summary. Single-threaded.
 */
final class DemoTimeline {
  private static final Set<Kind> SHOWN = EnumSet.of(Kind.MISS_DETECTED, Kind.THRESHOLD_REACHED,
      Kind.TAKEOVER_SCHEDULED, Kind.SWITCH_REQUESTED, Kind.SWITCH_CONFIRMED, Kind.SWITCH_FAILED,
      Kind.TAKEOVER_CANCELLED, Kind.PRODUCTION_CONFIRMED, Kind.THIS_NODE_FAILING, Kind.NODE_UNHEALTHY);

  private final SimNetwork net;
  private final PrintStream out;
  private final Instant start;
  private final Set<String> printed = new HashSet<>();
  Instant firstMiss;
  Instant firstSwitch;
  long missesAtCrash = -1;
  int switchesSent;
  String lastSwitchTx = "";

  DemoTimeline(SimNetwork net, PrintStream out) {
    this.net = net;
    this.out = out;
    this.start = net.now();
  }

  void line(String text) {
    Duration t = Duration.between(start, net.now());
    out.printf("%02d:%02d  #%-5d %s%n", t.toMinutes(), t.toSecondsPart(), net.headBlockNumber(), text);
  }

  /** A chain event from the simulated network. */
  void chain(SimEvent e) {
    if (e instanceof SimEvent.BlockProduced b && b.witness().equals(net.witness())) {
      line("block " + b.block() + " produced by node" + b.node() + " (" + net.witness() + "'s slot)");
    } else if (e instanceof SimEvent.SlotMissed m && m.ours()) {
      if (firstMiss == null) {
        firstMiss = m.time();
      }
      line("SLOT MISSED: " + net.witness() + "'s slot " + m.slot() + " passed without a block");
    } else if (e instanceof SimEvent.KeyChanged k && k.witness().equals(net.witness())) {
      line("KEY CONFIRMED ON CHAIN in block " + k.block() + ": signing_key " + who(k.oldKey()) + " -> "
          + who(k.newKey()));
    } else if (e instanceof SimEvent.TransactionIncluded tx && tx.txId().equals(lastSwitchTx)) {
      line("transaction " + tx.txId() + " included in block " + tx.block());
    } else if (e instanceof SimEvent.FaultChanged f) {
      line((f.node() >= 0 ? "node" + f.node() : "network") + ": " + f.fault().toUpperCase(java.util.Locale.ROOT));
    }
  }

  /** What monitor {@code name} reported in one tick. */
  void monitor(String name, TickReport report) {
    for (Event e : report.events()) {
      // Every monitor sees the same miss: show it once.
      String key = e.kind() == Kind.MISS_DETECTED || e.kind() == Kind.THIS_NODE_FAILING
          ? e.kind() + e.detail() : name + e.kind() + e.detail();
      if (SHOWN.contains(e.kind()) && printed.add(key)) {
        line(name + ": " + e.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ": " + e.detail());
      }
    }
    Optional<SwitchOutcome> sw = report.switched();
    if (sw.isPresent()) {
      SwitchOutcome s = sw.get();
      if (s.kind() == SwitchOutcome.Kind.SENT) {
        switchesSent++;
        lastSwitchTx = s.transactionId();
        if (firstSwitch == null) {
          firstSwitch = net.now();
        }
      }
      line(name + ": SWITCH " + s.kind() + ": witness_update signing_key " + who(s.newKey()) + ", tx "
          + s.transactionId() + " (" + s.detail() + ")");
    }
  }

  /** "node1 (GLS7abc…)" for one of our keys, the key itself otherwise. */
  String who(String key) {
    for (int i = 0; i < net.nodeCount(); i++) {
      if (net.signingKey(i).publicKey().toString().equals(key)) {
        return "node" + i + " (" + key.substring(0, 10) + "…)";
      }
    }
    return key;
  }

  /** Prints the summary; returns whether the failover happened. */
  boolean summary(int crashed, List<Integer> producedAfter) {
    long misses = net.totalMissed() - missesAtCrash;
    int producer = net.signingNode().orElse(-1);
    boolean ok = producer >= 0 && producer != crashed && !producedAfter.isEmpty();
    out.println();
    out.println("summary:");
    out.println("  misses after the crash:        " + misses);
    out.println("  first miss -> switch sent:     " + (firstMiss == null || firstSwitch == null ? "-"
        : Duration.between(firstMiss, firstSwitch).toSeconds() + " s (chain time)"));
    out.println("  switches broadcast:            " + switchesSent);
    out.println("  blocks by the new producer:    " + producedAfter.size());
    out.println("  final producer:                " + (producer < 0 ? "none" : "node" + producer + " "
        + net.onChainSigningKey()));
    out.println(ok ? "  result: FAILOVER OK" : "  result: FAILOVER DID NOT HAPPEN");
    return ok;
  }
}
