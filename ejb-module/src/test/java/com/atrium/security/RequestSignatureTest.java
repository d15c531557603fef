package com.atrium.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class RequestSignatureTest {

  @Test
  void bodyHashOfNothingIsTheWellKnownEmptyHash() {
    assertThat(RequestSignature.sha256Hex(new byte[0]))
        .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  }

  @Test
  void canonicalStringIsOneFieldPerLine() {
    assertThat(
            RequestSignature.canonical(
                "post", "/api/v1/pos/sales?x=1", 1795453200L, "n0nce-123456789012", "abc"))
        .isEqualTo("POST\n/api/v1/pos/sales?x=1\n1795453200\nn0nce-123456789012\nabc");
  }

  @Test
  void signatureMatchesAnIndependentHmac() {
    // RFC 4231 test case 2: key "Jefe", data "what do ya want for nothing?"
    String sig = RequestSignature.sign("Jefe", "what do ya want for nothing?");
    assertThat(HexFormat.of().formatHex(Base64.getDecoder().decode(sig)))
        .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
  }

  @Test
  void comparisonIsExact() {
    String sig = RequestSignature.sign("s", "c");
    assertThat(RequestSignature.matches(sig, sig)).isTrue();
    assertThat(RequestSignature.matches(sig, sig.substring(1))).isFalse();
    assertThat(RequestSignature.matches(sig, null)).isFalse();
  }
}
