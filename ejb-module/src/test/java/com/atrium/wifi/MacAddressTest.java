package com.atrium.wifi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.atrium.platform.DomainException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** MAC notations, randomised MACs, and how long a device stays remembered. */
class MacAddressTest {

  @ParameterizedTest
  @ValueSource(
      strings = {"AC-DE-48-00-11-22", "ac:de:48:00:11:22", "acde.4800.1122", "ACDE48001122"})
  void everyUsualNotationIsTheSameAddress(String raw) {
    MacAddress mac = MacAddress.parse(raw);
    assertThat(mac.value()).isEqualTo("ac:de:48:00:11:22");
    assertThat(mac.isRandomised()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"02:00:00:00:00:01", "DA-A1-19-00-00-01", "f6:11:22:33:44:55"})
  void aLocallyAdministeredAddressIsRandomised(String raw) {
    assertThat(MacAddress.parse(raw).isRandomised()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "ac:de:48:00:11", "zz:de:48:00:11:22", "ac:de:48:00:11:22:33"})
  void anythingElseIsRefused(String raw) {
    assertThatThrownBy(() -> MacAddress.parse(raw))
        .isInstanceOf(DomainException.class)
        .hasFieldOrPropertyWithValue("code", "WIFI_MAC_INVALID");
  }

  @Test
  void aRememberedDeviceIsKnownUntilItsDaysAreOverAndALaterMemberTakesItOver() {
    Instant t0 = Instant.parse("2026-12-03T02:00:00Z");
    WifiDevice d = new WifiDevice(1, "mac", 42, t0, Duration.ofDays(30));
    assertThat(d.memberAt(t0.plus(Duration.ofDays(30)).minusSeconds(1))).hasValue(42);
    assertThat(d.memberAt(t0.plus(Duration.ofDays(30)))).isEmpty();
    d.rememberFor(43, t0.plus(Duration.ofDays(1)), Duration.ofDays(30));
    assertThat(d.memberAt(t0.plus(Duration.ofDays(30)))).hasValue(43);
  }
}
