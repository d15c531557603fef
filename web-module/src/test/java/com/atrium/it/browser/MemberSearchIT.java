package com.atrium.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.atrium.it.PosClient;
import com.atrium.it.RunningAtrium;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The operator's member search by the last 4 digits of a phone and by part of a card number (issue
 * 12, point 8): every row found matches what was typed, and the member made here is among them.
 */
@ExtendWith(RunningAtrium.class)
class MemberSearchIT {

  String phone;
  String card;

  @BeforeEach
  void aMember() {
    phone = Till.randomPhone().replace(" ", "");
    var created =
        PosClient.demo("FB001")
            .post(
                "/api/v1/pos/members",
                "{\"phone\":\"" + phone + "\",\"name\":\"搜索测试\",\"acceptTerms\":true}")
            .send();
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    card = created.json().getString("cardNumber");
  }

  @Test
  void theLastFourDigitsOfAPhoneFindTheMemberAndOnlyMatches() {
    String last4 = phone.substring(7);
    try (Browser browser = Browser.signedIn("service")) {
      List<List<String>> rows = search(browser, last4, card);
      assertThat(rows).extracting(r -> r.get(0)).contains(card);
      assertThat(rows)
          .as("each row's phone ends in %s or its card holds it", last4)
          .allSatisfy(
              r -> assertThat(r.get(2).endsWith(last4) || r.get(0).contains(last4)).isTrue());
      assertThat(rows)
          .filteredOn(r -> r.get(0).equals(card))
          .singleElement()
          .satisfies(r -> assertThat(r.get(2)).isEqualTo(phone.substring(0, 3) + "****" + last4));
    }
  }

  @Test
  void partOfACardNumberFindsExactlyThatMember() {
    // the card's digits 3 to 10 are the member id: no other card holds them
    String part = card.substring(2, 10);
    try (Browser browser = Browser.signedIn("admin")) {
      assertThat(search(browser, part, card)).extracting(r -> r.get(0)).containsExactly(card);
      // as read off a card, with a blank in the middle
      assertThat(search(browser, part.substring(0, 4) + " " + part.substring(4), card))
          .extracting(r -> r.get(0))
          .containsExactly(card);
    }
  }

  /**
   * The rows the list shows after searching {@code typed}, once they show {@code expected}: cells
   * as text.
   */
  static List<List<String>> search(Browser browser, String typed, String expected) {
    browser.open("/operator/members/list.xhtml");
    browser.type(By.id("members:query"), typed);
    // the first page lists the newest members, ours among them: wait for the search's own table
    WebElement before = browser.driver.findElement(By.id("members:table"));
    browser.clickable(By.id("members:search")).click();
    browser.wait.until(ExpectedConditions.stalenessOf(before));
    browser.wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("members:table"), expected));
    browser.awaitAjaxIdle();
    return browser.driver.findElements(By.cssSelector("#members\\:table_data > tr")).stream()
        .map(
            tr ->
                tr.findElements(By.tagName("td")).stream()
                    .map(WebElement::getText)
                    .map(String::trim)
                    .toList())
        .toList();
  }
}
