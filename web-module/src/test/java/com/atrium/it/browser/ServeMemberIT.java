package com.atrium.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.atrium.it.RunningAtrium;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** A store assistant of FB001 at the till: a new member, a sale, the points it earned. */
@ExtendWith(RunningAtrium.class)
class ServeMemberIT {

  @Test
  void assistantRegistersAMemberAndRecordsASale() {
    try (Browser browser = Browser.signedIn("fb001")) {
      Till till = new Till(browser);
      String phone = Till.randomPhone();

      till.registerNewMember(phone, "Selenium 测试");

      String digits = phone.replace(" ", "");
      assertThat(browser.text(By.id("member-name"))).isEqualTo("Selenium 测试");
      assertThat(browser.text(By.id("member-phone")))
          .as("phones are shown masked")
          .isEqualTo(digits.substring(0, 3) + "****" + digits.substring(7));
      assertThat(browser.text(By.id("member-card-number"))).matches("88\\d{10}");
      long balanceBefore = Till.digits(browser.text(By.id("member-balance")));

      String receipt = Till.randomReceipt();
      Till.Credit credit = till.recordSale(new BigDecimal("288.50"), receipt);

      assertThat(credit.points())
          .as("points for CNY 288.50 at a base rate ≥ 1")
          .isGreaterThanOrEqualTo(288);
      assertThat(credit.creditedBalance()).isEqualTo(balanceBefore + credit.points());
      assertThat(credit.memberBalance()).isEqualTo(credit.creditedBalance());
      assertThat(browser.text(By.id("credited"))).contains(receipt).contains("Base rate");
      assertThat(browser.text(By.id("history"))).contains(receipt);
    }
  }
}
