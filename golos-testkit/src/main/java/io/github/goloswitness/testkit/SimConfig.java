package io.github.goloswitness.testkit;

import io.github.goloswitness.crypto.ChainId;
import java.time.Instant;
import java.util.Objects;

/**
 * Settings of a {@link SimNetwork}. Immutable; start from {@link #defaults()} and adjust with the
 * {@code with…} copies. Every value is checked when the record is built.
 *
 * @param witness our witness account, e.g. {@code alpha-wit}; must not be one of the 20 other
 *     witnesses' names ({@code bravo-wit} … {@code uniform-wit})
 * @param nodes how many golosd nodes run our witness, 1..16; node {@code i} signs with its own key
 *     {@code PrivateKey.fromPassword(witness, "sim-seed-" + seed, "node" + i)}
 * @param seed makes every generated key (nodes, active key, other witnesses) deterministic
 * @param genesis time of block 0; slot {@code n} is at {@code genesis + 3 s × n}; whole seconds
 * @param warmupSlots slots produced when the network starts, so the chain has history (the default
 *     is one round: 21 blocks, our witness produced one of them)
 * @param initialNode the node whose key is our witness's {@code signing_key} at genesis
 * @param url our witness's initial {@code url}
 * @param hardfork the chain's hardfork version ({@code major.minor.patch}, e.g. {@code 0.30.0}), and every node's version until {@link
 *     SimNetwork#version} changes it
 * @param chainId the chain id signatures are checked against (Golos mainnet by default)
 */
public record SimConfig(
    String witness,
    int nodes,
    long seed,
    Instant genesis,
    int warmupSlots,
    int initialNode,
    String url,
    String hardfork,
    ChainId chainId) {

  /** Maximum number of our witness's nodes. */
  public static final int MAX_NODES = 16;

  /**
   * Checks the components.
   *
   * @throws IllegalArgumentException if a component breaks a rule; the message names it
   * @throws NullPointerException if a required component is null; the message names it
   */
  public SimConfig {
    Objects.requireNonNull(witness, "witness");
    if (!witness.matches("[a-z][a-z0-9.-]{2,15}")) {
      throw new IllegalArgumentException("witness is not a Golos account name (3-16 of a-z0-9.-): '" + witness + "'");
    }
    if (OtherWitnesses.NAMES.contains(witness)) {
      throw new IllegalArgumentException("witness '" + witness + "' is the name of a simulated other witness");
    }
    if (nodes < 1 || nodes > MAX_NODES) {
      throw new IllegalArgumentException("nodes not in 1.." + MAX_NODES + ": " + nodes);
    }
    Objects.requireNonNull(genesis, "genesis");
    if (genesis.getNano() != 0) {
      throw new IllegalArgumentException("genesis has fractional seconds: " + genesis);
    }
    if (warmupSlots < 0) {
      throw new IllegalArgumentException("warmupSlots < 0: " + warmupSlots);
    }
    if (initialNode < 0 || initialNode >= nodes) {
      throw new IllegalArgumentException("initialNode not in 0.." + (nodes - 1) + ": " + initialNode);
    }
    Objects.requireNonNull(url, "url");
    if (url.isEmpty() || url.length() > 2048) {
      throw new IllegalArgumentException("url length not in 1..2048: " + url.length());
    }
    hardfork = NodeVersion.parse(Objects.requireNonNull(hardfork, "hardfork")).toString();
    Objects.requireNonNull(chainId, "chainId");
  }

  /**
   * {@code alpha-wit} on 2 nodes, seed 0, genesis 2026-11-26T00:00:00Z, 21 warm-up slots, node 0
   * signing, hardfork 0.30.0, Golos mainnet chain id.
   */
  public static SimConfig defaults() {
    return new SimConfig("alpha-wit", 2, 0, Instant.parse("2026-11-26T00:00:00Z"), 21, 0,
        "https://golos.example/@alpha-wit", "0.30.0", ChainId.GOLOS_MAINNET);
  }

  /** Another witness name; the url becomes {@code https://golos.example/@name}. */
  public SimConfig withWitness(String name) {
    return new SimConfig(name, nodes, seed, genesis, warmupSlots, initialNode, "https://golos.example/@" + name,
        hardfork, chainId);
  }

  /** A copy with {@code nodes} replaced (checked like the constructor). */
  public SimConfig withNodes(int count) {
    return new SimConfig(witness, count, seed, genesis, warmupSlots, initialNode, url, hardfork, chainId);
  }

  /** A copy with {@code seed} replaced (checked like the constructor). */
  public SimConfig withSeed(long value) {
    return new SimConfig(witness, nodes, value, genesis, warmupSlots, initialNode, url, hardfork, chainId);
  }

  /** A copy with {@code genesis} replaced (checked like the constructor). */
  public SimConfig withGenesis(Instant time) {
    return new SimConfig(witness, nodes, seed, time, warmupSlots, initialNode, url, hardfork, chainId);
  }

  /** A copy with {@code warmupSlots} replaced (checked like the constructor). */
  public SimConfig withWarmupSlots(int slots) {
    return new SimConfig(witness, nodes, seed, genesis, slots, initialNode, url, hardfork, chainId);
  }

  /** A copy with {@code initialNode} replaced (checked like the constructor). */
  public SimConfig withInitialNode(int node) {
    return new SimConfig(witness, nodes, seed, genesis, warmupSlots, node, url, hardfork, chainId);
  }

  /** A copy with {@code url} replaced (checked like the constructor). */
  public SimConfig withUrl(String value) {
    return new SimConfig(witness, nodes, seed, genesis, warmupSlots, initialNode, value, hardfork, chainId);
  }

  /** A copy with {@code hardfork} replaced (checked like the constructor). */
  public SimConfig withHardfork(String version) {
    return new SimConfig(witness, nodes, seed, genesis, warmupSlots, initialNode, url, version, chainId);
  }

  /** A copy with {@code chainId} replaced (checked like the constructor). */
  public SimConfig withChainId(ChainId id) {
    return new SimConfig(witness, nodes, seed, genesis, warmupSlots, initialNode, url, hardfork, id);
  }

  /** The hardfork as a comparable version. */
  NodeVersion hardforkVersion() {
    return NodeVersion.parse(hardfork);
  }
}
