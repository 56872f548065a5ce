package io.github.goloswitness.failover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FailoverConfigTest {

  @Test
  void defaultsMatchTheOriginalAndTheBrief() {
    FailoverConfig c = FailoverConfig.defaults();
    assertThat(c.allowedMisses()).isEqualTo(1);
    assertThat(c.missWindow()).isEqualTo(Duration.ofSeconds(3600));
    assertThat(c.takeoverStep()).isEqualTo(2);
    assertThat(c.maxHeadLag()).isEqualTo(3);
    assertThat(c.minParticipation()).isEqualTo(33);
    assertThat(c.cooldown()).isEqualTo(2);
    assertThat(c.maxSwitchesPerHour()).isEqualTo(3);
    assertThat(c.confirmWithin()).isEqualTo(3);
    assertThat(c.reenableDisabled()).isFalse();
    assertThat(c.peerGrace()).isEqualTo(1);
    assertThat(c.roundLength()).isEqualTo(21);
    assertThat(c.blockInterval()).isEqualTo(Duration.ofSeconds(3));
  }

  @Test
  void withCopiesChangeOneComponent() {
    FailoverConfig c = FailoverConfig.defaults().withPriority(2).withCooldown(0);
    assertThat(c.priority()).isEqualTo(2);
    assertThat(c.cooldown()).isZero();
    assertThat(c.withPriority(0)).isEqualTo(FailoverConfig.defaults().withCooldown(0));
  }

  @Test
  void validationNamesTheCulprit() {
    FailoverConfig d = FailoverConfig.defaults();
    assertThatThrownBy(() -> d.withAllowedMisses(-1)).hasMessage("allowedMisses < 0: -1");
    assertThatThrownBy(() -> d.withPriority(-2)).hasMessage("priority < 0: -2");
    assertThatThrownBy(() -> d.withMissWindow(Duration.ZERO)).hasMessage("missWindow <= 0: PT0S");
    assertThatThrownBy(() -> d.withMinParticipation(101)).hasMessage("minParticipation not in 0..100: 101");
    assertThatThrownBy(() -> d.withMaxSwitchesPerHour(0)).hasMessage("maxSwitchesPerHour < 1: 0");
    assertThatThrownBy(() -> d.withConfirmWithin(0)).hasMessage("confirmWithin < 1: 0");
    assertThatThrownBy(() -> d.withPeerGrace(0)).hasMessage("peerGrace < 1: 0");
    assertThatThrownBy(() -> d.withOwnKey(FailoverPolicy.NULL_KEY)).hasMessageStartingWith("ownKey is the null key");
  }

  @Test
  void policyNeedsOwnKey() {
    FakeClock clock = new FakeClock(Instant.EPOCH);
    assertThatThrownBy(() -> new FailoverPolicy(FailoverConfig.defaults(), clock))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("ownKey is empty");
  }

  @Test
  void versionsCompareNumerically() {
    assertThat(Version.parse("0.30.0")).isGreaterThan(Version.parse("0.9.12"));
    assertThat(Version.parse("0.29.4").isOlderThan(Version.parse("0.30.0"))).isTrue();
    assertThat(Version.parse("1.2")).isEqualTo(new Version(1, 2, 0));
    assertThatThrownBy(() -> Version.parse("v30")).hasMessageContaining("'v30'");
  }

  @Test
  void eventsCarryTheInjectedTime() {
    FakeClock clock = new FakeClock(Instant.parse("2030-05-05T05:05:05Z"));
    FailoverPolicy p = new FailoverPolicy(FailoverConfig.defaults().withOwnKey("K"), clock);
    Step s = p.evaluate(FailoverState.initial(), Observation.healthy(1, Instant.EPOCH, FailoverPolicy.NULL_KEY, 0, 0,
        Version.parse("0.30.0")));
    assertThat(s.events()).extracting(Event::at).containsOnly(Instant.parse("2030-05-05T05:05:05Z"));
    clock.advance(Duration.ofSeconds(5));
    assertThat(clock.instant()).isEqualTo(Instant.parse("2030-05-05T05:05:10Z"));
  }
}
