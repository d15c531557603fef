package com.atrium.ledger;

import com.atrium.platform.Clock;
import com.atrium.platform.DomainException;
import com.atrium.security.CurrentCaller;
import com.atrium.tenant.MallConfiguration;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The only door to points. Every change is one balanced journal entry, written in the caller's
 * transaction; the member's account row is locked for the duration, so concurrent postings for one
 * member serialise and can never overdraw or double-apply.
 */
@Stateless
public class LedgerService {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Clock clock;
  @Inject CurrentCaller caller;
  @Inject MallConfiguration configuration;

  public LedgerAccount openMemberAccount(long memberId) {
    LedgerAccount account = LedgerAccount.ofMember(memberId);
    em.persist(account);
    return account;
  }

  public void openTenantAccounts(long tenantId) {
    em.persist(LedgerAccount.ofTenant(AccountKind.TENANT_ISSUANCE, tenantId));
    em.persist(LedgerAccount.ofTenant(AccountKind.TENANT_REDEMPTION, tenantId));
  }

  /**
   * Credits points earned at a tenant: the member's account against the tenant's issuance account,
   * and a lot that expires by the mall's policy.
   */
  public Posting creditFromTenant(
      long memberId, long tenantId, long points, Instant occurredAt, String description) {
    if (points <= 0) {
      throw new IllegalArgumentException("credit needs a positive number of points");
    }
    LedgerAccount member = lockMemberAccount(memberId);
    LedgerAccount issuer = tenantAccount(tenantId, AccountKind.TENANT_ISSUANCE);
    JournalEntry entry =
        JournalEntry.transfer(
            EntryKind.EARN,
            occurredAt,
            clock.now(),
            memberId,
            tenantId,
            description,
            issuer.id(),
            member.id(),
            points);
    em.persist(entry);
    member.post(points);
    em.persist(
        new PointsLot(
            member.id(), issuer.id(), entry.id(), points, occurredAt, expiryOf(occurredAt)));
    return new Posting(entry.id(), member.balance());
  }

  /** The member's current balance (0 for a member without an account yet). */
  public long balanceOf(long memberId) {
    return memberAccount(memberId).map(LedgerAccount::balance).orElse(0L);
  }

  /**
   * The member's recent history, newest first, with the running balance after each line. A
   * tenant-scoped caller sees only the lines of entries at their own tenant.
   */
  public MemberHistory historyOf(long memberId, int limit) {
    Optional<LedgerAccount> account = memberAccount(memberId);
    if (account.isEmpty()) {
      return new MemberHistory(0, List.of());
    }
    Optional<Long> scope = caller.tenantId();
    String sql =
        "select h.occurred_at, h.kind, h.tenant_name, h.description, h.points, h.running from ("
            + " select e.occurred_at, e.id as entry_id, e.kind, t.name as tenant_name, e.description,"
            + " l.points, e.tenant_id,"
            + " sum(l.points) over (order by e.occurred_at, e.id) as running"
            + " from journal_line l join journal_entry e on e.id = l.entry_id"
            + " left join tenant t on t.id = e.tenant_id"
            + " where l.account_id = ?1) h"
            + (scope.isPresent() ? " where h.tenant_id = ?2" : "")
            + " order by h.occurred_at desc, h.entry_id desc";
    var query = em.createNativeQuery(sql).setParameter(1, account.get().id());
    scope.ifPresent(t -> query.setParameter(2, t));
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        query.setMaxResults(Math.max(1, Math.min(limit, 500))).getResultList();
    return new MemberHistory(
        account.get().balance(),
        rows.stream()
            .map(
                r ->
                    new HistoryRow(
                        toInstant(r[0]),
                        (String) r[1],
                        (String) r[2],
                        (String) r[3],
                        ((Number) r[4]).longValue(),
                        ((Number) r[5]).longValue()))
            .toList());
  }

  private static Instant toInstant(Object value) {
    if (value instanceof Timestamp ts) {
      return ts.toInstant();
    }
    if (value instanceof java.time.OffsetDateTime odt) {
      return odt.toInstant();
    }
    if (value instanceof Instant i) {
      return i;
    }
    throw new IllegalStateException("unexpected timestamp type " + value.getClass());
  }

  /** When points earned at that instant expire, by the mall's configured policy. */
  Instant expiryOf(Instant earnedAt) {
    return configuration.expiryPolicy().expiresAt(earnedAt);
  }

  private Optional<LedgerAccount> memberAccount(long memberId) {
    return em.createNamedQuery("LedgerAccount.ofMember", LedgerAccount.class)
        .setParameter("member", memberId)
        .setParameter("kind", AccountKind.MEMBER)
        .getResultStream()
        .findFirst();
  }

  private LedgerAccount lockMemberAccount(long memberId) {
    return em.createNamedQuery("LedgerAccount.ofMember", LedgerAccount.class)
        .setParameter("member", memberId)
        .setParameter("kind", AccountKind.MEMBER)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst()
        .orElseThrow(
            () -> DomainException.notFound("MEMBER_ACCOUNT_MISSING", "Member has no account"));
  }

  private LedgerAccount tenantAccount(long tenantId, AccountKind kind) {
    return em.createNamedQuery("LedgerAccount.ofTenant", LedgerAccount.class)
        .setParameter("tenant", tenantId)
        .setParameter("kind", kind)
        .getResultStream()
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalStateException("tenant " + tenantId + " has no " + kind + " account"));
  }
}
