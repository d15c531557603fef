package com.atrium.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.atrium.platform.H2Twin.Dialect;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * V12 gives sales, point payments, refunds, redemptions and lots their mall, filled from the rows
 * already there: run on both databases' scripts (H2 in each one's mode), on rows written under V11
 * at two malls, it fills what docs/ledger.md and docs/redemption.md say and leaves null only where
 * they allow it. V14 does the same for rewards and member flags.
 */
class MallBackfillTest {

  private static final MigrationVersion V12 = MigrationVersion.fromVersion("12");
  private static final MigrationVersion V15 = MigrationVersion.fromVersion("15");

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void v12FillsEveryRecordsMallFromWhereItWasMade(Dialect dialect) throws Exception {
    String vendor = dialect == Dialect.ORACLE ? "oracle" : "postgresql";
    List<MigrationScript> all = OracleMigrationsTest.migrations(vendor);
    try (H2Twin twin = new H2Twin(dialect)) {
      v11Rows(twin, dialect, all);

      twin.apply(all.stream().filter(s -> s.version().equals(V12)).toList());

      assertThat(malls(twin, "sale")).containsExactly("50:1");
      assertThat(malls(twin, "points_lot")).containsExactly("40:1", "41:1", "42:1");
      assertThat(malls(twin, "point_payment")).containsExactly("100:2");
      assertThat(malls(twin, "refund")).containsExactly("110:1");
      assertThat(malls(twin, "redemption")).containsExactly("90:2", "91:null", "92:2", "93:1");
    }
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void v14GivesATenantsRewardItsTenantsMallAndAFlagItsRefundsMall(Dialect dialect)
      throws Exception {
    String vendor = dialect == Dialect.ORACLE ? "oracle" : "postgresql";
    List<MigrationScript> all = OracleMigrationsTest.migrations(vendor);
    try (H2Twin twin = new H2Twin(dialect)) {
      v11Rows(twin, dialect, all);
      OracleMigrationsTest.execute(twin, flag(120, "110"), flag(121, "null"));

      twin.apply(
          all.stream()
              .filter(s -> s.version().compareTo(V12) >= 0 && s.version().compareTo(V15) < 0)
              .toList());

      // the operator's reward stays the group's; the tenant's is its tenant's mall's
      assertThat(malls(twin, "reward")).containsExactly("80:null", "81:1");
      assertThat(malls(twin, "member_flag")).containsExactly("120:1", "121:null");
    }
  }

  private static String flag(long id, String refund) {
    return "insert into member_flag (id, member_id, kind, points, detail, refund_id, created_at)"
        + " values ("
        + id
        + ", 1, 'REFUND_UNRECOVERED', 5, 'd', "
        + refund
        + ", current_timestamp)";
  }

  /**
   * The rows as V11 holds them, on a twin migrated to V11: mall 1 (tenant 11), mall 2 (tenant 12).
   */
  private static void v11Rows(H2Twin twin, Dialect dialect, List<MigrationScript> all)
      throws Exception {
    twin.apply(all.stream().filter(s -> V12.isNewerThan(s.version().getVersion())).toList());
    if (dialect == Dialect.POSTGRESQL) {
      // the twin of this partial index has lost its "where" (H2 has none): it would allow
      // one account of each kind in all
      OracleMigrationsTest.execute(twin, "drop index ledger_account_operator_uq");
    }
    // the rows as V11 holds them: mall 1 (tenant 11), mall 2 (tenant 12)
    OracleMigrationsTest.execute(
        twin,
        "insert into mall (id, code, name, zone_id, created_at)"
            + " values (1, 'M1', 'One', 'Asia/Shanghai', current_timestamp)",
        "insert into mall (id, code, name, zone_id, created_at)"
            + " values (2, 'M2', 'Two', 'Asia/Shanghai', current_timestamp)",
        tenant(11, 1),
        tenant(12, 2),
        "insert into member (id, phone, card_number, name, tier, status, terms_accepted_at,"
            + " registered_at) values (1, '13800000001', 'C1', 'Li', 'BASIC', 'ACTIVE',"
            + " current_timestamp, current_timestamp)",
        "insert into ledger_account (id, kind, member_id) values (20, 'MEMBER', 1)",
        "insert into ledger_account (id, kind, tenant_id) values (21, 'TENANT_ISSUANCE', 11)",
        "insert into ledger_account (id, kind, tenant_id) values (22, 'TENANT_ISSUANCE', 12)",
        "insert into ledger_account (id, kind, tenant_id) values (23, 'TENANT_REDEMPTION', 12)",
        "insert into ledger_account (id, kind) values (24, 'OPERATOR_MARKETING')",
        // a sale at tenant 11 with a campaign: a tenant lot and an operator lot
        entry(30, "EARN", "11", "null"),
        lot(40, 21, 30),
        lot(41, 24, 30),
        sale(50, 11, 30),
        // a reward of the operator's own stock redeemed at tenant 12's POS, from lot 41, then
        // cancelled after lot 41 expired: the points went back to a new operator lot (42)
        entry(31, "REDEEM", "null", "null"),
        "insert into lot_consumption (id, entry_id, lot_id, points) values (60, 31, 41, 5)",
        entry(32, "REVERSAL", "null", "31"),
        lot(42, 24, 32),
        "insert into api_client (key_id, kind, tenant_id, created_at)"
            + " values ('pos-12', 'POS', 12, current_timestamp)",
        "insert into app_user (id, username, password_hash, display_name, created_at)"
            + " values (70, 'desk', 'x', 'Desk', current_timestamp)",
        "insert into app_user (id, username, password_hash, display_name, mall_id, created_at)"
            + " values (71, 'desk-m2', 'x', 'Desk M2', 2, current_timestamp)",
        reward(80, "null"),
        reward(81, "11"),
        redemption(90, 80, "null", 31, "pos-12"),
        redemption(91, 80, "null", 31, "desk"),
        redemption(92, 80, "null", 31, "desk-m2"),
        redemption(93, 81, "11", 31, "desk"),
        // points as cash at tenant 12, a refund of the sale at tenant 11
        "insert into point_payment (id, tenant_id, member_id, payment_reference, bill_amount,"
            + " points, cash_value, journal_entry_id, balance_after, channel, request_hash,"
            + " recorded_by, recorded_at) values (100, 12, 1, 'P1', 10, 5, 1, 31, 0, 'POS', 'h',"
            + " 'pos-12', current_timestamp)",
        "insert into refund (id, tenant_id, sale_id, member_id, refund_reference, amount, points,"
            + " points_reversed, points_recovered, points_unrecovered, policy, balance_after,"
            + " request_hash, recorded_by, recorded_at) values (110, 11, 50, 1, 'R1', 1, 0, 0, 0,"
            + " 0, 'STOP_AT_ZERO', 0, 'h', 'pos-11', current_timestamp)");
  }

  private static List<String> malls(H2Twin twin, String table) throws SQLException {
    List<String> out = new ArrayList<>();
    try (var s = twin.connection().createStatement();
        ResultSet rs = s.executeQuery("select id, mall_id from " + table + " order by id")) {
      while (rs.next()) {
        out.add(rs.getLong(1) + ":" + rs.getObject(2));
      }
    }
    return out;
  }

  private static String tenant(long id, long mall) {
    return "insert into tenant (id, mall_id, code, name, category, status, created_at) values ("
        + id
        + ", "
        + mall
        + ", 'T"
        + id
        + "', 'T', 'FOOD', 'ACTIVE', current_timestamp)";
  }

  private static String entry(long id, String kind, String tenant, String reverses) {
    return "insert into journal_entry (id, kind, occurred_at, recorded_at, member_id, tenant_id,"
        + " reverses_entry_id) values ("
        + id
        + ", '"
        + kind
        + "', current_timestamp, current_timestamp, 1, "
        + tenant
        + ", "
        + reverses
        + ")";
  }

  private static String lot(long id, long issuer, long entry) {
    return "insert into points_lot (id, member_account_id, issuer_account_id, credit_entry_id,"
        + " points_earned, points_remaining, earned_at, expires_at) values ("
        + id
        + ", 20, "
        + issuer
        + ", "
        + entry
        + ", 5, 5, current_timestamp, current_timestamp)";
  }

  private static String sale(long id, long tenant, long entry) {
    return "insert into sale (id, tenant_id, member_id, receipt_number, amount, occurred_at,"
        + " points, explanation, journal_entry_id, channel, request_hash, recorded_by,"
        + " recorded_at) values ("
        + id
        + ", "
        + tenant
        + ", 1, 'S"
        + id
        + "', 10, current_timestamp, 10, '-', "
        + entry
        + ", 'POS', 'h', 'pos', current_timestamp)";
  }

  private static String reward(long id, String provider) {
    return "insert into reward (id, code, name, points_price, stock, per_member_limit, valid_from,"
        + " valid_until, coupon_valid_days, provider_tenant_id, status, created_at) values ("
        + id
        + ", 'RW"
        + id
        + "', 'Reward', 5, 10, 1, current_timestamp, current_timestamp + 1, 30, "
        + provider
        + ", 'ACTIVE', current_timestamp)";
  }

  private static String redemption(
      long id, long reward, String provider, long entry, String client) {
    return "insert into redemption (id, reward_id, member_id, provider_tenant_id, points,"
        + " journal_entry_id, balance_after, coupon_code, status, issued_at, valid_until,"
        + " channel, client, request_hash) values ("
        + id
        + ", "
        + reward
        + ", 1, "
        + provider
        + ", 5, "
        + entry
        + ", 0, 'CODE"
        + id
        + "', 'ISSUED', current_timestamp, current_timestamp, 'POS', '"
        + client
        + "', 'h')";
  }
}
