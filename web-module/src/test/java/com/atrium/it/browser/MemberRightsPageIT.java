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
 * The service desk, in Chinese, sees a member's partner right on the member's page with its source,
 * what it gives, its period and state, and revokes it: refused without a reason, then revoked with
 * one, the partner's grant REVOKED with the operator and the reason, audited.
 */
@ExtendWith(RunningAtrium.class)
class MemberRightsPageIT {

  @Test
  void theServiceDeskRevokesAMembersRightWithAReason() {
    ItPartner p = ItPartner.postpaid().defineRight("PARK", null, 120, 300);
    String phone = p.linkNewMember("UI-1");
    long member = p.memberId(phone);
    assertThat(p.grant("UI-G-1", "UI-1", "PARK", Instant.now().plus(30, ChronoUnit.DAYS)).status())
        .isEqualTo(201);

    try (Browser browser = Browser.signedIn("service", "zh")) {
      browser.open("/operator/members/view.xhtml?id=" + member);
      String rights = browser.text(By.id("rights-form:rights"));
      assertThat(rights)
          .contains("IT bank " + p.code)
          .contains("IT right PARK")
          .contains("每天免费停车 120 分钟")
          .contains("每天 WiFi 流量 +300 MB")
          .contains("有效");

      browser.clickable(By.cssSelector("[id$=':revoke']")).click();
      browser.wait.until(
          ExpectedConditions.textToBePresentInElementLocated(By.id("rights-form"), "请填写撤销原因。"));
      assertThat(browser.text(By.id("rights-form:rights"))).contains("有效");

      browser.type(By.id("rights-form:right-reason"), "会员卡已注销");
      browser.clickable(By.cssSelector("[id$=':revoke']")).click();
      browser.wait.until(
          ExpectedConditions.textToBePresentInElementLocated(By.id("rights-form:rights"), "已撤销"));
      assertThat(browser.text(By.id("rights-form:rights"))).contains("会员卡已注销");
      assertThat(browser.driver.findElements(By.cssSelector("[id$=':revoke']"))).isEmpty();
      browser.screenshot("operator-member-rights-zh.png", 1400, 1500);
    }

    ItDatabase db = RunningAtrium.database();
    assertThat(
            db.value(
                "select state || '/' || revoked_by || '/' || revoke_reason"
                    + " from partner_right_grant where member_id = ?",
                member))
        .isEqualTo("REVOKED/service/会员卡已注销");
    assertThat(
            db.longValue(
                "select count(*) from audit_event where action = 'PARTNER_RIGHT_REVOKED'"
                    + " and actor = 'service' and subject_id = ? and after_state like ?",
                String.valueOf(member),
                "%会员卡已注销%"))
        .isEqualTo(1);
    // the partner sees its grant revoked
    assertThat(p.client().get("/api/v1/partner/rights/UI-G-1").send().json().getString("state"))
        .isEqualTo("REVOKED");
  }
}
