package com.atrium.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.atrium.it.PosClient;
import com.atrium.it.RunningAtrium;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Members are mall-wide, their history is not: a store assistant of FB001 serving a member sees the
 * member's balance but only the transactions at FB001, never another tenant's.
 */
@ExtendWith(RunningAtrium.class)
class TenantIsolationIT {

  @Test
  void anAssistantSeesOnlyTheirOwnTenantsTransactions() {
    String phone = Till.randomPhone().replace(" ", "");
    PosClient uniqlo = PosClient.demo("FA001");
    var registered =
        uniqlo
            .post(
                "/api/v1/pos/members",
                "{\"phone\":\"" + phone + "\",\"name\":\"隔离测试\",\"acceptTerms\":true}")
            .send();
    assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
    String uniqloReceipt = "FA-" + Till.randomReceipt();
    var sale =
        uniqlo
            .post(
                "/api/v1/pos/sales",
                "{\"phone\":\""
                    + phone
                    + "\",\"receiptNumber\":\""
                    + uniqloReceipt
                    + "\",\"amount\":100}")
            .send();
    assertThat(sale.status()).as(sale.toString()).isEqualTo(201);

    try (Browser browser = Browser.signedIn("fb001")) {
      Till till = new Till(browser);
      till.find(phone);
      assertThat(Till.digits(browser.text(By.id("member-balance")))).isEqualTo(100);
      assertThat(browser.text(By.id("history"))).doesNotContain(uniqloReceipt);

      String ownReceipt = Till.randomReceipt();
      till.recordSale(new BigDecimal("20.00"), ownReceipt);
      String history = browser.text(By.id("history"));
      assertThat(history).contains(ownReceipt).doesNotContain(uniqloReceipt);
    }
  }
}
