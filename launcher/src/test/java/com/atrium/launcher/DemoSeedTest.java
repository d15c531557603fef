package com.atrium.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.atrium.member.CardNumber;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The production migrations and the demo seed apply on the quick start's embedded PostgreSQL, the
 * way {@code com.atrium.platform.Database} applies them, and the seeded ledger keeps the invariants
 * every other part of Atrium relies on.
 */
class DemoSeedTest {

  private static final String TODAY_START =
      "(date_trunc('day', now() at time zone 'Asia/Shanghai') at time zone 'Asia/Shanghai')";

  private static EmbeddedPostgres postgres;
  private static DataSource dataSource;

  @BeforeAll
  static void migrateAndSeed() throws Exception {
    postgres = EmbeddedPostgres.builder().start(); // temporary folder, free port
    dataSource = postgres.getPostgresDatabase();
    Flyway.configure().dataSource(dataSource).locations("classpath:db/postgresql").load().migrate();
    MigrateResult seed = seed();
    assertThat(seed.migrationsExecuted)
        .as(
            "the demo mall, the second mall, its own reward, a tenant manager, the second finance"
                + " login, the tenants' campaign accounts, the demo partners, the demo plates and"
                + " DEMOBANK's PREMIUM right, the demo months' parking and partner exchanges,"
                + " parking's copies of the demo members and of their recent sales")
        .isEqualTo(12);
  }

  @AfterAll
  static void stop() throws Exception {
    if (postgres != null) {
      postgres.close();
    }
  }

  private static MigrateResult seed() {
    return Flyway.configure()
        .dataSource(dataSource)
        .locations("classpath:db/demo/postgresql")
        .table("demo_seed_history")
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .group(true)
        .load()
        .migrate();
  }

  @Test
  void seedsTheMallTenantsMembersAndSales() throws SQLException {
    assertThat(count("select count(*) from mall where code = 'XH' and zone_id = 'Asia/Shanghai'"))
        .isEqualTo(1);
    assertThat(count("select count(*) from tenant where status = 'ACTIVE'")).isEqualTo(38);
    assertThat(string("select name from tenant where code = 'FB001'")).isEqualTo("星巴克 Starbucks");
    assertThat(string("select name from tenant where code = 'CI002'"))
        .isEqualTo("IMAX 巨幕厅 IMAX Theatre");
    assertThat(count("select count(*) from member where status = 'ACTIVE'"))
        .isBetween(1900L, 2100L);
    assertThat(count("select count(*) from sale where channel = 'DEMO'")).isGreaterThan(10_000);
    assertThat(count("select count(*) from sale where occurred_at >= " + TODAY_START))
        .as("sales today in the mall zone")
        .isPositive();
    assertThat(count("select count(*) from sale where occurred_at > now()")).isZero();
  }

  @Test
  void theSecondMallHasItsTenantsItsMarketingManagerAndMembersWhoShopInBothMalls()
      throws SQLException {
    assertThat(
            count(
                "select count(*) from tenant t join mall m on m.id = t.mall_id where m.code = 'CD'"))
        .isEqualTo(8);
    assertThat(
            count(
                "select count(*) from tenant t join mall m on m.id = t.mall_id where m.code = 'XH'"))
        .isEqualTo(30);
    assertThat(
            count(
                "select count(*) from sale s join tenant t on t.id = s.tenant_id"
                    + " join mall m on m.id = t.mall_id where m.code = 'CD'"))
        .isGreaterThan(2_500);
    assertThat(
            count(
                "select count(*) from (select s.member_id from sale s join tenant t on t.id ="
                    + " s.tenant_id group by s.member_id having count(distinct t.mall_id) = 2) x"))
        .as("members who shop in both malls")
        .isGreaterThan(300);
    assertThat(
            count(
                "select count(*) from app_user u join mall m on m.id = u.mall_id"
                    + " join app_user_role r on r.user_id = u.id"
                    + " where u.username = 'marketing-cd' and m.code = 'CD'"
                    + " and r.role = 'OPERATOR_MARKETING' and u.tenant_id is null"))
        .isEqualTo(1);
    assertThat(
            count(
                "select count(*) from sale s where s.balance_after <> (select sum(x.points)"
                    + " from sale x where x.member_id = s.member_id and (x.occurred_at,"
                    + " x.id) <= (s.occurred_at, s.id))"))
        .as("each sale's balance after it, over both malls")
        .isZero();
  }

