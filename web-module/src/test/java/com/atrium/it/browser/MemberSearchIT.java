package com.atrium.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.atrium.it.PosClient;
import com.atrium.it.RunningAtrium;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The operator's member search by the last 4 digits of a phone and by part of a card number (issue
 * 12, point 8), in both languages: every row found matches what was typed, the member made here is
 * among them with its tier and status in the page's language, a filter that excludes it says so,
 * and a period that ends before it starts is refused.
 */
@ExtendWith(RunningAtrium.class)
class MemberSearchIT {

  /** What the list says, per language (messages*.properties members.*, lists.*, tier.*). */
  private static final Map<String, Texts> TEXTS =
      Map.of(
          "en",
          new Texts(
              "Members",
              "Phone or its last 4 digits, card number or 4+ of its digits, or name",
              List.of(
                  "Card number", "Name", "Phone", "Tier", "Status", "Registered", "Points balance"),
              "Standard",
              "Active",
              "Gold",
              "All tiers",
              "No member matches.",
              "The period ends before it starts."),
          "zh",
          new Texts(
              "会员",
              "手机号或其后4位、卡号或其中连续4位以上数字、姓名",
              List.of("卡号", "姓名", "手机号", "等级", "状态", "注册时间", "积分余额"),
              "普卡",
              "正常",
              "金卡",
              "全部等级",
              "没有匹配的会员。",
              "结束日期早于开始日期。"));

  private record Texts(
      String title,
      String placeholder,
      List<String> headers,
      String standard,
      String active,
      String gold,
      String allTiers,
      String empty,
      String periodBackwards) {}

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

  @ParameterizedTest
  @ValueSource(strings = {"en", "zh"})
  void theLastFourDigitsOfAPhoneFindTheMemberAndOnlyMatches(String language) {
    Texts t = TEXTS.get(language);
    String last4 = phone.substring(7);
    String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
    try (Browser browser = Browser.signedIn("service", language)) {
      List<List<String>> rows = search(browser, last4, card);
      assertThat(browser.text(By.cssSelector(".a-page-title"))).isEqualTo(t.title());
      assertThat(browser.driver.findElement(By.id("members:query")).getAttribute("placeholder"))
          .isEqualTo(t.placeholder());
      assertThat(
              browser.driver.findElements(By.cssSelector("#members\\:table_head th")).stream()
                  .map(th -> th.getText().trim())
                  .toList())
          .isEqualTo(t.headers());
      assertThat(rows).extracting(r -> r.get(0)).contains(card);
      assertThat(rows)
          .as("each row's phone ends in %s or its card holds it", last4)
          .allSatisfy(
              r -> assertThat(r.get(2).endsWith(last4) || r.get(0).contains(last4)).isTrue());
      assertThat(rows)
          .filteredOn(r -> r.get(0).equals(card))
          .singleElement()
          .satisfies(
              r -> {
                assertThat(r.get(1)).isEqualTo("搜索测试");
                assertThat(r.get(2)).isEqualTo(phone.substring(0, 3) + "****" + last4);
                assertThat(r.get(3)).isEqualTo(t.standard());
                assertThat(r.get(4)).isEqualTo(t.active());
                assertThat(r.get(5)).startsWith(today);
                assertThat(r.get(6)).isEqualTo("0");
              });

      // a tier filter the new member is not in: the list says that none matches
      WebElement before = browser.driver.findElement(By.id("members:table"));
      assertThat(browser.text(By.id("members:tier_label"))).isEqualTo(t.allTiers());
      browser.choose(
          By.id("members:tier"),
          By.xpath("//*[@id='members:tier_panel']//li[@data-label='" + t.gold() + "']"),
          By.id("members:tier_label"),
          t.gold());
      browser.type(By.id("members:query"), card);
      browser.clickable(By.id("members:search")).click();
      browser.wait.until(ExpectedConditions.stalenessOf(before));
      assertThat(browser.text(By.cssSelector("#members\\:table_data .ui-datatable-empty-message")))
          .isEqualTo(t.empty());

      // a period that ends before it starts is refused, and the list stays as it was
      browser.typeDate("members:from", today);
      browser.typeDate("members:to", LocalDate.parse(today).minusDays(1).toString());
      browser.clickable(By.id("members:search")).click();
      browser.wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.cssSelector(".ui-growl"), t.periodBackwards()));
      browser.awaitAjaxIdle();
      assertThat(browser.text(By.cssSelector("#members\\:table_data .ui-datatable-empty-message")))
          .isEqualTo(t.empty());
    }
  }

  /** In Chinese only: the English page's texts are those of the search by phone. */
  @Test
  void partOfACardNumberFindsExactlyThatMember() {
    String language = "zh";
    Texts t = TEXTS.get(language);
    // after "88", the member id in 9 digits (below 10^7: "00" first) and the check digit: no other
    // card holds these 10 digits (8 of them would be shared by the member made just before)
    String part = card.substring(2);
    try (Browser browser = Browser.signedIn("admin", language)) {
      List<List<String>> found = search(browser, part, card);
      assertThat(found).extracting(r -> r.get(0)).containsExactly(card);
      assertThat(found.get(0).subList(3, 5)).containsExactly(t.standard(), t.active());
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
