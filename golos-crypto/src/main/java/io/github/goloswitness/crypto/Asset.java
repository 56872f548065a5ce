package io.github.goloswitness.crypto;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An amount of a Golos asset in its smallest unit, e.g. {@code 1000 GOLOS} = "1.000 GOLOS". Core
 * assets (GOLOS 3, GBG 3, GESTS 6) and user-issued assets (UIA) whose symbol is 3 to 14 capital
 * letters in one or two dot-separated parts, e.g. {@code YMUSDT}, {@code YMSTEEM},
 * {@code YMUSDT.GOLOS} (chain-node 0.30, libraries/protocol/steem_operations.cpp
 * is_valid_symbol_name). fc::raw form (chain-node libraries/protocol/include/golos/protocol/asset.hpp
 * pack/unpack): int64 amount LE, then the symbol: for a name of up to 6 characters 8 bytes (the
 * precision byte, the ASCII name, zero padding; 16 bytes in all), for a longer name 16 bytes (the
 * precision + 100, the ASCII name, zero padding; 24 bytes in all). Arithmetic refuses mixed symbols
 * and int64 overflow. Immutable.
 *
 * @param amount amount in units of 10^-precision
 * @param symbol the asset
 */
public record Asset(long amount, Symbol symbol) {

  /**
   * An asset symbol: its name and number of decimals. The core ones are {@link #GOLOS}, {@link
   * #GBG} and {@link #GESTS}; any other valid name is a user-issued asset. A name longer than
   * {@link #SHORT_NAME_LENGTH} characters has the node's long wire form (see {@link Asset}).
   *
   * @param name 3 to {@link #MAX_NAME_LENGTH} characters: one or two parts of at least 3 capital
   *     letters A-Z, joined by a dot
   * @param precision 0 to {@link #MAX_PRECISION} decimals
   */
  public record Symbol(String name, int precision) {

    /** The most decimals the node allows (asset.cpp set_decimals: {@code d < 15}). */
    public static final int MAX_PRECISION = 14;
    /** The longest symbol name (asset.cpp from_string: "Asset symbol is too long"). */
    public static final int MAX_NAME_LENGTH = 14;
    /** The longest name of the short (8-byte) wire form; longer names take 16 bytes. */
    public static final int SHORT_NAME_LENGTH = 6;

    /** The liquid token (chain-node config.hpp STEEM_SYMBOL). */
    public static final Symbol GOLOS = new Symbol("GOLOS", 3);
    /** The debt token (SBD_SYMBOL). */
    public static final Symbol GBG = new Symbol("GBG", 3);
    /** Vesting shares (VESTS_SYMBOL). */
    public static final Symbol GESTS = new Symbol("GESTS", 6);

    /**
     * @throws IllegalArgumentException naming the symbol and what is wrong with its name (length,
     *     a character that is not A-Z, a part shorter than 3, a second dot) or its precision
     */
    public Symbol {
      Objects.requireNonNull(name, "symbol name");
      String problem = SymbolForm.nameProblem(name);
      if (problem != null) {
        throw new IllegalArgumentException("asset symbol \"" + name + "\" " + problem);
      }
      if (precision < 0 || precision > MAX_PRECISION) {
        throw new IllegalArgumentException(
            "asset symbol " + name + " precision out of [0, " + MAX_PRECISION + "]: " + precision);
      }
      Symbol core = core(name);
      if (core != null && core.precision != precision) {
        throw new IllegalArgumentException("expected " + core.precision + " decimals for " + name
            + ", got precision " + precision);
      }
    }

    /** A core symbol by name (GOLOS, GBG, GESTS). @throws IllegalArgumentException otherwise */
    public static Symbol valueOf(String name) {
      Symbol core = core(name);
      if (core == null) {
        throw new IllegalArgumentException("not a core asset symbol: " + name);
      }
      return core;
    }

    /** Whether this is GOLOS, GBG or GESTS. */
    public boolean isCore() {
      return core(name) != null;
    }

    /** Whether the name is longer than {@link #SHORT_NAME_LENGTH}: the 16-byte wire form. */
    public boolean isLong() {
      return name.length() > SHORT_NAME_LENGTH;
    }

    private static Symbol core(String name) {
      switch (name) {
        case "GOLOS": return GOLOS;
        case "GBG": return GBG;
        case "GESTS": return GESTS;
        default: return null;
      }
    }

    /** The name, e.g. {@code GOLOS}. */
    @Override
    public String toString() {
      return name;
    }
  }

  private static final Pattern FORM = Pattern.compile("(-?[0-9]+)(?:\\.([0-9]+))? ([A-Z.]+)");

  /**
   * Checks that no component is null.
   *
   * @throws NullPointerException if a required component is null; the message names it
   */
  public Asset {
    Objects.requireNonNull(symbol, "symbol");
  }