  @Test
  void everySaleAndLotRecordsTheMallOfItsTenant() throws SQLException {
    assertThat(
            count(
                "select count(*) from sale s join tenant t on t.id = s.tenant_id"
                    + " where s.mall_id <> t.mall_id"))
        .isZero();
    assertThat(
            count(
                "select count(*) from points_lot l join sale s on s.journal_entry_id ="
                    + " l.credit_entry_id join tenant t on t.id = s.tenant_id"
                    + " where l.mall_id is null or l.mall_id <> t.mall_id"))
        .isZero();
    // a group-wide partner's lots have no mall (docs/partners.md): the demo's DEMOAIR exchanges
    assertThat(
            count(
                "select count(*) from points_lot l join ledger_account a"
                    + " on a.id = l.issuer_account_id where l.mall_id is null and a.kind <> 'PARTNER'"))
        .isZero();
    assertThat(count("select count(distinct mall_id) from sale")).isEqualTo(2);
  }

  @Test
  void eachTenantHasItsAccountsAndPosKey() throws SQLException {
    assertThat(count("select count(*) from ledger_account where kind = 'TENANT_ISSUANCE'"))
        .isEqualTo(38);
    assertThat(count("select count(*) from ledger_account where kind = 'TENANT_REDEMPTION'"))
        .isEqualTo(38);
    assertThat(
            count(
                "select count(*) from ledger_account where tenant_id is null"
                    + " and kind in ('OPERATOR_MARKETING', 'BREAKAGE')"))
        .isEqualTo(2);
    assertThat(
            count(
                "select count(*) from api_client c join tenant t on t.id = c.tenant_id"
                    + " join api_client_secret s on s.key_id = c.key_id"
                    + " where c.kind = 'POS' and c.enabled"
                    + " and c.key_id = 'pos-' || lower(t.code) and s.secret_no = 1"
                    + " and s.secret = 'demo-secret-' || lower(t.code)"
                    + " and s.revoked_at is null and s.expires_at is null"))
        .isEqualTo(38);
    assertThat(
            count(
                "select count(*) from api_client c join api_client_secret s on s.key_id = c.key_id"
                    + " where c.enabled and s.secret = 'demo-secret-' || c.key_id and ("
                    + " (c.key_id in ('park-xh', 'park-cd') and c.kind = 'CAR_PARK'"
                    + " and c.mall_id is not null)"
                    + " or (c.key_id = 'wifi-cd' and c.kind = 'WIFI_CONTROLLER'"
                    + " and c.mall_id is not null)"
                    + " or (c.key_id = 'wifi-xh' and c.kind = 'WIFI_CONTROLLER'"
                    + " and c.mall_id is not null)"
                    + " or (c.key_id = 'partner-demobank' and c.kind = 'PARTNER'"
                    + " and c.partner_code = 'DEMOBANK')"
                    + " or (c.key_id = 'partner-demoair' and c.kind = 'PARTNER'"
                    + " and c.partner_code = 'DEMOAIR'))"))
        .isEqualTo(6);
  }

  @Test
  void theDemoMonthsHaveParkingSettlementsAndExchangesBookedAsTheRealOnesAre() throws SQLException {
    String months =
        " >= (date_trunc('month', now() at time zone 'Asia/Shanghai') - interval '3 months')"
            + " at time zone 'Asia/Shanghai'";
    long settlements =
        count("select count(*) from parking_settlement where session_id like 'DEMO-PK-%'");
    assertThat(settlements).isBetween(10L, 18L);
    assertThat(count("select count(*) from parking_settlement where settled_at" + months))
        .isEqualTo(settlements);
    // each settlement: the operator's tier hour and the spend hour split between two tenants,
    // which add up to the free hour's 10.00 exactly
    assertThat(
            count(
                "select count(*) from (select c.settlement_id from parking_charge c"
                    + " group by c.settlement_id having count(*) = 3"
                    + " and sum(case when c.payer_kind = 'TENANT' then c.amount end) = 10.00"
                    + " and sum(case when c.payer_kind = 'TENANT' then c.minutes end) = 60.00"
                    + " and sum(case when c.payer_kind = 'OPERATOR' then c.amount end) = 10.00) x"))
        .isEqualTo(settlements);
    assertThat(count("select count(*) from parking_spend_sale")).isEqualTo(2 * settlements);
    assertThat(
            count(
                "select count(*) from partner_exchange x join journal_entry e on e.id = x.entry_id"
                    + " join points_lot l on l.credit_entry_id = e.id"
                    + " join ledger_account a on a.id = l.issuer_account_id"
                    + " where x.partner_txn_id like 'DA-DEMO-%' and e.kind = 'GRANT'"
                    + " and a.kind = 'PARTNER' and a.partner_code = 'DEMOAIR'"
                    + " and l.points_earned = x.points and e.recorded_at = x.requested_at"))
        .isEqualTo(3);
    assertThat(
            count(
                "select coalesce(sum(points), 0) from partner_exchange"
                    + " where partner_txn_id like 'DA-DEMO-%'"))
        .isEqualTo(13_500);
  }

