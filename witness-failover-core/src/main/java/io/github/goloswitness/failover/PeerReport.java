package io.github.goloswitness.failover;

import java.util.Objects;
import java.util.Set;

/**
 * What a peer's monitor says on its peer endpoint, as of its own last poll (rule 9): its view of
 * its own node and of the witness's other nodes. The policy trusts a report only while its head
 * is within {@code max_head_lag} blocks of the observation's; an older one counts as {@link
 * PeerMonitor#UNREACHABLE}. A report vouches for the peer when its node is up or it is producing.
 *
 * @param headBlock the head block of the peer monitor's last poll
 * @param priority the peer's configured priority (rank, 0 = first)
 * @param nodeUp whether the peer's own node answers its monitor, is synced and its head is fresh
 * @param producing whether the peer's key is on chain and the chain (read from the quorum nodes,
 *     not from its own node) shows no miss since its last block: evidence that it produces even
 *     when its node's RPC is hung
 * @param seesDown signing keys of the other nodes of the witness whose node the peer's monitor
 *     could not read, or read with a stale head, in its last poll
 */
public record PeerReport(long headBlock, int priority, boolean nodeUp, boolean producing, Set<String> seesDown) implements PeerMonitor {

  /**
   * Checks the components, and keeps unmodifiable copies of the collections.
   *
   * @throws IllegalArgumentException if a component breaks a rule; the message names it
   * @throws NullPointerException if a required component is null; the message names it
   */
  public PeerReport {
    if (headBlock < 0) {
      throw new IllegalArgumentException("headBlock < 0: " + headBlock);
    }
    if (priority < 0) {
      throw new IllegalArgumentException("priority < 0: " + priority);
    }
    seesDown = Set.copyOf(Objects.requireNonNull(seesDown, "seesDown"));
  }

  /** Whether this report says the peer works: its node is up, or the chain shows it producing. */
  public boolean vouches() {
    return nodeUp || producing;
  }
}
