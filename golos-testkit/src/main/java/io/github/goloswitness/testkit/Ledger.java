package io.github.goloswitness.testkit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.goloswitness.crypto.Asset;
import io.github.goloswitness.crypto.ChainProperties17;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The network's one chain: {@link ChainModel} (schedule, production, misses, key
 * changes) plus what golosd serves and the core does not keep: block ids and contents for TaPoS and
 * {@code get_block}, per-block views for lagging nodes, the transaction pool, urls, running versions
 * and irreversibility. Every method is {@code synchronized}; views are immutable.
 *
 * <p>(Slightly over 300 lines: what the chain has applied, in one place, so that every node's
 * replies read the same state.)
 */
final class Ledger {

  /** TaPoS: ref_block_num indexes a ring of the last 65536 block ids (database::create_block_summary). */
  static final int TAPOS_WINDOW = 65536;
  /** How many past heads a lagging node can serve. */
  static final int VIEW_HISTORY = 4096;

  static final ChainProperties17 PROPS = new ChainProperties17(Asset.golos(1000), 131072, 0);
  private static final BigInteger SLOT_MASK = BigInteger.ONE.shiftLeft(128).subtract(BigInteger.ONE);
  private static final Duration SLOT = ChainModel.BLOCK_INTERVAL;

  /** What a step did, for {@link SimNetwork} to publish outside the lock. */
  record Step(SlotEvent slot, List<SimEvent> events) {}

  private final ChainModel chain;
  private final String ours;
  private final Instant genesis;
  private final BlockRecord[] blocks = new BlockRecord[TAPOS_WINDOW];
  private final ChainView[] views = new ChainView[VIEW_HISTORY];
  private final Map<String, String> urls = new HashMap<>();
  private final Map<String, String> versions = new HashMap<>();
  private final Map<String, Long> lastAslots = new HashMap<>();
  private final List<PendingTx> pending = new ArrayList<>();
  private final FeedBook feeds = new FeedBook();
  private final Map<String, Instant> includedIds = new HashMap<>();
  private BigInteger recentSlots = SLOT_MASK;
  private int missedSinceBlock;
  private long lastIrreversible;
  private List<String> schedule;
  private long nextShuffleBlock;
  private volatile ChainView head;

  Ledger(ChainModel chain, String ours, String url, String version, Instant genesis) {
    this.chain = chain;
    this.ours = ours;
    this.genesis = genesis;
    for (String w : chain.witnesses()) {
      urls.put(w, w.equals(ours) ? url : "https://golos.example/@" + w);
      versions.put(w, version);
      lastAslots.put(w, 0L);
    }
    schedule = nextSchedule();
    nextShuffleBlock = ChainModel.ROUND_LENGTH;
    blocks[0] = new BlockRecord(0, chain.headBlockId(), "0".repeat(40), genesis, "", List.of());
    snapshot();
  }

  /** The newest view; never blocks. */
  ChainView head() {
    return head;
  }

  /** The view {@code behind} blocks before the head (clamped at block 0 and at the history). */
  ChainView viewBehind(long behind) {
    return behind == 0 ? head : olderView(behind);
  }

  private synchronized ChainView olderView(long behind) {
    long block = Math.max(0, Math.max(head.headBlock() - behind, head.headBlock() - VIEW_HISTORY + 1));
    ChainView v = views[(int) (block % VIEW_HISTORY)];
    return v != null && v.headBlock() == block ? v : head;
  }

  /** Block {@code n} if it is among the last {@link #TAPOS_WINDOW} blocks. */
  synchronized Optional<BlockRecord> block(long n) {
    if (n < 0 || n > head.headBlock()) {
      return Optional.empty();
    }
    BlockRecord b = blocks[(int) (n % TAPOS_WINDOW)];
    return b != null && b.number() == n ? Optional.of(b) : Optional.empty();
  }

  /** The block a TaPoS {@code ref_block_num} points at, at or below {@code headBlock}. */
  synchronized Optional<BlockRecord> tapos(int refBlockNum, long headBlock) {
    BlockRecord b = blocks[refBlockNum];
    return b != null && b.number() <= headBlock ? Optional.of(b) : Optional.empty();
  }

  /** Chain time: the time of the last processed slot. */
  synchronized Instant now() {
    return chain.now();
  }

  synchronized Instant nextSlotTime() {
    return chain.nextSlotTime();
  }

