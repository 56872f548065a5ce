package io.github.goloswitness.testkit;

import io.github.goloswitness.crypto.PrivateKey;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

/**
 * One of our witness's nodes: its signing key and the faults injected into it. Fields are volatile:
 * the control API writes them, HTTP and slot threads read them.
 */
final class NodeState {

  final int index;
  final PrivateKey signingKey;
  final String publicKey;
  volatile boolean crashed;
  volatile long lagBlocks;
  volatile Duration slow = Duration.ZERO;
  /** golosd error name every broadcast is rejected with, or null. */
  volatile String rejectWith;
  volatile boolean dropBroadcasts;
  volatile NodeVersion version;
  /** How every reply is broken, or null for golosd's normal replies. */
  volatile ReplyFault replyFault;
  /** Clients (first path segment of the request URI) this node cannot hear: a network partition. */
  volatile Set<String> cutOff = Set.of();
  /** Released to cut short every delayed reply (on crash, on a new delay, on close). */
  private volatile CountDownLatch release = new CountDownLatch(1);
  /** Completed when the node goes down; waiting synchronous broadcasts then drop their connection. */
  private volatile CompletableFuture<Void> down = new CompletableFuture<>();

  NodeState(int index, PrivateKey signingKey, NodeVersion version) {
    this.index = index;
    this.signingKey = signingKey;
    this.publicKey = signingKey.publicKey().toString();
    this.version = version;
  }

  /** Whether the node's witness plugin would produce: up, synced, and a binary that follows the chain. */
  boolean canProduce(NodeVersion hardfork) {
    return !crashed && lagBlocks == 0 && !version.isOlderThan(hardfork);
  }

  /** Completes when the node crashes or the network closes. */
  CompletableFuture<Void> downSignal() {
    return down;
  }

  /** Marks the node down: wakes delayed replies and waiting broadcasts. */
  void goDown() {
    crashed = true;
    down.complete(null);
    releaseDelayed();
  }

  /** Marks the node up again with fresh signals. */
  void comeUp() {
    down = new CompletableFuture<>();
    crashed = false;
  }

  /** The latch delayed replies wait on. */
  CountDownLatch releaseLatch() {
    return release;
  }

  /** Wakes every delayed reply now and arms a fresh latch for later ones. */
  void releaseDelayed() {
    CountDownLatch old = release;
    release = new CountDownLatch(1);
    old.countDown();
  }
}
