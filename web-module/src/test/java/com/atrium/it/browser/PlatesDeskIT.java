package com.atrium.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.atrium.it.PosClient;
import com.atrium.it.RunningAtrium;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The service desk binds a member's plates: no plate before the consent, a wrong plate refused at
 * its field, the plate listed masked and stored only encrypted, unbound again, and the consent
 * withdrawn; every step audited with the plate masked.
 */
@ExtendWith(RunningAtrium.class)
class PlatesDeskIT {

  @Test
  void serviceDeskRecordsConsentBindsAMaskedPlateAndUnbindsIt() {
    String phone = "137" + String.format("%08d", (long) (Math.random() * 100_000_000));
    String digits = String.format("%05d", (long) (Math.random() * 100_000));
    String plate = "浙A" + digits;
    String masked = "浙A·***" + digits.substring(3);
    assertThat(
            PosClient.demo("FB001")
                .post(
                    "/api/v1/pos/members",
                    "{\"phone\":\"" + phone + "\",\"name\":\"Plate 会员\",\"acceptTerms\":true}")
                .send()
                .status())
        .isEqualTo(201);
    long member =
        RunningAtrium.database().longValue("select id from member where phone = ?", phone);

    try (Browser browser = Browser.signedIn("service", "en")) {
      browser.open("/operator/members/view.xhtml?id=" + member);
      browser.clickable(By.id("plates")).click();
      browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("consent-form")));
      assertThat(browser.text(By.id("consent-form:consent-none"))).isEqualTo("No plate consent.");
      assertThat(browser.driver.findElements(By.id("bind-form:plate")))
          .as("no plate without the consent")
          .isEmpty();

      browser.clickable(By.id("consent-form:give-consent")).click();
      assertThat(browser.text(By.id("consent-form:consent-given")))
          .startsWith("Consent given: PLATES-2026-12 ·")
          .endsWith("· service");

      browser.type(By.id("bind-form:plate"), "浙A12I45");
      var form = browser.visible(By.id("bind-form"));
      browser.clickable(By.id("bind-form:bind")).click();
      browser.wait.until(ExpectedConditions.stalenessOf(form));
      By message =
          By.xpath(
              "//*[@id='bind-form:plate']/ancestor::div[contains(@class,'a-field')][1]"
                  + "//*[contains(@class,'ui-message-error')]");
      assertThat(browser.text(message)).startsWith("Not a licence plate:");

      browser.type(By.id("bind-form:plate"), plate.charAt(0) + "a " + digits);
      browser.clickable(By.id("bind-form:bind")).click();
      browser.wait.until(
          ExpectedConditions.textToBePresentInElementLocated(By.id("plates-form:plates"), masked));
      assertThat(browser.text(By.id("plate-0"))).isEqualTo(masked);
      assertThat(browser.text(By.id("plates-form:plates"))).doesNotContain(digits);

      var stored =
          RunningAtrium.database()
              .row(
                  "select ciphertext, blind_index, masked, key_version from plate_binding"
                      + " where member_id = ? and unbound_at is null",
                  member)
              .orElseThrow();
      assertThat(stored.get("masked")).isEqualTo(masked);
      assertThat((String) stored.get("ciphertext")).doesNotContain(digits);
      assertThat((String) stored.get("blind_index")).hasSize(64).doesNotContain(digits);
      assertThat(
              RunningAtrium.database()
                  .longValue(
                      "select count(*) from audit_event where action = 'PLATE_BOUND'"
                          + " and subject_id = ? and after_state like ? and after_state not like ?",
                      String.valueOf(member),
                      "%" + masked + "%",
                      "%" + digits + "%"))
          .isEqualTo(1);

      browser.clickable(By.id("plates-form:plates:0:unbind")).click();
      browser.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("plate-0")));
      assertThat(
              RunningAtrium.database()
                  .value("select unbind_reason from plate_binding where member_id = ?", member))
          .isEqualTo("MEMBER_REQUEST");

      browser.clickable(By.id("consent-form:withdraw-consent")).click();
      assertThat(browser.text(By.id("consent-form:consent-none"))).isEqualTo("No plate consent.");
    }
    assertThat(
            RunningAtrium.database()
                .longValue(
                    "select count(*) from audit_event where subject_id = ? and action in"
                        + " ('PLATE_CONSENT_GIVEN', 'PLATE_BOUND', 'PLATE_UNBOUND',"
                        + " 'PLATE_CONSENT_WITHDRAWN')",
                    String.valueOf(member)))
        .isEqualTo(4);
  }
}
