package com.atrium.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.atrium.member.PhoneNumber;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TemplatesTest {

  static final LocalDate DAY = LocalDate.of(2027, 12, 31);

  @Test
  void chineseMembersGetChinese() {
    Rendered r = Templates.expiryReminder("zh", "王小明", 1234, DAY);
    assertThat(r.subject()).isEqualTo("您的积分即将到期");
    assertThat(r.body()).isEqualTo("王小明，您有 1234 积分将于 2027-12-31 后过期，请在此之前到商场任意门店使用。");
  }

  @Test
  void englishMembersGetEnglish() {
    Rendered r = Templates.expiryReminder("en", "Amy", 1234567, DAY);
    assertThat(r.subject()).isEqualTo("Your Atrium points expire soon");
    assertThat(r.body()).startsWith("Dear Amy, 1234567 of your points expire after 2027-12-31.");
  }

  @Test
  void anyOtherLanguageFallsBackToChinese() {
    assertThat(Templates.expiryReminder("fr", "X", 1, DAY).subject()).isEqualTo("您的积分即将到期");
    assertThat(Templates.expiryReminder(null, "X", 1, DAY).subject()).isEqualTo("您的积分即将到期");
  }

  @Test
  void aNameWithQuotesOrBracesIsNotTakenForPattern() {
    assertThat(Templates.expiryReminder("en", "O'Brien {0}", 5, DAY).body())
        .startsWith("Dear O'Brien {0}, 5 of");
  }

  @Test
  void theLoggingChannelNeverLogsTheFullPhone() {
    String line =
        LoggingChannel.line(
            new PhoneNumber("13800138000"), new Rendered("s", "call 13912345678 back"));
    assertThat(line).contains("138****8000").contains("139****5678");
    assertThat(line).doesNotContain("13800138000").doesNotContain("13912345678");
  }

  @Test
  void backoffDoublesFromAMinuteUpToSixHours() {
    assertThat(Backoff.delayAfter(1)).isEqualTo(Duration.ofMinutes(1));
    assertThat(Backoff.delayAfter(2)).isEqualTo(Duration.ofMinutes(2));
    assertThat(Backoff.delayAfter(5)).isEqualTo(Duration.ofMinutes(16));
    assertThat(Backoff.delayAfter(10)).isEqualTo(Duration.ofHours(6));
    assertThat(Backoff.delayAfter(100)).isEqualTo(Duration.ofHours(6));
  }
}
