package com.atrium.member;

import static org.assertj.core.api.Assertions.assertThat;

import com.atrium.member.MemberQuery.Kind;
import org.junit.jupiter.api.Test;

class MemberQueryTest {

  @Test
  void readsWhatAnOperatorTypes() {
    String card = CardNumber.forMember(1234).value();
    assertThat(MemberQuery.of(null)).isEqualTo(new MemberQuery(Kind.ALL, ""));
    assertThat(MemberQuery.of("   ")).isEqualTo(new MemberQuery(Kind.ALL, ""));
    assertThat(MemberQuery.of(card)).isEqualTo(new MemberQuery(Kind.CARD, card));
    assertThat(MemberQuery.of("+86 138-0013-8000"))
        .isEqualTo(new MemberQuery(Kind.PHONE, "13800138000"));
    assertThat(MemberQuery.of("8000")).isEqualTo(new MemberQuery(Kind.DIGITS, "8000"));
    assertThat(MemberQuery.of(" 80-00 ")).isEqualTo(new MemberQuery(Kind.DIGITS, "8000"));
    assertThat(MemberQuery.of("0001234")).isEqualTo(new MemberQuery(Kind.DIGITS, "0001234"));
    assertThat(MemberQuery.of("123")).isEqualTo(new MemberQuery(Kind.NAME, "123"));
    assertThat(MemberQuery.of("Li%_Na")).isEqualTo(new MemberQuery(Kind.NAME, "lina"));
    assertThat(MemberQuery.of("张三")).isEqualTo(new MemberQuery(Kind.NAME, "张三"));
  }

  @Test
  void onlyFourDigitsMayBeAPhoneEnding() {
    assertThat(MemberQuery.of("8000").mayBePhoneEnding()).isTrue();
    assertThat(MemberQuery.of("80001").mayBePhoneEnding()).isFalse();
    assertThat(MemberQuery.of("Wang").mayBePhoneEnding()).isFalse();
  }
}
