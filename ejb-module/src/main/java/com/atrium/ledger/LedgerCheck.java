package com.atrium.ledger;

import com.atrium.platform.Clock;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Verifies the ledger's invariants over the whole database, one aggregate query per rule (plain SQL
 * that PostgreSQL and Oracle both run): every entry's lines sum to zero; every member account's
 * stored balance equals the sum of its lines and the sum of its open lots (0 when the balance is
 * negative); no member balance is below zero unless the policy allows it; every lot's net
 * consumption lies between 0 and its earned points, and its remaining points are earned minus
 * consumed. Reads only. Each rule is one statement, so it compares values from one snapshot: a
 * posting committed while the check runs cannot show up as a false discrepancy.
 */
@Stateless
public class LedgerCheck {

  /** At most this many discrepancies are listed per rule. */
  public static final int MAX_PER_KIND = 100;

  private static final String LOT_CONSUMED =
      " from points_lot l left join (select lot_id, sum(points) as consumed from lot_consumption"
          + " group by lot_id) c on c.lot_id = l.id";

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "atrium.ledger.allow-negative-balance", defaultValue = "false")
  boolean negativeBalanceAllowed;

  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public LedgerCheckReport run() {
    Instant start = clock.now();
    List<Discrepancy> found = new ArrayList<>();
    boolean truncated = false;
    truncated |=
        collect(
            found,
            Discrepancy.UNBALANCED_ENTRY,
            "ENTRY",
            "select entry_id, 0, sum(points) from journal_line group by entry_id"
                + " having sum(points) <> 0 order by entry_id");
    truncated |=
        collect(
            found,
            Discrepancy.BALANCE_NOT_SUM_OF_LINES,
            "ACCOUNT",
            "select a.id, coalesce(s.total, 0), a.balance from ledger_account a"
                + " left join (select account_id, sum(points) as total from journal_line"
                + " group by account_id) s on s.account_id = a.id"
                + " where a.kind = 'MEMBER' and a.balance <> coalesce(s.total, 0) order by a.id");
    truncated |=
        collect(
            found,
            Discrepancy.BALANCE_NOT_SUM_OF_LOTS,
            "ACCOUNT",
            "select a.id, case when a.balance > 0 then a.balance else 0 end, coalesce(s.total, 0)"
                + " from ledger_account a left join (select member_account_id,"
                + " sum(points_remaining) as total from points_lot group by member_account_id) s"
                + " on s.member_account_id = a.id where a.kind = 'MEMBER'"
                + " and case when a.balance > 0 then a.balance else 0 end <> coalesce(s.total, 0)"
                + " order by a.id");
    if (!negativeBalanceAllowed) {
      truncated |=
          collect(
              found,
              Discrepancy.NEGATIVE_BALANCE,
              "ACCOUNT",
              "select id, 0, balance from ledger_account where kind = 'MEMBER' and balance < 0"
                  + " order by id");
    }
    truncated |=
        collect(
            found,
            Discrepancy.LOT_OVERCONSUMED,
            "LOT",
            "select l.id, l.points_earned, coalesce(c.consumed, 0)"
                + LOT_CONSUMED
                + " where coalesce(c.consumed, 0) > l.points_earned or coalesce(c.consumed, 0) < 0"
                + " order by l.id");
    truncated |=
        collect(
            found,
            Discrepancy.LOT_REMAINING_NOT_EARNED_MINUS_CONSUMED,
            "LOT",
            "select l.id, l.points_earned - coalesce(c.consumed, 0), l.points_remaining"
                + LOT_CONSUMED
                + " where l.points_remaining <> l.points_earned - coalesce(c.consumed, 0)"
                + " order by l.id");
    Instant end = clock.now();
    return new LedgerCheckReport(end, Duration.between(start, end).toMillis(), found, truncated);
  }

  /** Runs one rule's query (columns: id, expected, actual); true when it found more than listed. */
  private boolean collect(List<Discrepancy> into, String kind, String subject, String sql) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows = em.createNativeQuery(sql).setMaxResults(MAX_PER_KIND + 1).getResultList();
    rows.stream()
        .limit(MAX_PER_KIND)
        .forEach(
            r ->
                into.add(
                    new Discrepancy(
                        kind,
                        subject,
                        ((Number) r[0]).longValue(),
                        ((Number) r[1]).longValue(),
                        ((Number) r[2]).longValue())));
    return rows.size() > MAX_PER_KIND;
  }
}
