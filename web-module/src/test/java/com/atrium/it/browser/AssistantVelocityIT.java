package com.atrium.it.browser;

import static com.atrium.it.Fixtures.assertLedgerBalanced;
import static org.assertj.core.api.Assertions.assertThat;

import com.atrium.it.Fixtures;
import com.atrium.it.PosClient;
import com.atrium.it.RunningAtrium;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The per-assistant velocity limit at work (docs/approvals.md): with the demo's 500 sales per
 * assistant and day, the 501st sale one recorder (here a POS key, a till of its own) books on a day
 * flags the member of that sale once for the service desk, which reads the flag in its language.
 * The sales are spread over members so that no member crosses the per-member limit (20): the only
 * flag is the assistant's.
 */
@ExtendWith(RunningAtrium.class)
class AssistantVelocityIT {

  private static final int LIMIT = 500;
  private static final int MEMBER_LIMIT = 20;

  @Test
  void theSaleThatCrossesTheAssistantsDailyLimitFlagsItsMemberOnceForTheDesk() {
    PosClient pos = PosClient.of(Fixtures.posKey());
    int members = LIMIT / MEMBER_LIMIT + 2;
    List<String> phones = new ArrayList<>();
    List<Long> ids = new ArrayList<>();
    for (int m = 0; m < members; m++) {
      String phone = Till.randomPhone().replace(" ", "");
      var created =
          pos.post(
                  "/api/v1/pos/members",
                  "{\"phone\":\"" + phone + "\",\"name\":\"频次会员\",\"acceptTerms\":true}")
              .send();
      assertThat(created.status()).as(created.toString()).isEqualTo(201);
      phones.add(phone);
      ids.add(RunningAtrium.database().longValue("select id from member where phone = ?", phone));
    }

    // sale n goes to member n % members: at most 19 sales each, under the member limit
    for (int n = 1; n <= LIMIT; n++) {
      sale(pos, phones.get(n % members), "AV-" + n);
    }
    assertThat(flags(ids)).as("up to the limit: no flag").isZero();

    int n = LIMIT + 1;
    long crossing = sale(pos, phones.get(n % members), "AV-" + n);
    long flagged = ids.get(n % members);
    assertThat(flags(ids)).isEqualTo(1);
    assertThat(
            RunningAtrium.database()
                .value(
                    "select detail from member_flag where member_id = ? and kind = 'SALE_VELOCITY'",
                    flagged))
        .isEqualTo(
            "Assistant "
                + pos.keyId()
                + " over the daily sales limit: "
                + (LIMIT + 1)
                + " sales (sale "
                + crossing
                + ")");
    n = LIMIT + 2;
    sale(pos, phones.get(n % members), "AV-" + n);
    assertThat(flags(ids)).as("flagged once, by the sale that crossed the limit").isEqualTo(1);
    assertLedgerBalanced();

    for (String language : List.of("zh", "en")) {
      boolean zh = "zh".equals(language);
      try (Browser service = Browser.signedIn("service", language)) {
        service.open("/operator/member-flags.xhtml");
        By row =
            By.xpath(
                "//*[@id='flags:table']//tr[contains(normalize-space(.),'" + pos.keyId() + "')]");
        assertThat(service.text(row))
            .contains(
                zh ? "单日交易次数异常" : "Unusually many sales in a day",
                zh
                    ? "店员 " + pos.keyId() + " 当日录入交易超限：501 笔（交易 " + crossing + "）"
                    : "Assistant "
                        + pos.keyId()
                        + " over the daily sales limit: 501 sales (sale "
                        + crossing
                        + ")");
      }
    }
  }

  /** Books a sale of 1.00 CNY and answers its id. */
  private static long sale(PosClient pos, String phone, String receipt) {
    var r =
        pos.post(
                "/api/v1/pos/sales",
                "{\"phone\":\""
                    + phone
                    + "\",\"receiptNumber\":\""
                    + receipt
                    + "\",\"amount\":1.00}")
            .send();
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    return r.json().getJsonNumber("saleId").longValue();
  }

  private static long flags(List<Long> members) {
    String ids = members.stream().map(String::valueOf).collect(Collectors.joining(","));
    return RunningAtrium.database()
        .longValue(
            "select count(*) from member_flag where kind = 'SALE_VELOCITY' and member_id in ("
                + ids
                + ")");
  }
}
