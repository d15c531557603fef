package com.atrium.redemption;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CouponCodeTest {

  @Test
  void codesCarry128RandomBitsInUrlSafeText() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 10_000; i++) {
      String code = CouponCode.next();
      assertThat(code).matches("[A-Za-z0-9_-]{22}");
      assertThat(Base64.getUrlDecoder().decode(code)).hasSize(16);
      assertThat(CouponCode.looksValid(code)).isTrue();
      seen.add(code);
    }
    assertThat(seen).hasSize(10_000);
  }

  @Test
  void malformedCodesAreNotLookedUp() {
    assertThat(CouponCode.looksValid(null)).isFalse();
    assertThat(CouponCode.looksValid("")).isFalse();
    assertThat(CouponCode.looksValid("abc")).isFalse();
    assertThat(CouponCode.looksValid("' or 1=1 --xxxxxxxxxxxx")).isFalse();
  }

  @Test
  void theQrCodeRendersAsPngAndSvg() {
    String code = CouponCode.next();
    byte[] png = CouponQr.png(code, 200);
    assertThat(png).startsWith(0x89, 'P', 'N', 'G');
    assertThat(CouponQr.svg(code, 200)).startsWith("<svg").contains("<path");
  }
}
