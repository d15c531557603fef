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
 * V15 gives every sale the member's tier and birthday month it was evaluated with, filled from the
 * tier history: run on both databases' scripts (H2 in each one's mode), on sales written under V14
 * around two tier changes, it fills the tier the member held when each sale was booked.
 */
class SaleFactsBackfillTest {

  private static final MigrationVersion V15 = MigrationVersion.fromVersion("15");

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void v15FillsTheTierHeldWhenEachSaleWasBookedAndItsBirthdayMonth(Dialect dialect)
      throws Exception {
    String vendor = dialect == Dialect.ORACLE ? "oracle" : "postgresql";
    List<MigrationScript> all = OracleMigrationsTest.migrations(vendor);
    try (H2Twin twin = new H2Twin(dialect)) {
      twin.apply(all.stream().filter(s -> V15.isNewerThan(s.version().getVersion())).toList());
      OracleMigrationsTest.execute(
          twin,
          "insert into mall (id, code, name, zone_id, created_at)"
              + " values (1, 'M1', 'One', 'Asia/Shanghai', current_timestamp)",
          "insert into tenant (id, mall_id, code, name, category, status, created_at)"
              + " values (11, 1, 'T11', 'T', 'FOOD', 'ACTIVE', current_timestamp)",
          // member 1: GOLD now, STANDARD until 10 March, SILVER until 20 March; born in March
          member(1, "GOLD", "date '1990-03-15'"),
          // member 2: never changed tier, no birthday
          member(2, "SILVER", "null"),
          change(30, 1, "2026-03-10 00:00:00", "STANDARD", "SILVER"),
          change(31, 1, "2026-03-20 00:00:00", "SILVER", "GOLD"),
          // 28 Feb 17:00 UTC is 1 March in Shanghai: the birthday month
          sale(50, 1, "2026-02-28 17:00:00", "2026-03-01 00:00:00"),
          // booked at the instant of the change it caused: evaluated before it
          sale(51, 1, "2026-03-09 23:00:00", "2026-03-10 00:00:00"),
          sale(52, 1, "2026-03-15 00:00:00", "2026-03-15 00:00:00"),
          // occurred before the change, booked after it: the tier held when booked
          sale(53, 1, "2026-03-19 00:00:00", "2026-03-21 00:00:00"),
          // 28 Feb 15:00 UTC is still 28 February in Shanghai
          sale(54, 1, "2026-02-28 15:00:00", "2026-02-28 15:00:00"),
          sale(55, 2, "2026-03-15 00:00:00", "2026-03-15 00:00:00"));

      twin.apply(all.stream().filter(s -> s.version().equals(V15)).toList());

      assertThat(facts(twin))
          .containsExactly(
              "50:STANDARD:true",
              "51:STANDARD:true",
              "52:SILVER:true",
              "53:GOLD:true",
              "54:STANDARD:false",
              "55:SILVER:false");
    }
  }

  private static List<String> facts(H2Twin twin) throws SQLException {
    List<String> out = new ArrayList<>();
    try (var s = twin.connection().createStatement();
        ResultSet rs =
            s.executeQuery("select id, tier_code, birthday_month from sale order by id")) {
      while (rs.next()) {
        out.add(rs.getLong(1) + ":" + rs.getString(2) + ":" + rs.getBoolean(3));
      }
    }
    return out;
  }

  private static String member(long id, String tier, String birthday) {
    return "insert into member (id, phone, card_number, name, birthday, tier, status,"
        + " terms_accepted_at, registered_at) values ("
        + id
        + ", '1380000000"
        + id
        + "', 'C"
        + id
        + "', 'M', "
        + birthday
        + ", '"
        + tier
        + "', 'ACTIVE', current_timestamp, current_timestamp)";
  }

  private static String change(long id, long member, String at, String from, String to) {
    return "insert into tier_change (id, member_id, changed_at, from_tier, to_tier, cause,"
        + " qualifying_spend, actor) values ("
        + id
        + ", "
        + member
        + ", "
        + utc(at)
        + ", '"
        + from
        + "', '"
        + to
        + "', 'QUALIFIED', 0, 'system')";
  }

  private static String sale(long id, long member, String occurred, String recorded) {
    return "insert into sale (id, tenant_id, mall_id, member_id, receipt_number, amount,"
        + " occurred_at, points, explanation, channel, request_hash, recorded_by, recorded_at)"
        + " values ("
        + id
        + ", 11, 1, "
        + member
        + ", 'S"
        + id
        + "', 10, "
        + utc(occurred)
        + ", 10, '-', 'POS', 'h', 'pos', "
        + utc(recorded)
        + ")";
  }

  private static String utc(String localDateTime) {
    return "timestamp with time zone '" + localDateTime + "+00:00'";
  }
}
