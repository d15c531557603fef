package com.atrium.redemption;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CouponCodeTest {

  private static final long SEED = Long.getLong("atrium.samples.seed", 20261202L);

  @Test
  void theAlphabetIsCrockfordsBase32WithoutLookalikes() {
    assertThat(CouponCode.ALPHABET).hasSize(32).doesNotContain("I", "L", "O", "U");
    assertThat(CouponCode.ALPHABET.chars().distinct().count()).isEqualTo(32);
    assertThat(CouponCode.ALPHABET).matches("[0-9A-Z]+");
  }

  @Test
  void aCodeIsTwelveRandomSymbolsAndACheckShownInThreeGroups() {
    String code = CouponCode.fromBits(0L);
    assertThat(code).isEqualTo("0000000000000");
    String some = CouponCode.fromBits(0x0123456789ABCDEFL & ((1L << 60) - 1));
    assertThat(some).matches("[0-9A-HJKMNP-TV-Z]{13}");
    assertThat(CouponCode.display(some))
        .isEqualTo(some.substring(0, 4) + "-" + some.substring(4, 8) + "-" + some.substring(8));
    assertThat(CouponCode.read(CouponCode.display(some))).isEqualTo(new CouponCode.Valid(some));
  }

  @Test
  void aCodeCarriesSixtyRandomBits() {
    assertThat(CouponCode.RANDOM_BITS).isEqualTo(60);
    Random random = new Random(SEED);
    for (int i = 0; i < 10_000; i++) {
      long bits = random.nextLong() >>> 4;
      String code = CouponCode.fromBits(bits);
      assertThat(CouponCode.bitsOf(code)).isEqualTo(bits);
    }
    // the extremes of the 60 bits are codes of their own: no bit is lost or folded
    long all = (1L << 60) - 1;
    assertThat(CouponCode.bitsOf(CouponCode.fromBits(all))).isEqualTo(all);
    assertThat(CouponCode.fromBits(all)).startsWith("ZZZZZZZZZZZZ");
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 10_000; i++) {
      String code = CouponCode.next();
      assertThat(CouponCode.read(code)).isEqualTo(new CouponCode.Valid(code));
      seen.add(code);
    }
    assertThat(seen).hasSize(10_000);
  }

  @Test
  void everySingleSubstitutionIsCaught() {
    Random random = new Random(SEED);
    for (int sample = 0; sample < 200; sample++) {
      String code = CouponCode.next(random);
      for (int i = 0; i < code.length(); i++) {
        for (char c : CouponCode.ALPHABET.toCharArray()) {
          if (c != code.charAt(i)) {
            String typo = code.substring(0, i) + c + code.substring(i + 1);
            assertThat(CouponCode.read(typo))
                .as(code + " → " + typo)
                .isEqualTo(new CouponCode.Typo());
          }
        }
      }
    }
  }

  @Test
  void everyAdjacentTranspositionIsCaught() {
    Random random = new Random(SEED + 1);
    int swaps = 0;
    for (int sample = 0; sample < 2_000; sample++) {
      String code = CouponCode.next(random);
      for (int i = 0; i + 1 < code.length(); i++) {
        if (code.charAt(i) != code.charAt(i + 1)) {
          String typo =
              code.substring(0, i) + code.charAt(i + 1) + code.charAt(i) + code.substring(i + 2);
          assertThat(CouponCode.read(typo))
              .as(code + " → " + typo)
              .isEqualTo(new CouponCode.Typo());
          swaps++;
        }
      }
    }
    assertThat(swaps).isGreaterThan(20_000);
  }

  @Test
  void typedTextIsReadWhateverTheCaseBlanksAndHyphens() {
    String code = CouponCode.fromBits(0x0ABCDEF012345678L);
    CouponCode.Valid valid = new CouponCode.Valid(code);
    String grouped = CouponCode.display(code);
    assertThat(CouponCode.read(code.toLowerCase())).isEqualTo(valid);
    assertThat(CouponCode.read(grouped.toLowerCase())).isEqualTo(valid);
    assertThat(CouponCode.read("  " + grouped.replace('-', ' ') + " ")).isEqualTo(valid);
    assertThat(CouponCode.read(code.substring(0, 3) + " - " + code.substring(3))).isEqualTo(valid);
    // a phone keyboard in Chinese mode types full-width characters
    String fullWidth =
        code.chars()
            .map(c -> c + 0xFEE0)
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
            .toString();
    assertThat(CouponCode.read(fullWidth)).isEqualTo(valid);
  }

  @Test
  void lookalikesReadAsTheSymbolTheyResemble() {
    String code = CouponCode.fromBits(0L); // 0000000000000
    assertThat(CouponCode.read("OOOO-oooo-00000")).isEqualTo(new CouponCode.Valid(code));
    long bits = 0;
    for (int i = 0; i < 12; i++) {
      bits = bits << 5 | 1;
    }
    String ones = CouponCode.fromBits(bits);
    assertThat(ones).startsWith("111111111111");
    String typed = "IiLl" + "1111" + "1111" + ones.charAt(12);
    assertThat(CouponCode.read(typed)).isEqualTo(new CouponCode.Valid(ones));
  }

  @Test
  void oldCodesAreTakenAsWritten() {
    String old = "wSFgcGwMyovUBG32iynH-w";
    assertThat(CouponCode.read(" " + old + " ")).isEqualTo(new CouponCode.Valid(old));
    assertThat(CouponCode.display(old)).isEqualTo(old);
  }

  @Test
  void anythingElseIsATypoAndNotLookedUp() {
    String code = CouponCode.fromBits(42L);
    assertThat(CouponCode.read(null)).isEqualTo(new CouponCode.Typo());
    assertThat(CouponCode.read("")).isEqualTo(new CouponCode.Typo());
    assertThat(CouponCode.read("abc")).isEqualTo(new CouponCode.Typo());
    assertThat(CouponCode.read(code.substring(1))).isEqualTo(new CouponCode.Typo());
    assertThat(CouponCode.read(code + "0")).isEqualTo(new CouponCode.Typo());
    assertThat(CouponCode.read(code.substring(0, 12) + "U")).isEqualTo(new CouponCode.Typo());
    assertThat(CouponCode.read("' or 1=1 --xxxxxxxxxxx")).isEqualTo(new CouponCode.Typo());
  }

  @Test
  void theQrCodeRendersAsPngAndSvg() {
    String code = CouponCode.next();
    byte[] png = CouponQr.png(code, 200);
    assertThat(png).startsWith(0x89, 'P', 'N', 'G');
    assertThat(CouponQr.svg(code, 200)).startsWith("<svg").contains("<path");
  }
}