  @Test
  void theDemoPartnersHaveTheirAgreementDepositAndLinkedMember() throws SQLException {
    assertThat(
            count(
                "select count(*) from partner p join partner_agreement a on a.partner_id = p.id"
                    + " join ledger_account l on l.kind = 'PARTNER' and l.partner_code = p.code"
                    + " where (p.code = 'DEMOBANK' and p.kind = 'BANK'"
                    + " and p.settlement_mode = 'PREPAID' and p.deposit_balance = 50000.00)"
                    + " or (p.code = 'DEMOAIR' and p.kind = 'AIRLINE'"
                    + " and p.settlement_mode = 'POSTPAID')"))
        .isEqualTo(2);
    assertThat(
            count(
                "select count(*) from partner_link l join partner p on p.id = l.partner_id"
                    + " where l.state = 'ACTIVE' and l.member_id = (select min(id) from member)"
                    + " and ((p.code = 'DEMOBANK' and l.member_ref = 'DB-0001')"
                    + " or (p.code = 'DEMOAIR' and l.member_ref = 'DA-0001'))"))
        .isEqualTo(2);
  }

  @Test
  void threeDemoMembersHoldDemobanksPremiumRightWithItsGoldFloor() throws SQLException {
    assertThat(
            count(
                "select count(*) from partner_right_grant g join partner_right r on r.id ="
                    + " g.right_id join partner_link l on l.id = g.link_id"
                    + " join tier_floor f on f.source_ref = 'grant:' || g.id"
                    + " join member m on m.id = g.member_id"
                    + " where r.code = 'PREMIUM' and r.tier_floor = 'GOLD'"
                    + " and r.parking_minutes = 120 and g.state = 'ACTIVE'"
                    + " and g.valid_from <= now() and g.valid_until > now()"
                    + " and l.member_id = g.member_id and m.tier in ('GOLD', 'DIAMOND')"))
        .isEqualTo(3);
  }

  @Test
  void parkingsCopiesHoldEveryDemoMemberAndEveryRecentSaleAsTheirEventsWouldHave()
      throws SQLException {
    assertThat(
            count(
                "select count(*) from member m left join parking_member p on p.member_id = m.id"
                    + " where p.member_id is null or p.tier <> m.tier"
                    + " or p.active <> (m.status = 'ACTIVE')"
                    + " or p.masked_card <> substr(m.card_number, 1, 2) || '******'"
                    + " || substr(m.card_number, 9)"
                    + " or p.partner_rights <> exists (select 1 from partner_right_grant g"
                    + " where g.member_id = m.id)"))
        .isZero();
    assertThat(count("select count(*) from parking_member where partner_rights")).isEqualTo(3);
    assertThat(
            count(
                "select count(*) from sale s left join parking_sale p on p.sale_id = s.id"
                    + " where s.occurred_at >= now() - interval '32' day and (p.sale_id is null"
                    + " or p.amount <> s.amount - s.refunded_amount or p.member_id <> s.member_id"
                    + " or p.mall_id <> s.mall_id or p.tenant_id <> s.tenant_id"
                    + " or p.occurred_at <> s.occurred_at)"))
        .isZero();
    assertThat(
            count(
                "select count(*) from parking_sale p where not exists (select 1 from sale s"
                    + " where s.id = p.sale_id)"))
        .as("no copy without its sale")
        .isZero();
  }

  @Test
  void everyTenantHasItsCampaignAccount() throws SQLException {
    assertThat(
            count(
                "select count(*) from tenant t where not exists (select 1 from ledger_account a"
                    + " where a.tenant_id = t.id and a.kind = 'TENANT_CAMPAIGN')"))
        .as("V25 opened it for no demo tenant on a new database: the seed's V6 does")
        .isZero();
    assertThat(count("select count(*) from ledger_account where kind = 'TENANT_CAMPAIGN'"))
        .isEqualTo(count("select count(*) from tenant"));
  }

