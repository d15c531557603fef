package com.atrium.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.atrium.it.Fixtures;
import com.atrium.it.ItPartner;
import com.atrium.it.RunningAtrium;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Finance reconciles a partner's day in the portal, in Chinese (docs/partners.md,
 * "Reconciliation"): uploads the partner's file with one exchange missing and one of different
 * amounts, sees the two queues counted, and resolves both with a reason.
 */
@ExtendWith(RunningAtrium.class)
class PartnerReconciliationPageIT {

  @Test
  void financeUploadsAPartnersFileAndResolvesTheMissingAndTheDifferentLine() throws Exception {
    ItPartner p = ItPartner.postpaid();
    p.linkNewMember("PG-M");
    assertThat(p.in("PG-1", "PG-M", 5000).status()).isEqualTo(201);
    assertThat(p.in("PG-2", "PG-M", 1000).status()).isEqualTo(201);
    assertThat(p.out("PG-3", "PG-M", 200).status()).isEqualTo(201);
    String day = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
    // the partner never saw PG-3 and booked PG-2 at twice its amount
    Path file = Files.createTempFile("partner-file", ".csv");
    Files.writeString(
        file,
        "H,"
            + p.code
            + ","
            + day
            + "\nD,PG-1,,PG-M,IN,500,5000,,,COMPLETED,"
            + "\nD,PG-2,,PG-M,IN,200,2000,,,COMPLETED,"
            + "\nT,2,700,7000\n",
        StandardCharsets.UTF_8);
    Fixtures.UserRow finance = Fixtures.operator("OPERATOR_FINANCE");

    try (Browser browser = Browser.chinese()) {
      browser.signIn(finance.username(), finance.password());
      browser.wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("login")));
      browser.open("/operator/clearing/reconciliation.xhtml?partner=" + p.code + "&day=" + day);
      assertThat(browser.text(By.cssSelector("[id$='queue:table_data']"))).contains("没有差异");

      browser.driver.findElement(By.id("upload:file")).sendKeys(file.toString());
      browser.clickable(By.id("upload:match")).click();
      browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("summary-lines")));
      assertThat(browser.text(By.id("summary-lines"))).isEqualTo("2");
      assertThat(browser.text(By.id("summary-matched"))).isEqualTo("1");
      assertThat(browser.text(By.id("summary-missing-at-partner"))).isEqualTo("1");
      assertThat(browser.text(By.id("summary-amounts-differ"))).isEqualTo("1");
      assertThat(browser.text(By.id("summary-missing-in-atrium"))).isEqualTo("0");
      String queue = browser.text(By.id("queue:table_data"));
      assertThat(queue).contains("PG-2", "金额不符", "转入 100 / 1000", "转入 200 / 2000");
      assertThat(queue).contains("PG-3", "合作伙伴缺失", "转出 200 / 16");

      resolve(browser, "已与银行核实，按 Atrium 记录 checked with the bank");
      resolve(browser, "银行补记 the bank books it tomorrow");
      browser.wait.until(
          ExpectedConditions.textToBePresentInElementLocated(By.id("queue:table_data"), "没有差异"));
    }
    assertThat(
            RunningAtrium.database()
                .longValue(
                    "select count(*) from partner_recon_mismatch m join partner p"
                        + " on p.id = m.partner_id where p.code = ? and m.status = 'RESOLVED'"
                        + " and m.resolved_by = ?",
                    p.code,
                    finance.username()))
        .isEqualTo(2);
    try {
      Files.delete(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Resolves the first open row through its dialog. */
  private static void resolve(Browser browser, String reason) {
    int before = browser.driver.findElements(By.cssSelector("[id$=':resolve']")).size();
    browser.clickable(By.cssSelector("[id$=':resolve']")).click();
    browser.visible(By.id("resolve:reason"));
    browser.type(By.id("resolve:reason"), reason);
    browser.clickable(By.id("resolve:confirm-resolve")).click();
    browser.wait.until(
        d -> d.findElements(By.cssSelector("[id$=':resolve']")).size() == before - 1);
  }
}
