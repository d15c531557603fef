package com.atrium.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The dashboard's figures over a range (docs/dashboard.md) on a mall of this test's own: members
 * registered and sales at three tenants of two categories through the POS API, points paid at one
 * and a lot expired at another; exact points issued, redeemed and expired, active and new members
 * and sales per tenant, per category and per mall, a total whose active members are counted once; a
 * past range shows nothing, a range too long is refused with a message, and a one-mall operator of
 * another mall sees none of it.
 */
@ExtendWith(RunningAtrium.class)
class DashboardIT {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  static final List<String> FIGURES =
      List.of("issued", "redeemed", "expired", "active", "new", "sales", "salesCount");

  @Test
  void figuresOfARangeAreExactPerTenantCategoryAndMall() {
    ClearingRunsIT.Mall mall = ClearingRunsIT.newMall();
    Fixtures.PosKey a = mall.posKey();
    Fixtures.PosKey b = mall.posKey();
    Fixtures.PosKey c = mall.posKey();
    for (Fixtures.PosKey fashion : List.of(b, c)) {
      RunningAtrium.database()
          .update("update tenant set category = 'FASHION' where id = ?", fashion.tenant().id());
    }
    PosClient tillA = PosClient.of(a);
    PosClient tillB = PosClient.of(b);
    PosClient tillC = PosClient.of(c);

    // M1 registers at A and earns 1,234 there and 500 at C, then pays 300 of them at B;
    // M2 registers at B and earns 800 there, which expire
    String m1 = register(tillA);
    String m2 = register(tillB);
    assertThat(sale(tillA, m1, "1234.00")).isEqualTo(1234);
    assertThat(sale(tillB, m2, "800.00")).isEqualTo(800);
    LiabilityReportIT.expireTheOnlyLotOf(b.tenant().id());
    assertThat(sale(tillC, m1, "500.00")).isEqualTo(500);
    var payment =
        tillB
            .post(
                "/api/v1/pos/point-payments",
                "{\"phone\":\""
                    + m1
                    + "\",\"paymentReference\":\"DB-P-"
                    + Fixtures.unique()
                    + "\",\"billAmount\":100.00,\"points\":300}")
            .send();
    assertThat(payment.status()).as(payment.toString()).isEqualTo(201);

    PortalClient admin = login(Fixtures.operator("OPERATOR_ADMIN"));
    String today = "/operator/dashboard.xhtml?range=today&mall=" + mall.id();
    String perTenant = page(admin, today + "&by=tenant");
    // rows in the order of the tenants' codes, then the total
    List<List<String>> tenants =
        new ArrayList<>(
            List.of(
                row(a.tenant().code(), "1,234", "0", "0", "1", "1", "¥1,234.00", "1"),
                row(b.tenant().code(), "800", "300", "800", "2", "1", "¥800.00", "1"),
                row(c.tenant().code(), "500", "0", "0", "1", "0", "¥500.00", "1")));
    tenants.sort(Comparator.comparing(r -> r.get(0)));
    // M1 is active at A, B and C and counted once; M2 at B
    tenants.add(row("total", "2,534", "300", "800", "2", "2", "¥2,534.00", "3"));
    assertThat(rows(perTenant)).containsExactlyElementsOf(tenants);
    assertThat(perTenant).contains(a.tenant().name(), LocalDate.now(ZONE).toString());

    assertThat(rows(page(admin, today + "&by=category")))
        .containsExactly(
            row("FASHION", "1,300", "300", "800", "2", "1", "¥1,300.00", "2"),
            row("FOOD_BEVERAGE", "1,234", "0", "0", "1", "1", "¥1,234.00", "1"),
            row("total", "2,534", "300", "800", "2", "2", "¥2,534.00", "3"));
    assertThat(rows(page(admin, today + "&by=mall")))
        .containsExactly(
            row(mall.code(), "2,534", "300", "800", "2", "2", "¥2,534.00", "3"),
            row("total", "2,534", "300", "800", "2", "2", "¥2,534.00", "3"));
    // the same tenants' rows in the group's figures, and in the 7 days' and this month's
    String group = page(admin, "/operator/dashboard.xhtml?range=last-7-days&by=tenant");
    assertThat(rows(group))
        .contains(row(b.tenant().code(), "800", "300", "800", "2", "1", "¥800.00", "1"));
    assertThat(rows(page(admin, "/operator/dashboard.xhtml?range=this-month&mall=" + mall.id())))
        .contains(row(c.tenant().code(), "500", "0", "0", "1", "0", "¥500.00", "1"));

    // a range before any of it shows nothing; one too long is refused with a message
    LocalDate yesterday = LocalDate.now(ZONE).minusDays(1);
    String past =
        page(
            admin,
            "/operator/dashboard.xhtml?range=custom&from="
                + yesterday.minusDays(30)
                + "&to="
                + yesterday
                + "&mall="
                + mall.id());
    assertThat(rows(past)).containsExactly(row("total", "0", "0", "0", "0", "0", "¥0.00", "0"));
    assertThat(past).contains("id=\"no-rows\"").doesNotContain("id=\"range-error\"");
    String tooLong =
        page(
            admin,
            "/operator/dashboard.xhtml?range=custom&from="
                + yesterday.minusDays(400)
                + "&to="
                + yesterday
                + "&mall="
                + mall.id());
    assertThat(tooLong).contains("id=\"range-error\"", "A range is at most 366 days.");
    // ... and then shows the last 7 days instead
    assertThat(rows(tooLong))
        .contains(row("total", "2,534", "300", "800", "2", "2", "¥2,534.00", "3"));

    // a one-mall operator of another mall sees its own mall's, whatever it asks for
    PortalClient xh = login(Fixtures.mallOperator("OPERATOR_FINANCE", Fixtures.mallId("XH")));
    assertThat(page(xh, today + "&by=tenant"))
        .doesNotContain(a.tenant().code(), b.tenant().code(), c.tenant().code());
    Fixtures.assertLedgerBalanced();
  }