  /** Whether a transaction with this id is pending or was included and has not expired yet. */
  synchronized boolean isKnown(String txId) {
    return includedIds.containsKey(txId) || pending.stream().anyMatch(p -> p.id.equals(txId));
  }

  /** Adds an accepted transaction to the pool. */
  synchronized void admit(PendingTx tx) {
    pending.add(tx);
  }

  /**
   * Processes the next slot. Our witness's slot is produced by {@code ourProducer} (the node that
   * holds the private key of the on-chain key and may produce), others produce unless {@code
   * stalled} (then only {@link OtherWitnesses#STALL_SURVIVORS}).
   */
  synchronized Step step(boolean stalled, ProducerChoice ourProducer) {
    long slot = Duration.between(genesis, chain.nextSlotTime()).getSeconds() / SLOT.getSeconds();
    Instant time = chain.nextSlotTime();
    boolean roundStart = (slot - 1) % ChainModel.ROUND_LENGTH == 0;
    if (roundStart) {
      schedule = nextSchedule();
      nextShuffleBlock = head.headBlock() + ChainModel.ROUND_LENGTH;
    }
    // ChainModel schedules its active witnesses in creation order, cycled over the round.
    String scheduled = roundStart ? firstOrNull(schedule) : chain.nextScheduledWitness();
    Optional<Producer> producer = Optional.empty();
    boolean willProduce = false;
    if (scheduled != null && !chain.signingKey(scheduled).equals(ChainModel.NULL_KEY)) {
      if (scheduled.equals(ours)) {
        producer = stalled ? Optional.empty() : ourProducer.nodeFor(chain.signingKey(ours));
        willProduce = producer.isPresent();
      } else {
        willProduce = !stalled || OtherWitnesses.STALL_SURVIVORS.contains(scheduled);
      }
    }
    long number = chain.headBlockNumber() + 1;
    List<PendingTx> included = new ArrayList<>();
    if (willProduce) {
      for (PendingTx p : pending) {
        if (p.includableIn(number, time)) {
          included.add(p);
          // The core includes a queued change in the next block (tx delay 0), applied after its header.
          p.updates.forEach(u -> chain.submitKeyChange(u.owner(), u.blockSigningKey().toString()));
        }
      }
    }
    Map<String, String> keysBefore = keys();
    String previous = chain.headBlockId();
    final boolean produce = willProduce;
    boolean produced = chain.produceSlot(key -> produce);
    if (produced != willProduce) {
      throw new IllegalStateException("ChainModel " + (produced ? "produced" : "missed") + " slot " + slot
          + " of " + scheduled + " against the network's prediction");
    }
    List<SimEvent> events = new ArrayList<>();
    String who = scheduled == null ? "" : scheduled;
    if (produced) {
      pending.removeAll(included);
      blockProduced(number, previous, time, slot, who, producer, included, events);
      keyEvents(keysBefore, number, time, events);
    } else {
      missedSinceBlock++;
      if (scheduled != null) {
        events.add(new SimEvent.SlotMissed(time, slot, scheduled, scheduled.equals(ours)));
      }
    }
    expire(time, events);
    SlotEvent slotEvent = new SlotEvent(slot, time, who, who.equals(ours), produced, chain.headBlockNumber(),
        producer.map(p -> OptionalInt.of(p.node())).orElse(OptionalInt.empty()));
    return new Step(slotEvent, events);
  }

  /** Ends every waiting broadcast (the network is closing). */
  synchronized void abandonPending() {
    pending.forEach(p -> p.outcome.cancel(false));
    pending.clear();
  }

  /** The current on-chain signing key of a witness. */
  synchronized String signingKey(String witness) {
    return chain.signingKey(witness);
  }

