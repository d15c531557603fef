package com.atrium.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.atrium.platform.H2Twin.Dialect;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * V55 records on each exchange whether it was drawn from the prepaid deposit, filled from the
 * deposit's movements: run on both databases' scripts (H2 in each one's mode) on exchanges written
 * under V54, it marks exactly the exchanges with an {@code EXCHANGE_IN} movement, whatever their
 * partner's mode is now or whether they were reversed since.
 */
class DrawnFromDepositBackfillTest {

  private static final MigrationVersion V55 = MigrationVersion.fromVersion("55");

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void v55MarksTheExchangesWhoseDepositMovementDrewThem(Dialect dialect) throws Exception {
    String vendor = dialect == Dialect.ORACLE ? "oracle" : "postgresql";
    List<MigrationScript> all = OracleMigrationsTest.migrations(vendor);
    try (H2Twin twin = new H2Twin(dialect)) {
      twin.apply(all.stream().filter(s -> V55.isNewerThan(s.version().getVersion())).toList());
      OracleMigrationsTest.execute(
          twin,
          // the exchanges' partner, link, member, agreement and entries are not what V55 reads
          "set referential_integrity false",
          // 70 drew from the deposit (postpaid now), 71 was charged, 72 drew and was reversed,
          // 73 is an exchange out
          exchange(70, "IN", "COMPLETED"),
          exchange(71, "IN", "COMPLETED"),
          exchange(72, "IN", "REVERSED"),
          exchange(73, "OUT", "CONFIRMED"),
          movement(80, "TOP_UP", "100.00", null),
          movement(81, "EXCHANGE_IN", "-10.60", 70L),
          movement(82, "EXCHANGE_IN", "-2.52", 72L),
          movement(83, "REVERSAL", "2.52", 72L),
          "set referential_integrity true");

      twin.apply(all.stream().filter(s -> s.version().equals(V55)).toList());

      List<String> drawn = new ArrayList<>();
      try (var s = twin.connection().createStatement();
          ResultSet rs =
              s.executeQuery("select id, drawn_from_deposit from partner_exchange order by id")) {
        while (rs.next()) {
          drawn.add(rs.getLong(1) + ":" + rs.getBoolean(2));
        }
      }
      assertThat(drawn).containsExactly("70:true", "71:false", "72:true", "73:false");
    }
  }

  private static String exchange(long id, String direction, String state) {
    return "insert into partner_exchange (id, partner_id, partner_txn_id, link_id, member_id,"
        + " agreement_id, direction, state, points, partner_amount, value_cny, fee, request_hash,"
        + " entry_id, business_day, requested_at, reversible_until) values ("
        + id
        + ", 1, 'X"
        + id
        + "', 2, 3, 4, '"
        + direction
        + "', '"
        + state
        + "', 100, 1000, 1.00, 0.51, 'h', "
        + id
        + ", date '2026-11-03', current_timestamp, current_timestamp)";
  }

  private static String movement(long id, String reason, String amount, Long exchange) {
    // a reference each: H2 takes two null references of one partner for a duplicate (V38's index)
    return "insert into partner_deposit_movement (id, partner_id, reason, amount, balance_after,"
        + " exchange_id, reference, created_at) values ("
        + id
        + ", 1, '"
        + reason
        + "', "
        + amount
        + ", 0, "
        + exchange
        + ", 'R"
        + id
        + "', current_timestamp)";
  }
}
