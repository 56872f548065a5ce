package io.github.goloswitness.crypto;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An amount of a core Golos asset in its smallest unit, e.g. {@code 1000 GOLOS} = "1.000 GOLOS".
 * fc::raw form: int64 amount LE + uint64 symbol LE (precision byte, then up to 6 ASCII letters),
 * 16 bytes (chain-node libraries/protocol/include/golos/protocol/asset.hpp).
 *
 * @param amount amount in units of 10^-precision
 * @param symbol the asset
 */
public record Asset(long amount, Symbol symbol) {

  /** The core assets and their precisions (chain-node config.hpp STEEM/SBD/VESTS_SYMBOL). */
  public enum Symbol {
    GOLOS(3),
    GBG(3),
    GESTS(6);

    private final int precision;

    Symbol(int precision) {
      this.precision = precision;
    }

    /** Number of decimal places. */
    public int precision() {
      return precision;
    }

    /** The uint64 fc writes: precision in byte 0, ASCII name in bytes 1..6. */
    long raw() {
      long value = precision;
      String name = name();
      for (int i = 0; i < name.length(); i++) {
        value |= ((long) name.charAt(i)) << (8 * (i + 1));
      }
      return value;
    }

    static Symbol fromRaw(long raw) {
      for (Symbol s : values()) {
        if (s.raw() == raw) {
          return s;
        }
      }
      throw new IllegalArgumentException(String.format("unknown asset symbol 0x%016x", raw));
    }
  }

  private static final Pattern FORM = Pattern.compile("(-?[0-9]+)(?:\\.([0-9]+))? ([A-Z]+)");

  public Asset {
    Objects.requireNonNull(symbol, "symbol");
  }

  /** {@code amount} units of GOLOS, e.g. {@code golos(1000)} = "1.000 GOLOS". */
  public static Asset golos(long amount) {
    return new Asset(amount, Symbol.GOLOS);
  }

  /**
   * Parses the node's form strictly: {@code "1.000 GOLOS"}; the number of decimals must equal the
   * symbol's precision (like asset::from_string plus the node's symbol checks).
   *
   * @throws IllegalArgumentException naming the text on any deviation or unknown symbol
   */
  public static Asset parse(String text) {
    Objects.requireNonNull(text, "text");
    Matcher m = FORM.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "asset \"" + text + "\" is not of the form \"1.000 GOLOS\"");
    }
    Symbol symbol;
    try {
      symbol = Symbol.valueOf(m.group(3));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "unknown asset symbol " + m.group(3) + " in \"" + text + "\" (expected GOLOS, GBG or GESTS)");
    }
    String fraction = m.group(2) == null ? "" : m.group(2);
    if (fraction.length() != symbol.precision()) {
      throw new IllegalArgumentException(
          "expected " + symbol.precision() + " decimals for " + symbol + ", got \"" + text + "\"");
    }
    try {
      long amount = new BigDecimal(m.group(1) + "." + fraction + "0")
          .movePointRight(symbol.precision()).toBigInteger().longValueExact();
      return new Asset(amount, symbol);
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("asset \"" + text + "\" does not fit in int64");
    }
  }

  /** The node's form, e.g. {@code "0.000 GOLOS"}, {@code "1.000000 GESTS"}. */
  @Override
  public String toString() {
    return BigDecimal.valueOf(amount, symbol.precision()).toPlainString() + " " + symbol;
  }
}
