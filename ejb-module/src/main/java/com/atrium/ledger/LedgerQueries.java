package com.atrium.ledger;

import com.atrium.platform.Page;
import com.atrium.security.CurrentCaller;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What a member's points look like: history, next expiry, and the reminder job's expiring points.
 * Read-only; the set-based figures for clearing and reports are {@link LedgerReadings}.
 */
@Stateless
public class LedgerQueries {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject CurrentCaller caller;
  @Inject LedgerAccounts accounts;

  /**
   * The member's balance and recent lines, newest first, with the running balance after each. A
   * tenant-scoped caller sees only the lines of entries at their own tenant, each with the running
   * sum of those lines: the member's points at that store.
   */
  public MemberStatement statementOf(long memberId, int limit) {
    Page<StatementLine> page = statementPage(memberId, 0, Math.max(1, Math.min(limit, 500)));
    return new MemberStatement(accounts.balanceOf(memberId), page.rows());
  }

  /**
   * One page of the member's lines, newest first: every credit, debit, expiry and reversal with the
   * running balance after it, computed over all the member's lines (the true balance) for an
   * operator, and over the tenant's own lines for a tenant-scoped caller (the member's points at
   * that store, so that a store's rows add up; the overall balance is on the member card).
   */
  public Page<StatementLine> statementPage(long memberId, int offset, int limit) {
    Optional<LedgerAccount> account = accounts.memberAccount(memberId);
    if (account.isEmpty()) {
      return new Page<>(List.of(), offset, limit, 0);
    }
    return StatementQuery.page(em, account.get().id(), caller.tenantId(), offset, limit);
  }

  /**
   * The soonest expiry of the member's open lots and how many points expire then; empty when the
   * member holds no points. Lots past their expiry that the nightly job has not taken yet count
   * (they are still spendable until it runs).
   */
  public Optional<ExpiringPoints> nextExpiryOf(long memberId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select p.expires_at, sum(p.points_remaining) from points_lot p"
                    + " join ledger_account a on a.id = p.member_account_id"
                    + " where a.member_id = ?1 and a.kind = 'MEMBER' and p.points_remaining > 0"
                    + " group by p.expires_at order by p.expires_at")
            .setParameter(1, memberId)
            .setMaxResults(1)
            .getResultList();
    return rows.stream()
        .findFirst()
        .map(
            r ->
                new ExpiringPoints(memberId, SqlValues.instant(r[0]), ((Number) r[1]).longValue()));
  }

  /**
   * Every member's open points that expire after {@code from} and at or before {@code to}, one row
   * per member and expiry instant, in member order: one set-based query for the reminder job.
   */
  public List<ExpiringPoints> expiringBetween(Instant from, Instant to) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select a.member_id, p.expires_at, sum(p.points_remaining) from points_lot p"
                    + " join ledger_account a on a.id = p.member_account_id"
                    + " where p.points_remaining > 0 and p.expires_at > ?1 and p.expires_at <= ?2"
                    + " and a.kind = 'MEMBER'"
                    + " group by a.member_id, p.expires_at order by a.member_id, p.expires_at")
            .setParameter(1, Timestamp.from(from))
            .setParameter(2, Timestamp.from(to))
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new ExpiringPoints(
                    ((Number) r[0]).longValue(),
                    SqlValues.instant(r[1]),
                    ((Number) r[2]).longValue()))
        .toList();
  }
}
