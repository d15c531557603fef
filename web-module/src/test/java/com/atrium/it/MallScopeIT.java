package com.atrium.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Several malls under one operator, on the demo data set's two malls (XH, CD): one membership and
 * one balance in both, operator staff scoped to one mall see only its tenants and figures, and
 * another mall's tenant answers as if it did not exist.
 */
@ExtendWith(RunningAtrium.class)
class MallScopeIT {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  @Test
  void aMemberEarnsInOneMallAndPaysWithPointsInTheOther() {
    String phone = PosSalesIT.randomPhone();
    PosClient xhStarbucks = PosClient.demo("FB001");
    PosClient cdStarbucks = PosClient.demo("CD-FB01");
    var registered =
        xhStarbucks
            .post(
                "/api/v1/pos/members",
                "{\"phone\":\"" + phone + "\",\"name\":\"双城会员\",\"acceptTerms\":true}")
            .send();
    assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
    String receipt = "MS-" + Fixtures.unique();
    var sale =
        xhStarbucks
            .post(
                "/api/v1/pos/sales",
                "{\"phone\":\""
                    + phone
                    + "\",\"receiptNumber\":\""
                    + receipt
                    + "\",\"amount\":1000.00}")
            .send();
    assertThat(sale.status()).as(sale.toString()).isEqualTo(201);
    long earned = sale.json().getJsonNumber("points").longValue();
    assertThat(earned).isPositive();

    var payment =
        cdStarbucks
            .post(
                "/api/v1/pos/point-payments",
                "{\"phone\":\""
                    + phone
                    + "\",\"paymentReference\":\"MP-"
                    + Fixtures.unique()
                    + "\",\"billAmount\":100.00,\"points\":1000}")
            .send();
    assertThat(payment.status()).as(payment.toString()).isEqualTo(201);
    JsonObject paid = payment.json();
    assertThat(paid.getJsonNumber("cashValue").bigDecimalValue()).isEqualByComparingTo("10.00");
    assertThat(paid.getJsonNumber("balance").longValue()).isEqualTo(earned - 1000);

    ItDatabase db = RunningAtrium.database();
    long memberId = db.longValue("select id from member where phone = ?", phone);
    // each record is at its own mall: the sale and its lot at XH, the payment at CD
    long xh = Fixtures.mallId("XH");
    long cd = Fixtures.mallId("CD");
    assertThat(db.longValue("select mall_id from sale where receipt_number = ?", receipt))
        .isEqualTo(xh);
    assertThat(
            db.longValue(
                "select mall_id from points_lot where credit_entry_id ="
                    + " (select journal_entry_id from sale where receipt_number = ?)",
                receipt))
        .isEqualTo(xh);
    assertThat(
            db.longValue(
                "select mall_id from point_payment where id = ?",
                paid.getJsonNumber("paymentId").longValue()))
        .isEqualTo(cd);
    // the points left XH's Starbucks lot and reached CD's Starbucks redemption account
    assertThat(
            db.longValue(
                "select coalesce(sum(c.points), 0) from lot_consumption c"
                    + " join points_lot p on p.id = c.lot_id"
                    + " join ledger_account i on i.id = p.issuer_account_id"
                    + " join tenant t on t.id = i.tenant_id"
                    + " join ledger_account m on m.id = p.member_account_id"
                    + " where t.code = 'FB001' and m.member_id = ?",
                memberId))
        .isEqualTo(1000);
    assertThat(
            db.longValue(
                "select coalesce(sum(l.points), 0) from journal_line l"
                    + " join journal_entry e on e.id = l.entry_id"
                    + " join ledger_account a on a.id = l.account_id"
                    + " join tenant t on t.id = a.tenant_id"
                    + " where t.code = 'CD-FB01' and a.kind = 'TENANT_REDEMPTION' and e.member_id = ?",
                memberId))
        .isEqualTo(1000);
    assertThat(
            db.longValue(
                "select count(*) from (select entry_id from journal_line group by entry_id"
                    + " having sum(points) <> 0) x"))
        .isZero();
  }

