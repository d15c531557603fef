package com.atrium.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Basic credentials count only from a loopback peer, given as an address literal. */
class RadiusBasicAuthTest {

  @ParameterizedTest
  @ValueSource(strings = {"127.0.0.1", "127.8.9.10", "::1", "0:0:0:0:0:0:0:1"})
  void loopbackPeers(String peer) {
    assertThat(RadiusBasicAuth.isLoopback(peer)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"10.0.0.7", "192.168.1.20", "fe80::1", "localhost", "example.com", ""})
  void anyOtherPeerOrAName(String peer) {
    assertThat(RadiusBasicAuth.isLoopback(peer)).isFalse();
  }

  @Test
  void noPeerIsNotLoopback() {
    assertThat(RadiusBasicAuth.isLoopback(null)).isFalse();
  }
}
