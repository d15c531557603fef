package com.atrium.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.atrium.it.Fixtures;
import com.atrium.it.ItPartner;
import com.atrium.it.PosClient;
import com.atrium.it.RunningAtrium;
import com.atrium.it.SoapPartner;
import jakarta.xml.ws.Holder;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Finance and the admin edit partners in the portal (docs/partners.md, "Editing partners and
 * agreements"), in both languages: a new partner, an agreement version refused at each bad field
 * and then added from a day to come, a suspension refusing the partner's calls, its keys made on
 * the machine keys page working over REST and SOAP, and a version to come withdrawn.
 */
@ExtendWith(RunningAtrium.class)
class PartnerEditingIT {

  private static final ZoneId MALL_ZONE = ZoneId.of("Asia/Shanghai");

  @Test
  void theAdminCreatesAPartnerItsAgreementAndItsKeysAndSuspendsIt() {
    String code = "PE" + Fixtures.unique();
    LocalDate today = LocalDate.now(MALL_ZONE);
    LocalDate day = today.plusDays(2);
    try (Browser admin = Browser.signedIn("admin", "en")) {
      admin.open("/operator/clearing/partners.xhtml");
      admin.type(By.id("new-partner:code"), code);
      admin.type(By.id("new-partner:name"), "Harbour Hotel");
      admin.type(By.id("new-partner:contact"), "desk@harbour.example");
      choose(admin, "new-partner:kind", "Hotel");
      choose(admin, "new-partner:mode", "Prepaid deposit");
      click(admin, By.id("new-partner:create"));
      admin.wait.until(ExpectedConditions.urlContains("partner=" + code));
      assertThat(admin.text(By.id("partner-title"))).isEqualTo(code + " · Harbour Hotel");
      assertThat(admin.text(By.id("agreements-form:agreements_data"))).isEqualTo("No agreement.");

      // every bad field says so at itself, and nothing is stored
      admin.typeDate("agreement:effectiveDay", today.toString());
      admin.type(By.id("agreement:rateInFrom"), "0");
      admin.type(By.id("agreement:rateInTo"), "1");
      admin.type(By.id("agreement:rateOutFrom"), "100");
      admin.type(By.id("agreement:rateOutTo"), "8");
      admin.type(By.id("agreement:minPoints"), "10");
      admin.type(By.id("agreement:maxPoints"), "5");
      admin.type(By.id("agreement:feePercent"), "150");
      click(admin, By.id("agreement:add-agreement"));
      awaitAtField(admin, "agreement:effectiveDay_input", "Choose a day after today");
      assertThat(field(admin, "agreement:rateInFrom"))
          .contains("Enter a whole number from 1 to 1,000,000.");
      assertThat(field(admin, "agreement:maxPoints"))
          .contains("The maximum is 0 (no limit) or at least the minimum.");
      assertThat(field(admin, "agreement:feePercent"))
          .contains("Enter a percentage from 0 to 100, with at most 2 decimals.");
      assertThat(field(admin, "agreement:costPerPoint"))
          .contains("Enter a cost above 0 and at most 99 CNY, with at most 4 decimals.");
      assertThat(field(admin, "agreement:rateInTo")).doesNotContain("Enter");
      admin.type(By.id("agreement:rateInFrom"), "1.5");
      click(admin, By.id("agreement:add-agreement"));
      awaitAtField(admin, "agreement:rateInFrom", "A whole number only, without decimals.");
      assertThat(versions(code)).isZero();

      admin.typeDate("agreement:effectiveDay", day.toString());
      admin.type(By.id("agreement:rateInFrom"), "10");
      admin.type(By.id("agreement:maxPoints"), "5000");
      admin.type(By.id("agreement:feePercent"), "1");
      admin.type(By.id("agreement:costPerPoint"), "0.01");
      click(admin, By.id("agreement:add-agreement"));
      admin.wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("agreements-form:agreements_data"), "To come"));
      assertThat(admin.text(By.id("agreements-form:agreements_data")))
          .contains("10:1", "100:8", "10–5000");
      assertThat(
              RunningAtrium.database()
                  .longValue(
                      "select extract(epoch from a.effective_from)::bigint from partner_agreement a"
                          + " join partner p on p.id = a.partner_id where p.code = ?",
                      code))
          .isEqualTo(day.atStartOfDay(MALL_ZONE).toEpochSecond());

      // suspended: the partner's keys still sign in, its new business is refused
      choose(admin, "edit:status", "Suspended");
      click(admin, By.id("edit:save"));
      admin.wait.until(ExpectedConditions.textToBe(By.id("partner-status"), "Suspended"));

      assertThat(admin.text(By.id("credentials_data")))
          .isEqualTo("No keys yet: the admin makes them on the machine keys page.");
      click(admin, By.id("keys"));
      admin.wait.until(ExpectedConditions.urlContains("/operator/machines"));
      MachineClientsPage.Issued key =
          new MachineClientsPage(admin).create("Partner", code, "hotel " + code);
      PosClient rest = new PosClient(RunningAtrium.baseUri(), key.keyId(), key.secret());
      assertThat(rest.get("/api/v1/partner/whoami").send().status()).isEqualTo(200);
      Holder<String> keyId = new Holder<>();
      Holder<String> partner = new Holder<>();
      SoapPartner.port(key.keyId(), key.secret()).whoAmI(keyId, partner);
      assertThat(partner.value).isEqualTo(code);
      PosClient.Response refused =
          rest.post("/api/v1/partner/links", "{\"memberRef\":\"H-1\",\"phone\":\"13800138000\"}")
              .send();
      assertThat(refused.status()).isEqualTo(409);
      assertThat(refused.json().getString("code")).isEqualTo("PARTNER_SUSPENDED");

      // the partner's page lists its key, as the security context knows it, used just now
      admin.open("/operator/clearing/partners.xhtml?partner=" + code);
      String keys = admin.text(By.id("credentials_data")).replaceAll("\\s+", " ");
      assertThat(keys).contains(key.keyId(), "hotel " + code, "Enabled", "#1 active");
      assertThat(keys).doesNotContain("Never");
    }
    assertThat(audited(code))
        .containsExactly("PARTNER_CREATED", "PARTNER_AGREEMENT_ADDED", "PARTNER_UPDATED");
  }

  @Test
  void financeIsToldAtEachFieldInChineseAndWithdrawsAVersionToCome() {
    String taken = ItPartner.postpaid().code;
    String code = "PZ" + Fixtures.unique();
    LocalDate today = LocalDate.now(MALL_ZONE);
    Fixtures.UserRow finance = Fixtures.operator("OPERATOR_FINANCE");
    try (Browser browser = Browser.signedIn(finance.username(), finance.password(), "zh")) {
      browser.open("/operator/clearing/partners.xhtml");
      browser.type(By.id("new-partner:code"), taken);
      browser.type(By.id("new-partner:name"), "演示航空二");
      click(browser, By.id("new-partner:create"));
      awaitAtField(browser, "new-partner:code", "该代码已被其他合作伙伴使用。");

      browser.type(By.id("new-partner:code"), code);
      choose(browser, "new-partner:kind", "航空");
      click(browser, By.id("new-partner:create"));
      browser.wait.until(ExpectedConditions.urlContains("partner=" + code));
      assertThat(browser.text(By.id("partner-title"))).isEqualTo(code + " · 演示航空二");
      assertThat(browser.text(By.id("credentials_data"))).isEqualTo("暂无密钥：由管理员在机器密钥页面创建。");

      browser.typeDate("agreement:effectiveDay", today.minusDays(1).toString());
      browser.type(By.id("agreement:rateInFrom"), "1");
      browser.type(By.id("agreement:rateInTo"), "10");
      browser.type(By.id("agreement:rateOutFrom"), "100");
      browser.type(By.id("agreement:rateOutTo"), "8");
      browser.type(By.id("agreement:memberDailyPoints"), "1000");
      browser.type(By.id("agreement:memberMonthlyPoints"), "999");
      browser.type(By.id("agreement:feePercent"), "100.001");
      browser.type(By.id("agreement:costPerPoint"), "0.01");
      browser.type(By.id("agreement:reversalGraceMinutes"), "-1");
      click(browser, By.id("agreement:add-agreement"));
      awaitAtField(browser, "agreement:effectiveDay_input", "请选择晚于今天的日期");
      assertThat(field(browser, "agreement:memberMonthlyPoints")).contains("每月上限须为 0（不限）或不小于每日上限。");
      assertThat(field(browser, "agreement:feePercent")).contains("请输入 0 至 100、最多两位小数的百分比。");
      assertThat(field(browser, "agreement:reversalGraceMinutes")).contains("请输入 0 至 10,080 分钟。");
      browser.type(By.id("agreement:rateOutTo"), "八");
      click(browser, By.id("agreement:add-agreement"));
      awaitAtField(browser, "agreement:rateOutTo", "不是数字：请输入整数，例如 10。");
      assertThat(versions(code)).isZero();

      browser.typeDate("agreement:effectiveDay", today.plusDays(1).toString());
      browser.type(By.id("agreement:rateOutTo"), "8");
      browser.type(By.id("agreement:memberMonthlyPoints"), "0");
      browser.type(By.id("agreement:feePercent"), "0");
      browser.type(By.id("agreement:reversalGraceMinutes"), "180");
      click(browser, By.id("agreement:add-agreement"));
      browser.wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("agreements-form:agreements_data"), "待生效"));
      assertThat(browser.text(By.id("agreements-form:agreements_data"))).contains("1:10", "100:8");
      assertThat(versions(code)).isEqualTo(1);

      click(browser, By.cssSelector("[id$='withdraw']"));
      browser.wait.until(
          ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("[id$='withdraw']")));
      assertThat(versions(code)).isZero();
    }
    assertThat(audited(code))
        .containsExactly(
            "PARTNER_CREATED", "PARTNER_AGREEMENT_ADDED", "PARTNER_AGREEMENT_WITHDRAWN");
  }

  private static long versions(String code) {
    return RunningAtrium.database()
        .longValue(
            "select count(*) from partner_agreement a join partner p on p.id = a.partner_id"
                + " where p.code = ?",
            code);
  }

  /** The text of the input's field: its label, hint and the message at it. */
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

  /**
   * Clicks after scrolling the element to the middle of the window: scrolled only into view, an
   * element at the top lies under the fixed top bar, which takes the click.
   */
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

  private static List<Object> audited(String code) {
    return RunningAtrium.database()
        .rows(
            "select action from audit_event where subject = 'partner' and subject_id = ?"
                + " order by id",
            code)
        .stream()
        .map(r -> r.get("action"))
        .toList();
  }
}
