package com.atrium.ledger;

import com.atrium.platform.Clock;
import com.atrium.platform.Database;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The expiry batches that {@link ExpiryJob} runs, each in its own transaction: due lots go to the
 * breakage account, one EXPIRE entry per lot. Claims member accounts with {@code for update skip
 * locked} (the only per-database SQL of the ledger's writes), so concurrent runs never expire a lot
 * twice.
 */
@Stateless
public class LotExpiry {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Clock clock;
  @Inject LedgerAccounts accounts;
  @EJB Database database;

  /**
   * Opens the breakage account if the database has none yet, in its own transaction, before the
   * batches need it.
   */
  public long openBreakageAccount() {
    return accounts.operatorAccountId(AccountKind.BREAKAGE);
  }

  /**
   * Expires the due lots (expires_at at or before {@code at}, points left) of up to {@code
   * maxAccounts} member accounts, in the caller's transaction: per lot one EXPIRE entry from the
   * member's account to the breakage account, recorded at the lot's issuer's tenant, the lot
   * emptied and its consumption written, all in the same transaction. The member accounts are
   * claimed with {@code for update skip locked}: a second run (another instance sharing the
   * database) skips them and claims others, and a lot emptied by a committed run is no longer due,
   * so each lot expires exactly once.
   */
  public ExpiryBatch expireDueLots(Instant at, int maxAccounts) {
    List<Long> accountIds = claimAccountsWithDueLots(at, maxAccounts);
    if (accountIds.isEmpty()) {
      return new ExpiryBatch(0, 0, 0);
    }
    @SuppressWarnings("unchecked")
    List<Number> lotIds =
        em.createNativeQuery(
                "select p.id from points_lot p where p.member_account_id in ("
                    + accountIds.stream().map(String::valueOf).collect(Collectors.joining(","))
                    + ") and p.points_remaining > 0 and p.expires_at <= ?1"
                    + " order by p.member_account_id, p.id")
            .setParameter(1, Timestamp.from(at))
            .getResultList();
    if (lotIds.isEmpty()) {
      return new ExpiryBatch(accountIds.size(), 0, 0);
    }
    LedgerAccount breakage = accounts.operatorAccount(AccountKind.BREAKAGE);
    Map<Long, LedgerAccount> accounts = new HashMap<>();
    Map<Long, Long> issuerTenants = new HashMap<>();
    Instant now = clock.now();
    long points = 0;
    for (Number lotId : lotIds) {
      PointsLot lot = em.find(PointsLot.class, lotId.longValue());
      LedgerAccount member =
          accounts.computeIfAbsent(lot.memberAccountId(), id -> em.find(LedgerAccount.class, id));
      Long tenant =
          issuerTenants.computeIfAbsent(
              lot.issuerAccountId(), id -> em.find(LedgerAccount.class, id).tenantId());
      long p = lot.pointsRemaining();
      JournalEntry entry =
          JournalEntry.transfer(
              EntryKind.EXPIRE,
              lot.expiresAt(),
              now,
              member.memberId(),
              tenant,
              "Expiry of lot " + lot.id(),
              member.id(),
              breakage.id(),
              p);
      em.persist(entry);
      member.post(-p);
      Lots.take(em, entry.id(), Lots.plan(List.of(lot), p), List.of(lot));
      points += p;
    }
    return new ExpiryBatch(accountIds.size(), lotIds.size(), points);
  }

  private List<Long> claimAccountsWithDueLots(Instant at, int maxAccounts) {
    boolean oracle = "oracle".equals(database.vendorName());
    // Oracle refuses FETCH FIRST together with FOR UPDATE; ROWNUM is applied before the skip, so
    // a batch may come back short there, which only makes the run take more batches.
    String sql =
        "select a.id from ledger_account a where a.kind = 'MEMBER' and exists ("
            + " select 1 from points_lot p where p.member_account_id = a.id"
            + " and p.points_remaining > 0 and p.expires_at <= ?1)"
            + (oracle
                ? " and rownum <= " + maxAccounts + " for update skip locked"
                : " order by a.id fetch first "
                    + maxAccounts
                    + " rows only for update skip locked");
    @SuppressWarnings("unchecked")
    List<Number> ids =
        em.createNativeQuery(sql).setParameter(1, Timestamp.from(at)).getResultList();
    return ids.stream().map(Number::longValue).toList();
  }
}