  @Test
  void everyJournalEntrySumsToZero() throws SQLException {
    assertThat(
            count(
                "select count(*) from (select e.id from journal_entry e"
                    + " left join journal_line l on l.entry_id = e.id"
                    + " group by e.id having count(l.id) <> 2 or sum(l.points) <> 0) bad"))
        .isZero();
    assertThat(count("select coalesce(sum(points), 0) from journal_line")).isZero();
  }

  @Test
  void eachMemberBalanceIsTheSumOfItsLinesAndOfItsOpenLots() throws SQLException {
    assertThat(count("select count(*) from ledger_account where kind = 'MEMBER'"))
        .isEqualTo(count("select count(*) from member"));
    assertThat(
            count(
                "select count(*) from ledger_account a where a.kind = 'MEMBER' and ("
                    + " a.balance <> coalesce((select sum(l.points) from journal_line l"
                    + "   where l.account_id = a.id), 0)"
                    + " or a.balance <> coalesce((select sum(p.points_remaining) from points_lot p"
                    + "   where p.member_account_id = a.id and p.points_remaining > 0), 0))"))
        .isZero();
    assertThat(count("select count(*) from ledger_account where kind = 'MEMBER' and balance > 0"))
        .isPositive();
  }

  @Test
  void salesAreBookedAsTheEarningServiceBooksThem() throws SQLException {
    Map<String, String> multipliers =
        Map.of("FB001", "1.5", "BE001", "2", "SM001", "0.5", "CI001", "1.5", "BE002", "1.2");
    for (var tenant : multipliers.entrySet()) {
      assertThat(
              count(
                  "select count(*) from sale s join tenant t on t.id = s.tenant_id"
                      + " where t.code = '"
                      + tenant.getKey()
                      + "'"
                      + " and (s.points <> floor(s.amount * "
                      + tenant.getValue()
                      + ")"
                      + "  or s.explanation <> '{\"rules\":[{\"rule\":\"BASE_RATE\",\"points\":'"
                      + "     || floor(s.amount) || '},{\"rule\":\"TENANT_MULTIPLIER\",\"multiplier\":\""
                      + tenant.getValue()
                      + "\",\"points\":' || (s.points - floor(s.amount))"
                      + "     || '}],\"total\":' || s.points || '}')"))
          .as("sales of %s", tenant.getKey())
          .isZero();
    }
    assertThat(
            count(
                "select count(*) from sale s join tenant t on t.id = s.tenant_id"
                    + " where t.code = 'FB002' and (s.points <> floor(s.amount)"
                    + "  or s.explanation <> '{\"rules\":[{\"rule\":\"BASE_RATE\",\"points\":'"
                    + "     || s.points || '}],\"total\":' || s.points || '}')"))
        .as("a multiplier of 1 adds no rule")
        .isZero();
    assertThat(
            count(
                "select count(*) from sale s"
                    + " join journal_entry e on e.id = s.journal_entry_id"
                    + " join member m on m.id = s.member_id"
                    + " join ledger_account ma on ma.member_id = m.id and ma.kind = 'MEMBER'"
                    + " join ledger_account ta on ta.tenant_id = s.tenant_id and ta.kind = 'TENANT_ISSUANCE'"
                    + " join journal_line ml on ml.entry_id = e.id and ml.account_id = ma.id"
                    + " join journal_line tl on tl.entry_id = e.id and tl.account_id = ta.id"
                    + " join points_lot p on p.credit_entry_id = e.id"
                    + " where e.kind = 'EARN' and e.member_id = s.member_id"
                    + " and e.tenant_id = s.tenant_id and e.occurred_at = s.occurred_at"
                    + " and e.description = 'Sale ' || s.receipt_number"
                    + " and ml.points = s.points and tl.points = -s.points"
                    + " and p.member_account_id = ma.id and p.issuer_account_id = ta.id"
                    + " and p.points_earned = s.points and p.points_remaining = s.points"
                    + " and p.expires_at = make_timestamptz(extract(year from s.occurred_at"
                    + "   at time zone 'Asia/Shanghai')::int + 2, 1, 1, 0, 0, 0, 'Asia/Shanghai')"))
        .isEqualTo(count("select count(*) from sale"));
  }

