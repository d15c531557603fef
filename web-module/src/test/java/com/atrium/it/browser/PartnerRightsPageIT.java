package com.atrium.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.atrium.it.ItDatabase;
import com.atrium.it.ItPartner;
import com.atrium.it.RunningAtrium;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Finance, in Chinese, keeps a partner's rights on the partners page (docs/partners.md, "Rights in
 * the portal"): a right refused at its bad field and then defined, the same code refused, a right's
 * perks changed (audited both), and the partner's grants listed with their member, period and state
 * worded in Chinese, narrowed to the revoked ones and exported as shown; a right never granted
 * deleted and one granted retired (confirmed, audited), after which the partner's grant of it is
 * RIGHT_RETIRED. Makes its own partner, members and grants.
 */
@ExtendWith(RunningAtrium.class)
class PartnerRightsPageIT {

  private static final Instant FROM = OffsetDateTime.parse("2026-01-05T10:00:00+08:00").toInstant();
  private static final Instant UNTIL =
      OffsetDateTime.parse("2030-01-05T10:00:00+08:00").toInstant();

  @Test
  void financeDefinesAndChangesRightsAndListsTheGrants() {
    ItDatabase db = RunningAtrium.database();
    ItPartner p = ItPartner.postpaid().defineRight("PARK", null, 120, 300);
    long m1 = p.memberId(p.linkNewMember("R-1"));
    long m2 = p.memberId(p.linkNewMember("R-2"));
    Instant in30Days = Instant.now().plus(30, ChronoUnit.DAYS);
    assertThat(p.grant("G-1", "R-1", "PARK", in30Days).status()).isEqualTo(201);
    assertThat(p.grant("G-2", "R-2", "PARK", in30Days).status()).isEqualTo(201);
    assertThat(p.client().post("/api/v1/partner/rights/G-2/revocation", "").send().status())
        .isEqualTo(200);
    // a fixed period, so the page's dates are exact
    db.update(
        "update partner_right_grant set valid_from = ?, valid_until = ? where member_id in (?, ?)",
        Timestamp.from(FROM),
        Timestamp.from(UNTIL),
        m1,
        m2);
    String card1 = masked((String) db.value("select card_number from member where id = ?", m1));
    String card2 = masked((String) db.value("select card_number from member where id = ?", m2));
    String revokedBy =
        (String) db.value("select revoked_by from partner_right_grant where member_id = ?", m2);

    try (Browser b = Browser.signedIn("finance", "zh")) {
      b.open("/operator/clearing/partners.xhtml?partner=" + p.code);
      assertThat(rows(b, "rights:list_data"))
          .containsExactly("PARK IT right PARK 无保底 120 300 修改 停用");

      // a bad value is refused at its field, nothing is stored
      b.type(By.id("right:code"), "VIP");
      b.type(By.id("right:name"), "贵宾");
      choose(b, "right:tier-floor", "金卡");
      b.type(By.id("right:parking-minutes"), "-5");
      b.type(By.id("right:wifi-extra-mb"), "100");
      click(b, By.id("right:save-right"));
      awaitAtField(b, "right:parking-minutes", "请输入 0 到 1440 之间的整数分钟数。");
      assertThat(field(b, "right:wifi-extra-mb")).doesNotContain("请输入");
      assertThat(rightsOf(p)).containsExactly("PARK/IT right PARK/-/120/300");

      b.type(By.id("right:parking-minutes"), "60");
      click(b, By.id("right:save-right"));
      b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("rights:list"), "VIP"));
      assertThat(rows(b, "rights:list_data"))
          .containsExactly("PARK IT right PARK 无保底 120 300 修改 停用", "VIP 贵宾 金卡 60 100 修改 删除");
      assertThat(rightsOf(p)).containsExactly("PARK/IT right PARK/-/120/300", "VIP/贵宾/GOLD/60/100");

      // the code is the partner's: once per partner
      b.type(By.id("right:code"), "VIP");
      b.type(By.id("right:name"), "贵宾二");
      click(b, By.id("right:save-right"));
      awaitAtField(b, "right:code", "该合作伙伴已有此代码的权益。");

