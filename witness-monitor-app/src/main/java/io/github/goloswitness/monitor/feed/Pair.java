package io.github.goloswitness.monitor.feed;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A currency pair in the forex convention: {@code BASE/QUOTE} prices one BASE in QUOTE, so
 * {@code GOLOS/USD = 0.005} means one GOLOS costs 0.005 USD. Gold is always held in milligrams,
 * named {@code GBG} (one GBG is one milligram of gold); {@link #parse} converts {@code XAU} (troy
 * ounce), {@code XAU_GRAM} and {@code XAU_MG} to it, see {@link Reading}.
 *
 * @param base the priced unit
 * @param quote the unit the price is expressed in
 */
public record Pair(String base, String quote) {
  private static final Pattern UNIT = Pattern.compile("[A-Z][A-Z0-9_]{0,15}"); // before FEED, which uses it
  /** Milligrams in a troy ounce (exactly 31.1034768 g, by the 1959 international yard and pound agreement). */
  public static final double MG_PER_TROY_OUNCE = 31_103.4768;
  /** GBG, one milligram of gold: the unit of the feed. */
  public static final String GOLD_MG = "GBG";
  /** The pair the feed publishes: GBG per GOLOS. */
  public static final Pair FEED = new Pair("GOLOS", GOLD_MG);

  public Pair {
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(quote, "quote");
    if (!UNIT.matcher(base).matches() || !UNIT.matcher(quote).matches()) {
      throw new IllegalArgumentException("pair " + base + "/" + quote + ": units are upper-case letters, digits, _");
    }
    if (base.equals(quote)) {
      throw new IllegalArgumentException("pair " + base + "/" + quote + ": base and quote are the same");
    }
  }

  /** The same market seen the other way round, {@code QUOTE/BASE}. */
  public Pair inverse() {
    return new Pair(quote, base);
  }

  /** Whether {@code other} is this pair or its inverse. */
  public boolean sameMarket(Pair other) {
    return equals(other) || equals(other.inverse());
  }

  /**
   * Parses {@code "GOLOS/USD"} (case-insensitive). Gold units keep their names here; a reading is
   * converted to milligrams by {@code normalise}.
   *
   * @throws IllegalArgumentException naming the text when it is not {@code BASE/QUOTE}
   */
  public static Pair parse(String text) {
    Objects.requireNonNull(text, "pair");
    String[] parts = text.trim().toUpperCase(java.util.Locale.ROOT).split("/", -1);
    if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
      throw new IllegalArgumentException("pair \"" + text + "\" is not of the form BASE/QUOTE, e.g. GOLOS/USD");
    }
    return new Pair(parts[0].trim(), parts[1].trim());
  }

  @Override
  public String toString() {
    return base + "/" + quote;
  }

  /** Gold units and their size in milligrams; every other unit is itself. */
  enum Unit {
    XAU(MG_PER_TROY_OUNCE),
    XAU_GRAM(1000),
    XAU_MG(1),
    GBG(1);

    private final double milligrams;

    Unit(double milligrams) {
      this.milligrams = milligrams;
    }

    static boolean isGold(String unit) {
      for (Unit u : values()) {
        if (u.name().equals(unit)) {
          return true;
        }
      }
      return false;
    }

    /** Milligrams of gold in one {@code unit}; 1 for a unit that is not gold. */
    static double milligrams(String unit) {
      return isGold(unit) ? valueOf(unit).milligrams : 1;
    }
  }

  /**
   * This pair with gold expressed in {@link #GOLD_MG}, and {@code value} converted to it: a price
   * per ounce is divided by 31,103.4768, an amount of ounces per unit multiplied by it.
   */
  Reading normalise(double value) {
    double perBase = value / Unit.milligrams(base);
    double converted = perBase * Unit.milligrams(quote);
    String b = Unit.isGold(base) ? GOLD_MG : base;
    String q = Unit.isGold(quote) ? GOLD_MG : quote;
    return new Reading(new Pair(b, q), converted);
  }

  /** A price of one pair, already in normalised units. */
  record Reading(Pair pair, double value) {}
}