  /** {@code amount} units of GOLOS, e.g. {@code golos(1000)} = "1.000 GOLOS". */
  public static Asset golos(long amount) {
    return new Asset(amount, Symbol.GOLOS);
  }

  /**
   * The exact decimal {@code value} of {@code symbol}, e.g. {@code of(new BigDecimal("1.5"),
   * GOLOS)} = "1.500 GOLOS".
   *
   * @throws IllegalArgumentException if {@code value} has more decimals than the symbol or does not
   *     fit in int64
   */
  public static Asset of(BigDecimal value, Symbol symbol) {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(symbol, "symbol");
    try {
      return new Asset(
          value.setScale(symbol.precision(), RoundingMode.UNNECESSARY).unscaledValue()
              .longValueExact(),
          symbol);
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("amount " + value.toPlainString() + " of " + symbol
          + (value.stripTrailingZeros().scale() > symbol.precision()
              ? " has more than " + symbol.precision() + " decimals"
              : " does not fit in int64"));
    }
  }

  /** {@link #of(BigDecimal, Symbol)} from a decimal string such as {@code "1.5"}. */
  public static Asset of(String value, Symbol symbol) {
    Objects.requireNonNull(value, "value");
    BigDecimal decimal;
    try {
      decimal = new BigDecimal(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("amount \"" + value + "\" is not a decimal number");
    }
    return of(decimal, symbol);
  }

  /**
   * Parses the node's form strictly: {@code "1.000 GOLOS"}. Like asset::from_string the precision
   * is the number of decimals written; for a core symbol it must equal the symbol's precision.
   *
   * @throws IllegalArgumentException naming the text on any deviation
   */
  public static Asset parse(String text) {
    Objects.requireNonNull(text, "text");
    Matcher m = FORM.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "asset \"" + text + "\" is not of the form \"1.000 GOLOS\" (amount, one space, symbol)");
    }
    String fraction = m.group(2) == null ? "" : m.group(2);
    String name = m.group(3);
    Symbol symbol;
    if (Symbol.core(name) != null) {
      symbol = Symbol.core(name);
      if (fraction.length() != symbol.precision()) {
        throw new IllegalArgumentException(
            "expected " + symbol.precision() + " decimals for " + symbol + ", got \"" + text + "\"");
      }
    } else {
      try {
        symbol = new Symbol(name, fraction.length());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("asset \"" + text + "\": " + e.getMessage());
      }
    }
    try {
      long amount = new BigDecimal(m.group(1) + "." + fraction + "0")
          .movePointRight(symbol.precision()).toBigInteger().longValueExact();
      return new Asset(amount, symbol);
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("asset \"" + text + "\" does not fit in int64");
    }
  }

  /** The exact decimal value, e.g. {@code 1.500} for "1.500 GOLOS". */
  public BigDecimal toBigDecimal() {
    return BigDecimal.valueOf(amount, symbol.precision());
  }

  /** @throws IllegalArgumentException on another symbol or int64 overflow */
  public Asset plus(Asset other) {
    requireSame(other, "plus");
    try {
      return new Asset(Math.addExact(amount, other.amount), symbol);
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(this + " plus " + other + " overflows int64");
    }
  }

  /** @throws IllegalArgumentException on another symbol or int64 overflow */
  public Asset minus(Asset other) {
    requireSame(other, "minus");
    try {
      return new Asset(Math.subtractExact(amount, other.amount), symbol);
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(this + " minus " + other + " overflows int64");
    }
  }

  /** @throws IllegalArgumentException on int64 overflow */
  public Asset times(long factor) {
    try {
      return new Asset(Math.multiplyExact(amount, factor), symbol);
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(this + " times " + factor + " overflows int64");
    }
  }

  /** The negated amount. @throws IllegalArgumentException for the int64 minimum */
  public Asset negate() {
    try {
      return new Asset(Math.negateExact(amount), symbol);
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("cannot negate " + this + ": overflows int64");
    }
  }

  /** Compares amounts of the same symbol. @throws IllegalArgumentException on another symbol */
  public int compareAmount(Asset other) {
    requireSame(other, "compare");
    return Long.compare(amount, other.amount);
  }

  private void requireSame(Asset other, String what) {
    Objects.requireNonNull(other, "other");
    if (!symbol.equals(other.symbol)) {
      throw new IllegalArgumentException(
          "cannot " + what + " " + this + " and " + other + ": different symbols");
    }
  }

  /** The node's form, e.g. {@code "0.000 GOLOS"}, {@code "1.000000 GESTS"}. */
  @Override
  public String toString() {
    return toBigDecimal().toPlainString() + " " + symbol;
  }
}