  @Test
  void aOneMallOperatorSeesOnlyThatMallsTenantsAndAnotherMallsTenantIsNotFound() {
    long cd = Fixtures.mallId("CD");
    long zara = tenantId("FA002");
    long cdUniqlo = tenantId("CD-FA01");
    var user = Fixtures.mallOperator("OPERATOR_ADMIN", cd);
    PortalClient portal = new PortalClient("en");
    assertThat(portal.login(user.username(), user.password()).redirectPath()).isPresent();

    var list = portal.get("/operator/tenants/list.xhtml");
    assertThat(list.status()).isEqualTo(200);
    assertThat(list.body())
        .contains("CD-FA01", "CD-FB01", "星汇天地 Star Harbour Chengdu")
        .doesNotContain("BE001", "FA002", "FB002");
    assertThat(portal.get("/operator/tenants/edit.xhtml?id=" + zara).status()).isEqualTo(404);
    assertThat(portal.get("/operator/tenants/edit.xhtml?id=" + cdUniqlo).status()).isEqualTo(200);

    // who may log in is the group's decision: a one-mall admin's logins and keys pages refuse
    assertThat(portal.get("/operator/logins.xhtml").body())
        .contains("Logins and machine keys are managed by a group-wide administrator");

    PortalClient group = new PortalClient("en");
    var admin = Fixtures.operator("OPERATOR_ADMIN");
    group.login(admin.username(), admin.password());
    var all = group.get("/operator/tenants/list.xhtml");
    assertThat(all.body()).contains("CD-FA01", "BE001", "星汇集团 Star Harbour Group");
    assertThat(group.get("/operator/tenants/edit.xhtml?id=" + zara).status()).isEqualTo(200);
  }

  @Test
  void theDashboardShowsOneMallOrTheGroupAndAOneMallOperatorOnlyTheirs() {
    long cd = Fixtures.mallId("CD");
    long xh = Fixtures.mallId("XH");
    String phone = PosSalesIT.randomPhone();
    PosClient cdHotpot = PosClient.demo("CD-FB02");
    cdHotpot
        .post(
            "/api/v1/pos/members",
            "{\"phone\":\"" + phone + "\",\"name\":\"成都会员\",\"acceptTerms\":true}")
        .send();
    var sale =
        cdHotpot
            .post(
                "/api/v1/pos/sales",
                "{\"phone\":\""
                    + phone
                    + "\",\"receiptNumber\":\"MD-"
                    + Fixtures.unique()
                    + "\",\"amount\":321.00}")
            .send();
    assertThat(sale.status()).as(sale.toString()).isEqualTo(201);

    var marketing = Fixtures.mallOperator("OPERATOR_MARKETING", cd);
    PortalClient cdPortal = new PortalClient("en");
    cdPortal.login(marketing.username(), marketing.password());
    // a one-mall operator asking for the other mall still gets their own
    var own = cdPortal.get("/operator/dashboard.xhtml?mall=" + xh);
    assertThat(own.body())
        .contains("星汇天地 Star Harbour Chengdu")
        .doesNotContain("mall-all")
        .contains(salesCount(cd) + " sales");

    var admin = Fixtures.operator("OPERATOR_ADMIN");
    PortalClient group = new PortalClient("en");
    group.login(admin.username(), admin.password());
    assertThat(group.get("/operator/dashboard.xhtml?mall=" + cd).body())
        .contains(salesCount(cd) + " sales");
    assertThat(group.get("/operator/dashboard.xhtml?mall=" + xh).body())
        .contains(salesCount(xh) + " sales");
    assertThat(group.get("/operator/dashboard.xhtml").body())
        .contains("mall-all", "星汇广场 Star Harbour Mall", "星汇天地 Star Harbour Chengdu");
  }

  /** Today's sales at the mall's tenants, formatted as the dashboard's English page shows them. */
  private static String salesCount(long mall) {
    long n =
        RunningAtrium.database()
            .longValue(
                "select count(*) from sale s join tenant t on t.id = s.tenant_id"
                    + " where t.mall_id = ? and s.occurred_at >= ?",
                mall,
                LocalDate.now(ZONE).atStartOfDay(ZONE).toInstant());
    return String.format(Locale.ENGLISH, "%,d", n);
  }

  private static long tenantId(String code) {
    return RunningAtrium.database().longValue("select id from tenant where code = ?", code);
  }
}