  private void blockProduced(long number, String previous, Instant time, long slot, String who,
      Optional<Producer> producer, List<PendingTx> included, List<SimEvent> events) {
    // database::update_global_dynamic_data shifts in the block's 1 first, then a 0 per empty slot:
    // ((mask << 1) | 1) << missed, so bit 0 is the newest slot only when none was missed.
    recentSlots = recentSlots.shiftLeft(1).or(BigInteger.ONE).shiftLeft(missedSinceBlock).and(SLOT_MASK);
    missedSinceBlock = 0;
    lastAslots.put(who, slot);
    producer.ifPresent(p -> versions.put(ours, p.version()));
    List<ObjectNode> txs = new ArrayList<>();
    for (int i = 0; i < included.size(); i++) {
      PendingTx p = included.get(i);
      txs.add(p.json);
      p.updates.forEach(u -> urls.put(u.owner(), u.url()));
      p.feeds.forEach(f -> feeds.publish(f.publisher(), f.exchangeRate(), time));
      includedIds.put(p.id, p.expiration);
      p.outcome.complete(new PendingTx.Outcome(p.id, number, i, false));
    }
    blocks[(int) (number % TAPOS_WINDOW)] =
        new BlockRecord(number, chain.headBlockId(), previous, time, who, List.copyOf(txs));
    lastIrreversible = Math.max(lastIrreversible, irreversibleCandidate());
    feeds.afterBlock(number, time, schedule);
    events.add(new SimEvent.BlockProduced(time, number, who, producer.map(Producer::node).orElse(-1)));
    included.forEach(p -> events.add(new SimEvent.TransactionIncluded(time, p.id, number)));
    snapshot();
  }

  private void keyEvents(Map<String, String> before, long number, Instant time, List<SimEvent> events) {
    keys().forEach((w, key) -> {
      String old = before.get(w);
      if (!old.equals(key)) {
        events.add(new SimEvent.KeyChanged(time, w, number, old, key));
      }
    });
  }

  private void expire(Instant time, List<SimEvent> events) {
    for (Iterator<PendingTx> it = pending.iterator(); it.hasNext(); ) {
      PendingTx p = it.next();
      if (!p.expiration.isAfter(time)) {
        it.remove();
        p.outcome.complete(new PendingTx.Outcome(p.id, chain.headBlockNumber(), -1, true));
        events.add(new SimEvent.TransactionExpired(time, p.id));
      }
    }
    includedIds.values().removeIf(expiration -> !expiration.isAfter(time));
  }

  /**
   * database::update_last_irreversible_block: the block confirmed by 75 % of the scheduled
   * witnesses, i.e. the 6th lowest last_confirmed_block_num of 21.
   */
  private long irreversibleCandidate() {
    List<Long> confirmed = new ArrayList<>();
    for (String w : schedule.stream().filter(s -> !s.isEmpty()).distinct().toList()) {
      confirmed.add(chain.lastConfirmedBlockNum(w));
    }
    if (confirmed.isEmpty()) {
      return 0;
    }
    Collections.sort(confirmed);
    int offset = (10000 - 7500) * confirmed.size() / 10000;
    return confirmed.get(offset);
  }

  private Map<String, String> keys() {
    Map<String, String> keys = new LinkedHashMap<>();
    chain.witnesses().forEach(w -> keys.put(w, chain.signingKey(w)));
    return keys;
  }

  private List<String> nextSchedule() {
    List<String> active = chain.witnesses().stream()
        .filter(w -> !chain.signingKey(w).equals(ChainModel.NULL_KEY)).toList();
    List<String> round = new ArrayList<>();
    for (int i = 0; i < ChainModel.ROUND_LENGTH; i++) {
      round.add(active.isEmpty() ? "" : active.get(i % active.size()));
    }
    return List.copyOf(round);
  }

  private static String firstOrNull(List<String> round) {
    return round.get(0).isEmpty() ? null : round.get(0);
  }

  private void snapshot() {
    Map<String, WitnessView> ws = new LinkedHashMap<>();
    for (String w : chain.witnesses()) {
      ws.put(w, new WitnessView(w, chain.signingKey(w), chain.totalMissed(w), chain.lastConfirmedBlockNum(w),
          lastAslots.get(w), urls.get(w), PROPS, versions.get(w)));
    }
    long number = chain.headBlockNumber();
    long aslot = Duration.between(genesis, chain.headBlockTime()).getSeconds() / SLOT.getSeconds();
    ChainView v = new ChainView(number, chain.headBlockId(), chain.headBlockTime(), chain.headProducer(),
        chain.participationCount(), lastIrreversible, aslot, recentSlots, schedule, nextShuffleBlock,
        Collections.unmodifiableMap(ws), feeds.snapshot());
    views[(int) (number % VIEW_HISTORY)] = v;
    head = v;
  }

  /** Which of our nodes can produce a slot whose on-chain key is {@code key}, if any. */
  @FunctionalInterface
  interface ProducerChoice {
    Optional<Producer> nodeFor(String key);
  }

  /** Our node that produces, and the version it reports in the block (running_version). */
  record Producer(int node, String version) {}
}
