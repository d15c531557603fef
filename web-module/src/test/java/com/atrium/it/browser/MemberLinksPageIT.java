package com.atrium.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.atrium.it.ItDatabase;
import com.atrium.it.ItPartner;
import com.atrium.it.RunningAtrium;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Unlinking by the operator (docs/partners.md, "Unlinking"): on the member's page the service desk
 * in Chinese and the admin in English see the member's partner link and end it with a reason
 * (refused without one); the link is UNLINKED by the operator, its right revoked, the end audited
 * with the reason, and the partner's exchange for that reference is then 404 LINK_NOT_FOUND, as for
 * a reference never linked.
 */
@ExtendWith(RunningAtrium.class)
class MemberLinksPageIT {

  @Test
  void theServiceDeskEndsAMembersPartnerLinkInChinese() {
    ended("service", "zh", "会员要求解除绑定", "已绑定", "已解除", "请填写原因（1 至 200 个字符）。");
  }

  @Test
  void theAdminEndsAMembersPartnerLinkInEnglish() {
    ended("admin", "en", "The member asked us", "Linked", "Ended", "Give a reason (1 to 200");
  }

  private static void ended(
      String operator,
      String language,
      String reason,
      String linked,
      String unlinked,
      String reasonRefused) {
    ItPartner p = ItPartner.postpaid().defineRight("PARK", null, 60, 0);
    String phone = p.linkNewMember("UL-1");
    long member = p.memberId(phone);
    assertThat(p.in("UL-IN-1", "UL-1", 1000).status()).isEqualTo(201);
    assertThat(p.grant("UL-G-1", "UL-1", "PARK", Instant.now().plus(30, ChronoUnit.DAYS)).status())
        .isEqualTo(201);

    try (Browser browser = Browser.signedIn(operator, language)) {
      browser.open("/operator/members/view.xhtml?id=" + member);
      String links = browser.text(By.id("links-form:links"));
      assertThat(links).contains("IT bank " + p.code).contains("UL-1").contains(linked);

      browser.clickable(By.cssSelector("[id$=':unlink']")).click();
      browser.wait.until(
          ExpectedConditions.textToBePresentInElementLocated(By.id("links-form"), reasonRefused));
      assertThat(browser.text(By.id("links-form:links"))).contains(linked);

      browser.type(By.id("links-form:link-reason"), reason);
      browser.clickable(By.cssSelector("[id$=':unlink']")).click();
      browser.wait.until(
          ExpectedConditions.textToBePresentInElementLocated(By.id("links-form:links"), unlinked));
      assertThat(browser.text(By.id("links-form:links"))).contains(operator);
      assertThat(browser.driver.findElements(By.cssSelector("[id$=':unlink']"))).isEmpty();
      // the link's right went with it, shown at once in the rights section below
      assertThat(browser.driver.findElements(By.cssSelector("[id$=':revoke']"))).isEmpty();
      browser.screenshot("operator-member-links-" + language + ".png", 1400, 1500);
    }

    ItDatabase db = RunningAtrium.database();
    assertThat(
            db.value(
                "select state || '/' || unlinked_by from partner_link where member_id = ?", member))
        .isEqualTo("UNLINKED/" + operator);
    assertThat(db.value("select state from partner_right_grant where member_id = ?", member))
        .isEqualTo("REVOKED");
    assertThat(
            db.longValue(
                "select count(*) from audit_event where action = 'PARTNER_LINK_ENDED'"
                    + " and actor = ? and subject = 'MEMBER' and subject_id = ?"
                    + " and before_state like '%ACTIVE%' and after_state like ?"
                    + " and after_state like ? and after_state like ?",
                operator,
                String.valueOf(member),
                "%UNLINKED%",
                "%" + p.code + "%",
                "%" + reason + "%"))
        .isEqualTo(1);
    // the partner's exchanges for that reference are refused as for a reference never linked
    var refused = p.in("UL-IN-2", "UL-1", 1000);
    assertThat(refused.status()).isEqualTo(404);
    assertThat(refused.problemCode()).isEqualTo("LINK_NOT_FOUND");
    var never = p.in("UL-IN-3", "UL-NEVER", 1000);
    assertThat(never.status()).isEqualTo(404);
    assertThat(never.problemCode()).isEqualTo("LINK_NOT_FOUND");
    assertThat(
            db.longValue(
                "select count(*) from partner_exchange where partner_id = (select id from partner"
                    + " where code = ?)",
                p.code))
        .isEqualTo(1);
  }
}