      // a change: the code stays, the perks change
      click(b, By.cssSelector("[id='rights:list:0:change-right']"));
      b.wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("right-form-title"), "修改权益 PARK"));
      b.type(By.id("right:parking-minutes"), "90");
      click(b, By.id("right:save-right"));
      b.wait.until(
          d -> rows(b, "rights:list_data").get(0).equals("PARK IT right PARK 无保底 90 300 修改 停用"));
      assertThat(rightsOf(p)).containsExactly("PARK/IT right PARK/-/90/300", "VIP/贵宾/GOLD/60/100");

      // the grants, newest first, worded in Chinese
      String g1 = "G-1 R-1 " + card1 + " PARK IT right PARK 2026-01-05 10:00 2030-01-05 10:00 有效";
      assertThat(rows(b, "grants:table_data")).hasSize(2);
      assertThat(rows(b, "grants:table_data").get(1)).isEqualTo(g1);
      String g2 = rows(b, "grants:table_data").get(0);
      assertThat(g2)
          .startsWith(
              "G-2 R-2 " + card2 + " PARK IT right PARK 2026-01-05 10:00 2030-01-05 10:00 已撤销 ")
          .endsWith(" · " + revokedBy);

      choose(b, "grants:status", "已撤销");
      click(b, By.id("grants:find-grants"));
      b.wait.until(d -> rows(b, "grants:table_data").size() == 1);
      assertThat(rows(b, "grants:table_data")).containsExactly(g2);

      click(b, By.id("grants:export-csv"));
      String csv =
          new String(b.downloaded("atrium-partner-grants.csv"), StandardCharsets.UTF_8)
              .substring(1);
      List<String> lines = csv.lines().toList();
      assertThat(lines.get(0)).isEqualTo("授予编号,会员,卡号,权益,开始,结束,状态,撤销（时间 · 操作人 · 原因）");
      assertThat(lines).hasSize(2);
      assertThat(lines.get(1))
          .startsWith("G-2,R-2," + card2 + ",PARK,2026-01-05 10:00,2030-01-05 10:00,已撤销,");

      // VIP was never granted: deleted, once confirmed
      click(b, By.cssSelector("[id='rights:list:1:delete-right']"));
      b.wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.cssSelector(".ui-confirm-dialog-message"), "权益 VIP 从未授予。确定删除？"));
      click(b, By.cssSelector(".ui-confirmdialog-yes"));
      b.wait.until(d -> rows(b, "rights:list_data").size() == 1);
      assertThat(rightsOf(p)).containsExactly("PARK/IT right PARK/-/90/300");

      // PARK has grants: retired, its grants run on, the partner may grant it no more
      click(b, By.cssSelector("[id='rights:list:0:retire-right']"));
      b.wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.cssSelector(".ui-confirm-dialog-message"), "权益 PARK 已有 2 笔授予。确定停用？"));
      click(b, By.cssSelector(".ui-confirmdialog-yes"));
      b.wait.until(
          d -> {
            String row = rows(b, "rights:list_data").get(0);
            return row.startsWith("PARK")
                && row.contains("已停用")
                && row.endsWith("IT right PARK 无保底 90 300 修改");
          });
    }
    long member3 = p.memberId(p.linkNewMember("R-3"));
    var refused = p.grant("G-3", "R-3", "PARK", in30Days);
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.problemCode()).isEqualTo("RIGHT_RETIRED");
    assertThat(
            db.longValue("select count(*) from partner_right_grant where member_id = ?", member3))
        .isZero();
    assertThat(p.grant("G-1", "R-1", "PARK", in30Days).status())
        .as("a grant made before is still answered")
        .isEqualTo(201);
    assertThat(p.client().get("/api/v1/partner/rights/G-1").send().json().getString("state"))
        .isEqualTo("ACTIVE");
    assertThat(
            db.longValue(
                "select count(*) from audit_event where actor = 'finance' and subject_id = ?"
                    + " and action in ('PARTNER_RIGHT_DELETED', 'PARTNER_RIGHT_RETIRED')",
                p.code))
        .isEqualTo(2);

    assertThat(
            db.longValue(
                "select count(*) from audit_event where actor = 'finance' and subject_id = ?"
                    + " and action in ('PARTNER_RIGHT_DEFINED', 'PARTNER_RIGHT_CHANGED')",
                p.code))
        .isEqualTo(2);
  }

  private static String masked(String card) {
    return card.substring(0, 2) + "******" + card.substring(8);
  }

  private static List<String> rightsOf(ItPartner p) {
    return RunningAtrium.database()
        .rows(
            "select r.code || '/' || r.name || '/' || coalesce(r.tier_floor, '-') || '/'"
                + " || r.parking_minutes || '/' || r.wifi_extra_mb as line from partner_right r"
                + " join partner p on p.id = r.partner_id where p.code = ? order by r.code",
            p.code)
        .stream()
        .map(row -> (String) row.get("line"))
        .toList();
  }

  /** Each row's text, cells joined by single spaces. */
  private static List<String> rows(Browser b, String tbodyId) {
    return b.driver.findElements(By.cssSelector("[id='" + tbodyId + "'] > tr")).stream()
        .map(WebElement::getText)
        .map(t -> t.replaceAll("\\s+", " ").trim())
        .toList();
  }

  private static String field(Browser b, String inputId) {
    return b.text(
        By.xpath("//*[@id='" + inputId + "']/ancestor::div[contains(@class,'a-field')][1]"));
  }

  private static void awaitAtField(Browser b, String inputId, String text) {
    b.wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.xpath("//*[@id='" + inputId + "']/ancestor::div[contains(@class,'a-field')][1]"),
            text));
  }

  private static void click(Browser b, By by) {
    ((JavascriptExecutor) b.driver)
        .executeScript("arguments[0].scrollIntoView({block: 'center'});", b.clickable(by));
    b.clickable(by).click();
  }

  private static void choose(Browser b, String id, String label) {
    ((JavascriptExecutor) b.driver)
        .executeScript("arguments[0].scrollIntoView({block: 'center'});", b.clickable(By.id(id)));
    b.choose(
        By.id(id),
        By.xpath("//*[@id='" + id + "_panel']//li[starts-with(@data-label,'" + label + "')]"),
        By.id(id + "_label"),
        label);
  }
}
