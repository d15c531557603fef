package com.atrium.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which address a login attempt counts against. */
class ClientAddressesTest {

  static final Set<String> PROXY = Set.of("10.0.0.5");

  @Test
  void withoutATrustedProxyTheSocketCountsAndTheHeaderIsIgnored() {
    assertThat(ClientAddresses.resolve("203.0.113.9", List.of("198.51.100.1"), Set.of()))
        .isEqualTo("203.0.113.9");
  }

  @Test
  void aPeerThatIsNoTrustedProxyCannotNameAnotherClient() {
    assertThat(ClientAddresses.resolve("203.0.113.9", List.of("198.51.100.1"), PROXY))
        .isEqualTo("203.0.113.9");
  }

  @Test
  void behindATrustedProxyTheNearestUntrustedHopCounts() {
    // the client forged the first entry; the proxy appended the address it saw
    assertThat(
            ClientAddresses.resolve(
                "10.0.0.5", List.of("1.2.3.4, 198.51.100.1"), Set.of("10.0.0.5")))
        .isEqualTo("198.51.100.1");
    assertThat(
            ClientAddresses.resolve(
                "10.0.0.5", List.of("198.51.100.1", "10.0.0.6"), Set.of("10.0.0.5", "10.0.0.6")))
        .isEqualTo("198.51.100.1");
  }

  @Test
  void aTrustedProxyWithoutTheHeaderCountsAsItself() {
    assertThat(ClientAddresses.resolve("10.0.0.5", List.of(), PROXY)).isEqualTo("10.0.0.5");
  }

  @Test
  void aMalformedHopEndsTheWalk() {
    assertThat(ClientAddresses.resolve("10.0.0.5", List.of("unknown"), PROXY))
        .isEqualTo("10.0.0.5");
  }

  @Test
  void theSettingIsACommaSeparatedList() {
    assertThat(ClientAddresses.trusted(" 10.0.0.5 , ::1,,"))
        .containsExactlyInAnyOrder("10.0.0.5", "::1");
    assertThat(ClientAddresses.trusted("")).isEmpty();
  }
}