  @Test
  void balanceAfterTheLastSaleIsTheMemberBalanceWhereTheSchemaHasIt() throws SQLException {
    boolean hasColumn =
        count(
                "select count(*) from information_schema.columns"
                    + " where table_name = 'sale' and column_name = 'balance_after'")
            > 0;
    if (hasColumn) {
      assertThat(
              count(
                  "select count(*) from ledger_account a where a.kind = 'MEMBER'"
                      // a partner exchange (the demo's DEMOAIR ones) moves a balance after sales
                      + " and not exists (select 1 from partner_exchange x"
                      + "   where x.member_id = a.member_id)"
                      + " and a.balance <> coalesce((select s.balance_after from sale s"
                      + "   where s.member_id = a.member_id"
                      + "   order by s.occurred_at desc, s.id desc limit 1), 0)"))
          .isZero();
    }
  }

  @Test
  void cardNumbersAreUniqueAndFollowTheCardRule() throws SQLException {
    Set<String> cards = new HashSet<>();
    Set<String> phones = new HashSet<>();
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select id, card_number, phone from member")) {
      while (rs.next()) {
        String card = rs.getString("card_number");
        assertThat(card).matches("88\\d{10}");
        assertThat(luhnValid(card)).as("Luhn of %s", card).isTrue();
        assertThat(card).isEqualTo(CardNumber.forMember(rs.getLong("id")).value());
        assertThat(rs.getString("phone")).matches("^1[3-9]\\d{9}$");
        cards.add(card);
        phones.add(rs.getString("phone"));
      }
    }
    assertThat(cards).hasSize((int) count("select count(*) from member"));
    assertThat(phones).hasSameSizeAs(cards);
  }

  @Test
  void demoLoginsHaveTheirRolesAndVerifyThePassword() throws Exception {
    Map<String, String> roles = new HashMap<>();
    Map<String, String> hashes = new HashMap<>();
    List<String> merchantTenants = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "select u.username, u.password_hash, r.role, t.code from app_user u"
                    + " join app_user_role r on r.user_id = u.id"
                    + " left join tenant t on t.id = u.tenant_id")) {
      while (rs.next()) {
        roles.put(rs.getString(1), rs.getString(3));
        hashes.put(rs.getString(1), rs.getString(2));
        if (rs.getString(4) != null) {
          merchantTenants.add(rs.getString(1) + "@" + rs.getString(4));
        }
      }
    }
    assertThat(roles)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "admin", "OPERATOR_ADMIN",
                "marketing", "OPERATOR_MARKETING",
                "finance", "OPERATOR_FINANCE",
                "finance2", "OPERATOR_FINANCE",
                "service", "OPERATOR_SERVICE",
                "fb001", "MERCHANT_ASSISTANT",
                "fa001", "MERCHANT_ASSISTANT",
                "fb001-manager", "MERCHANT_MANAGER",
                "marketing-cd", "OPERATOR_MARKETING"));
    assertThat(merchantTenants)
        .containsExactlyInAnyOrder("fb001@FB001", "fa001@FA001", "fb001-manager@FB001");
    for (var user : hashes.entrySet()) {
      assertThat(pbkdf2Verifies("Atrium#2026", user.getValue())).as(user.getKey()).isTrue();
    }
    assertThat(pbkdf2Verifies("atrium#2026", hashes.get("admin"))).isFalse();
  }

  @Test
  void theSeedAppliesOnlyOnce() {
    assertThat(seed().migrationsExecuted).isZero();
  }

  /** The check Jakarta Security's Pbkdf2PasswordHash does: algorithm:iterations:salt:hash. */
  private static boolean pbkdf2Verifies(String password, String stored) throws Exception {
    String[] parts = stored.split(":");
    assertThat(parts).hasSize(4);
    assertThat(parts[0]).isEqualTo("PBKDF2WithHmacSHA256");
    assertThat(parts[1]).isEqualTo("600000");
    byte[] salt = Base64.getDecoder().decode(parts[2]);
    byte[] expected = Base64.getDecoder().decode(parts[3]);
    assertThat(salt).hasSize(32);
    assertThat(expected).hasSize(32);
    byte[] actual =
        SecretKeyFactory.getInstance(parts[0])
            .generateSecret(
                new PBEKeySpec(
                    password.toCharArray(), salt, Integer.parseInt(parts[1]), expected.length * 8))
            .getEncoded();
    return MessageDigest.isEqual(expected, actual);
  }

  private static boolean luhnValid(String number) {
    int sum = 0;
    for (int i = 0; i < number.length(); i++) {
      int digit = number.charAt(number.length() - 1 - i) - '0';
      if (i % 2 == 1) {
        digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
      }
      sum += digit;
    }
    return sum % 10 == 0;
  }

  private static long count(String sql) throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static String string(String sql) throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }
}