  private static final Pattern ROW =
      Pattern.compile("<tr id=\"row-([^\"]+)\"[^>]*>(.*?)</tr>", Pattern.DOTALL);
  private static final Pattern CELL =
      Pattern.compile("<td class=\"a-num f-(\\w+)\">([^<]*)</td>", Pattern.DOTALL);

  /** The breakdown table's rows (and its total) as key and figures, in the page's order. */
  static List<List<String>> rows(String html) {
    List<List<String>> rows = new ArrayList<>();
    Matcher r = ROW.matcher(html);
    while (r.find()) {
      List<String> row = new ArrayList<>(List.of(r.group(1)));
      Matcher c = CELL.matcher(r.group(2));
      List<String> names = new ArrayList<>();
      while (c.find()) {
        names.add(c.group(1));
        row.add(c.group(2).trim());
      }
      assertThat(names).isEqualTo(FIGURES);
      rows.add(row);
    }
    return rows;
  }

  static List<String> row(String key, String... figures) {
    List<String> row = new ArrayList<>(List.of(key));
    row.addAll(List.of(figures));
    return row;
  }

  private static String page(PortalClient client, String path) {
    var page = client.get(path);
    assertThat(page.status()).as(page.body()).isEqualTo(200);
    return page.body();
  }

  private static PortalClient login(Fixtures.UserRow user) {
    PortalClient client = new PortalClient("en");
    assertThat(client.login(user.username(), user.password()).redirectPath()).isPresent();
    return client;
  }

  private static String register(PosClient till) {
    String phone = PosSalesIT.randomPhone();
    var member =
        till.post(
                "/api/v1/pos/members",
                "{\"phone\":\"" + phone + "\",\"name\":\"概览会员\",\"acceptTerms\":true}")
            .send();
    assertThat(member.status()).as(member.toString()).isEqualTo(201);
    return phone;
  }

  /** Records a sale and answers the points it earned. */
  private static long sale(PosClient till, String phone, String amount) {
    var sale =
        till.post(
                "/api/v1/pos/sales",
                "{\"phone\":\""
                    + phone
                    + "\",\"receiptNumber\":\"DB-"
                    + Fixtures.unique()
                    + "\",\"amount\":"
                    + amount
                    + "}")
            .send();
    assertThat(sale.status()).as(sale.toString()).isEqualTo(201);
    return jakarta.json.Json.createReader(new java.io.StringReader(sale.body()))
        .readObject()
        .getJsonNumber("points")
        .longValue();
  }
}
