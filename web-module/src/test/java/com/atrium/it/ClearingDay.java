package com.atrium.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

/**
 * A business day of clearing on a mall of its own, for tests that look at a run's figures: tenant A
 * sells for 1,234.00 (1,234 points funded), the member pays 567 points at tenant B, A refunds half
 * the bill (617 points taken back); all through the POS API, then moved as booked into the day
 * three days ago in the mall's zone (there is no clock to set). Both tenants are priced with their
 * category's seeded terms (cost 0.0110, reimbursement 0.0095), so the day's run has A: −13.57 and
 * 6.79, net −6.78; B: 5.39; the operator 1.39.
 */
public record ClearingDay(
    long mallId, String mall, LocalDate day, Fixtures.TenantRow a, Fixtures.TenantRow b) {

  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  public static ClearingDay booked() {
    Instant testStart = Instant.now();
    long mallId = newMall();
    String mall =
        (String) RunningAtrium.database().value("select code from mall where id = ?", mallId);
    Fixtures.PosKey a = posKey(mallId);
    Fixtures.PosKey b = posKey(mallId);
    PosClient tillA = PosClient.of(a);
    PosClient tillB = PosClient.of(b);
    SecureRandom random = new SecureRandom();
    String phone =
        "13" + (5 + random.nextInt(5)) + String.format("%08d", random.nextInt(100_000_000));
    expect(
        tillA.post(
            "/api/v1/pos/members",
            "{\"phone\":\"" + phone + "\",\"name\":\"清算页面会员\",\"acceptTerms\":true}"),
        201);
    String receipt = "CP-" + Fixtures.unique();
    expect(
        tillA.post(
            "/api/v1/pos/sales",
            "{\"phone\":\""
                + phone
                + "\",\"receiptNumber\":\""
                + receipt
                + "\",\"amount\":1234.00}"),
        201);
    expect(
        tillB.post(
            "/api/v1/pos/point-payments",
            "{\"phone\":\""
                + phone
                + "\",\"paymentReference\":\"CP-P-"
                + Fixtures.unique()
                + "\",\"billAmount\":100.00,\"points\":567}"),
        201);
    expect(
        tillA.post(
            "/api/v1/pos/refunds",
            "{\"receiptNumber\":\""
                + receipt
                + "\",\"refundReference\":\"CP-R-"
                + Fixtures.unique()
                + "\",\"amount\":617.00}"),
        201);
    LocalDate day = LocalDate.now(ZONE).minusDays(3);
    Instant dayStart = day.atStartOfDay(ZONE).toInstant();
    long back = Duration.between(dayStart.plus(Duration.ofHours(1)), testStart).toSeconds();
    int moved =
        RunningAtrium.database()
            .update(
                "update journal_entry set recorded_at = recorded_at - (? * interval '1 second')"
                    + " where id in (select l.entry_id from journal_line l"
                    + " join ledger_account c on c.id = l.account_id where c.tenant_id in (?, ?))",
                back,
                a.tenant().id(),
                b.tenant().id());
    assertThat(moved).isEqualTo(3);
    return new ClearingDay(mallId, mall, day, a.tenant(), b.tenant());
  }

  /** A mall of the test's own, outside the configuration (so in the operator's zone). */
  public static long newMall() {
    var db = RunningAtrium.database();
    long id = db.nextId();
    db.update(
        "insert into mall (id, code, name, zone_id, created_at) values (?, ?, ?, ?, ?)",
        id,
        "CP" + Fixtures.unique(),
        "清算页面广场 Pages mall",
        ZONE.getId(),
        Instant.now());
    return id;
  }

  /** A new tenant of the mall with an enabled POS key. */
  public static Fixtures.PosKey posKey(long mallId) {
    var db = RunningAtrium.database();
    long tenant = db.nextId();
    String code = "T" + Fixtures.unique();
    db.update(
        "insert into tenant (id, mall_id, code, name, category, status, created_at)"
            + " values (?, ?, ?, ?, 'FOOD_BEVERAGE', 'ACTIVE', ?)",
        tenant,
        mallId,
        code,
        "清算页面店 " + code,
        Instant.now());
    for (String kind : new String[] {"TENANT_ISSUANCE", "TENANT_REDEMPTION", "TENANT_CAMPAIGN"}) {
      db.update(
          "insert into ledger_account (id, kind, tenant_id, balance, version)"
              + " values (?, ?, ?, 0, 0)",
          db.nextId(),
          kind,
          tenant);
    }
    String keyId = "pos-" + code.toLowerCase(Locale.ROOT);
    String secret = "it-secret-" + Fixtures.unique() + Fixtures.unique();
    db.update(
        "insert into api_client (key_id, kind, tenant_id, enabled, created_at)"
            + " values (?, 'POS', ?, true, ?)",
        keyId,
        tenant,
        Instant.now());
    Fixtures.addSecret(keyId, 1, secret);
    return new Fixtures.PosKey(
        keyId, secret, new Fixtures.TenantRow(tenant, code, "清算页面店 " + code));
  }

  private static void expect(PosClient.Request request, int status) {
    var answer = request.send();
    assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
  }
}
