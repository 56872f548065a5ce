package io.github.goloswitness.crypto;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/** The 32-byte chain id mixed into every signature digest. Immutable and thread-safe. */
public final class ChainId {

  /**
   * Golos mainnet: {@code sha256(0x05 "GOLOS")} (chain-node libraries/protocol/include/golos/
   * protocol/config.hpp STEEMIT_CHAIN_ID).
   */
  public static final ChainId GOLOS_MAINNET =
      fromHex("782a3039b478c839e4cb0c941ff4eaeb7df40bdd68bd441afd444b9da763de12");

  private final byte[] id;

  private ChainId(byte[] id) {
    this.id = id;
  }

  /**
   * Parses 64 hex digits.
   *
   * @throws IllegalArgumentException naming the text if it is not 32 bytes of hex
   */
  public static ChainId fromHex(String hex) {
    Objects.requireNonNull(hex, "hex");
    byte[] raw;
    try {
      raw = HexFormat.of().parseHex(hex);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("chain id \"" + hex + "\" is not hex", e);
    }
    if (raw.length != 32) {
      throw new IllegalArgumentException(
          "chain id \"" + hex + "\" is " + raw.length + " bytes, expected 32");
    }
    return new ChainId(raw);
  }

  /** A copy of the 32 bytes. */
  public byte[] bytes() {
    return id.clone();
  }

  /** Lowercase hex. */
  public String toHex() {
    return HexFormat.of().formatHex(id);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ChainId other && Arrays.equals(id, other.id);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(id);
  }

  @Override
  public String toString() {
    return "ChainId[" + toHex() + "]";
  }
}
