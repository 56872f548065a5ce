package io.github.goloswitness.monitor.feed;

import java.time.Duration;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Whether this server publishes now. Pure: a function of the computed price, the chain's view and
 * the settings; time is the chain's head time inside {@link ChainFeed}.
 *
 * <p>Who publishes, without coordination: with {@code followProducer} (the default) only the
 * server whose {@code witness_pubkey} is the witness's signing key on chain publishes; the duty
 * moves with a failover. Any other server (a backup) publishes only when the witness's feed is
 * older than {@code maxAge + backupGrace}, which covers a producer whose feed publishing is broken.
 *
 * <p>When (the producer, or a backup that covers): when our feed on chain is older than
 * {@code maxAge} or the price moved more than {@code thresholdPct} from it. Never when the new price
 * differs from the chain's median (or, without a median, from our feed if not older than
 * {@code maxAge}) by more than
 * {@code maxJumpPct}: a source gone mad must not reach the chain.
 */
public final class PublishRule {
  /** The settings of the rule. */
  public record Settings(double thresholdPct, Duration maxAge, Duration backupGrace, boolean followProducer,
      double maxJumpPct) {
    public Settings {
      Objects.requireNonNull(maxAge, "maxAge");
      Objects.requireNonNull(backupGrace, "backupGrace");
      if (!(thresholdPct >= 0)) {
        throw new IllegalArgumentException("threshold_pct must be >= 0, got " + thresholdPct);
      }
      if (maxAge.isNegative() || maxAge.isZero()) {
        throw new IllegalArgumentException("max_age must be > 0, got " + maxAge);
      }
      if (backupGrace.isNegative()) {
        throw new IllegalArgumentException("backup_grace must be >= 0, got " + backupGrace);
      }
      if (!(maxJumpPct > 0)) {
        throw new IllegalArgumentException("max_jump_pct must be > 0, got " + maxJumpPct);
      }
    }
  }

  /** Why the decision is what it is. */
  public enum Reason {
    /** The computation gave no price. */
    NO_PRICE(false),
    /** The price differs from the chain's median beyond {@code max_jump_pct}. */
    PRICE_JUMP(false),
    /** Producer: our feed is older than {@code max_age}. */
    FEED_TOO_OLD(true),
    /** Producer: the price moved beyond {@code threshold_pct}. */
    PRICE_MOVED(true),
    /** Producer: neither old nor moved. */
    UP_TO_DATE(false),
    /** Backup: the feed is older than {@code max_age + backup_grace}; this server covers. */
    BACKUP_COVERS(true),
    /** Backup: the producer's duty. */
    PRODUCER_DUTY(false);

    private final boolean publish;

    Reason(boolean publish) {
      this.publish = publish;
    }

    /** Whether this reason publishes. */
    public boolean publish() {
      return publish;
    }
  }

  /**
   * The decision.
   *
   * @param reason why
   * @param producer whether this server's key is the signing key on chain (always true without {@code followProducer})
   * @param feedAge how old the witness's feed on chain is (head time minus last update)
   * @param movedPct how far the new price is from our feed on chain, percent (infinite without a feed, NaN without a price)
   * @param detail one line for people
   */
  public record Decision(Reason reason, boolean producer, Duration feedAge, double movedPct, String detail) {
    /** Whether to publish. */
    public boolean publish() {
      return reason.publish();
    }
  }

  private PublishRule() {}

  /** Decides for the server whose block signing key is {@code ourKey}. */
  public static Decision decide(OptionalDouble price, ChainFeed chain, String ourKey, Settings settings) {
    Duration age = Duration.between(chain.lastUpdate(), chain.headTime());
    boolean producer = !settings.followProducer() || chain.signingKey().equals(ourKey);
    if (price.isEmpty()) {
      return new Decision(Reason.NO_PRICE, producer, age, Double.NaN, "no usable price, nothing published");
    }
    double p = price.getAsDouble();
    double moved = chain.published() > 0 ? FeedCalculation.deviationPct(p, chain.published()) : Double.POSITIVE_INFINITY;
    // Our own feed is a reference only while it is fresh: a year-old feed says nothing about today.
    boolean ownFresh = chain.published() > 0 && age.compareTo(settings.maxAge()) <= 0;
    double reference = chain.median() > 0 ? chain.median() : ownFresh ? chain.published() : 0;
    if (reference > 0 && FeedCalculation.deviationPct(p, reference) > settings.maxJumpPct()) {
      return new Decision(Reason.PRICE_JUMP, producer, age, moved, String.format(java.util.Locale.ROOT,
          "price %.6f is %.1f%% away from the %s %.6f, beyond max_jump_pct %s; not published",
          p, FeedCalculation.deviationPct(p, reference), chain.median() > 0 ? "chain median" : "feed on chain",
          reference, pct(settings.maxJumpPct())));
    }
    String ageText = "feed age " + seconds(age) + " s";
    if (!producer) {
      Duration limit = settings.maxAge().plus(settings.backupGrace());
      if (age.compareTo(limit) > 0) {
        return new Decision(Reason.BACKUP_COVERS, false, age, moved,
            "backup covers: " + ageText + " > max_age + backup_grace " + seconds(limit) + " s");
      }
      return new Decision(Reason.PRODUCER_DUTY, false, age, moved,
          "backup: the producing server (" + chain.signingKey() + ") publishes; " + ageText);
    }
    if (age.compareTo(settings.maxAge()) > 0) {
      return new Decision(Reason.FEED_TOO_OLD, true, age, moved, ageText + " > max_age " + seconds(settings.maxAge()) + " s");
    }
    if (moved > settings.thresholdPct()) {
      return new Decision(Reason.PRICE_MOVED, true, age, moved, chain.published() > 0
          ? String.format(java.util.Locale.ROOT, "price moved %.2f%% > threshold_pct %s", moved, pct(settings.thresholdPct()))
          : "no feed on chain yet");
    }
    return new Decision(Reason.UP_TO_DATE, true, age, moved, String.format(java.util.Locale.ROOT,
        "price moved %.2f%% <= threshold_pct %s, %s <= max_age %d s", moved, pct(settings.thresholdPct()), ageText,
        seconds(settings.maxAge())));
  }

  private static long seconds(Duration d) {
    return d.getSeconds();
  }

  private static String pct(double value) {
    return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}
