package com.atrium.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The per-address token bucket, on a clock the test moves by hand. */
class LoginThrottleTest {

  static final Instant T0 = Instant.parse("2026-12-02T04:00:00Z");

  // 10 attempts, refilled completely in 60 s: one token every 6 s
  final LoginThrottle throttle = new LoginThrottle(10, Duration.ofSeconds(60), 1000);

  @Test
  void anAddressMayMakeItsBurstThenWaitsForTheNextToken() {
    for (int i = 0; i < 10; i++) {
      assertThat(throttle.take("198.51.100.7", T0)).as("attempt %d", i + 1).isEmpty();
    }

    assertThat(throttle.take("198.51.100.7", T0)).contains(Duration.ofSeconds(6));
    assertThat(throttle.take("198.51.100.7", T0.plusSeconds(4))).contains(Duration.ofSeconds(2));
    assertThat(throttle.take("198.51.100.7", T0.plusSeconds(6))).isEmpty();
    assertThat(throttle.take("198.51.100.7", T0.plusSeconds(6))).contains(Duration.ofSeconds(6));
  }

  @Test
  void anAddressIsNotSlowedByAnother() {
    for (int i = 0; i < 10; i++) {
      throttle.take("198.51.100.7", T0);
    }

    assertThat(throttle.take("198.51.100.8", T0)).isEmpty();
  }

  @Test
  void theAllowanceRefillsCompletelyButNoFurther() {
    for (int i = 0; i < 10; i++) {
      throttle.take("198.51.100.7", T0);
    }
    Instant muchLater = T0.plus(Duration.ofHours(3));

    for (int i = 0; i < 10; i++) {
      assertThat(throttle.take("198.51.100.7", muchLater)).isEmpty();
    }
    assertThat(throttle.take("198.51.100.7", muchLater)).isPresent();
  }

  @Test
  void anAttemptThatDidNotFailGivesItsTokenBack() {
    for (int i = 0; i < 10; i++) {
      throttle.take("198.51.100.7", T0);
      throttle.giveBack("198.51.100.7", T0);
    }

    assertThat(throttle.take("198.51.100.7", T0)).isEmpty();
  }

  @Test
  void givingBackNeverRaisesTheAllowanceAboveTheBurst() {
    throttle.giveBack("198.51.100.7", T0);
    throttle.take("198.51.100.7", T0);
    throttle.giveBack("198.51.100.7", T0);
    throttle.giveBack("198.51.100.7", T0);

    for (int i = 0; i < 10; i++) {
      assertThat(throttle.take("198.51.100.7", T0)).isEmpty();
    }
    assertThat(throttle.take("198.51.100.7", T0)).isPresent();
  }

  @Test
  void anIpv6HostCountsByItsSlash64() {
    for (int i = 0; i < 10; i++) {
      assertThat(throttle.take("2001:db8:1:2::" + Integer.toHexString(i + 1), T0)).isEmpty();
    }

    assertThat(throttle.take("2001:db8:1:2:ffff::9", T0)).isPresent();
    assertThat(throttle.take("2001:db8:1:3::1", T0)).isEmpty();
    assertThat(LoginThrottle.key("2001:0db8:0001:0002:0000:0000:0000:0001"))
        .isEqualTo("20010db800010002::/64");
  }

  @Test
  void whatIsNoIpLiteralSharesOneKey() {
    assertThat(LoginThrottle.key("example.org")).isEqualTo("?");
    assertThat(LoginThrottle.key(null)).isEqualTo("?");
    assertThat(LoginThrottle.key("198.51.100.7")).isEqualTo("198.51.100.7");
  }

  @Test
  void aFullTableDropsIdleAddressesFirstThenSharesOneOverflowBucket() {
    LoginThrottle small = new LoginThrottle(2, Duration.ofSeconds(60), 2);
    small.take("198.51.100.1", T0);
    small.take("198.51.100.2", T0);

    // both still owe tokens at T0: the third address goes to the shared overflow bucket
    assertThat(small.take("198.51.100.3", T0)).isEmpty();
    assertThat(small.take("198.51.100.4", T0)).isEmpty();
    assertThat(small.take("198.51.100.5", T0)).isPresent();
    assertThat(small.trackedAddresses()).isEqualTo(3);

    // a minute later every bucket is full again: the idle ones are dropped for a new address
    Instant later = T0.plusSeconds(60);
    assertThat(small.take("198.51.100.6", later)).isEmpty();
    assertThat(small.trackedAddresses()).isEqualTo(1);
  }
}
