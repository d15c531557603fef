package com.atrium.ledger;

import com.atrium.platform.Clock;
import com.atrium.platform.Database;
import com.atrium.platform.DomainException;
import com.atrium.platform.Page;
import com.atrium.security.CurrentCaller;
import com.atrium.tenant.MallConfiguration;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

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
  @EJB Database database;

  @Resource TransactionSynchronizationRegistry transaction;

  /** Tenant account ids by tenant and kind: an account's id never changes once it exists. */
  private static final Map<TenantAccount, Long> TENANT_ACCOUNTS = new ConcurrentHashMap<>();

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
    long issuer = tenantAccount(tenantId, AccountKind.TENANT_ISSUANCE);
    JournalEntry entry =
        JournalEntry.transfer(
            EntryKind.EARN,
            occurredAt,
            clock.now(),
            memberId,
            tenantId,
            description,
            issuer,
            member.id(),
            points);
    em.persist(entry);
    member.post(points);
    // After an allowed overdraft the credit first repays the debt; only the rest opens a lot, so
    // that the open lots always sum to max(balance, 0).
    long toLot = Math.min(points, Math.max(member.balance(), 0));
    if (toLot > 0) {
      em.persist(
          new PointsLot(member.id(), issuer, entry.id(), toLot, occurredAt, expiryOf(occurredAt)));
    }
    return new Posting(entry.id(), member.balance());
  }

  /**
   * Credits the points of one sale funded by two issuers in one entry: {@code tenantPoints} from
   * the tenant's issuance account and {@code operatorPoints} (campaign points) from the operator's
   * marketing account, each with its own lot so that clearing can tell who pays for what. After an
   * allowed overdraft the credit first repays the debt, the operator's points first, and only the
   * rest opens lots (so the open lots still sum to max(balance, 0)).
   */
  public Posting credit(
      long memberId,
      long tenantId,
      long tenantPoints,
      long operatorPoints,
      Instant occurredAt,
      String description) {
    if (tenantPoints < 0 || operatorPoints < 0 || tenantPoints + operatorPoints <= 0) {
      throw new IllegalArgumentException("credit needs a positive number of points");
    }
    if (operatorPoints == 0) {
      return creditFromTenant(memberId, tenantId, tenantPoints, occurredAt, description);
    }
    LedgerAccount member = lockMemberAccount(memberId);
    long tenant = tenantAccount(tenantId, AccountKind.TENANT_ISSUANCE);
    LedgerAccount operator = operatorAccount(AccountKind.OPERATOR_MARKETING);
    Map<Long, Long> from = new LinkedHashMap<>();
    if (tenantPoints > 0) {
      from.put(tenant, tenantPoints);
    }
    from.put(operator.id(), operatorPoints);
    JournalEntry entry =
        JournalEntry.gather(
            EntryKind.EARN,
            occurredAt,
            clock.now(),
            memberId,
            tenantId,
            description,
            from,
            member.id());
    em.persist(entry);
    long points = tenantPoints + operatorPoints;
    member.post(points);
    long toLots = Math.min(points, Math.max(member.balance(), 0));
    long tenantLot = Math.min(tenantPoints, toLots);
    long operatorLot = toLots - tenantLot;
    Instant expires = expiryOf(occurredAt);
    if (tenantLot > 0) {
      em.persist(new PointsLot(member.id(), tenant, entry.id(), tenantLot, occurredAt, expires));
    }
    if (operatorLot > 0) {
      em.persist(
          new PointsLot(member.id(), operator.id(), entry.id(), operatorLot, occurredAt, expires));
    }
    return new Posting(entry.id(), member.balance());
  }

  /**
   * Locks the member's account for the rest of the transaction, so that what the caller reads about
   * the member (for example the points earned today, for a daily cap) stays true until it posts.
   */
  public void lockMember(long memberId) {
    lockMemberAccount(memberId);
  }

  /**
   * Points spent at a tenant's till: from the member's account to the tenant's redemption account,
   * consuming the member's lots soonest-to-expire first. Refuses with INSUFFICIENT_POINTS when the
   * member has fewer points.
   */
  public Posting debitToTenant(
      long memberId, long tenantId, long points, Instant occurredAt, String description) {
    long redemption = tenantAccount(tenantId, AccountKind.TENANT_REDEMPTION);
    return debit(
        memberId,
        redemption,
        tenantId,
        EntryKind.REDEEM,
        points,
        occurredAt,
        description,
        Overdraft.REFUSE);
  }

  /**
   * Takes points from a member's account to another account (a tenant's redemption account, the
   * operator's marketing account for its own rewards, a partner account for an exchange out). The
   * member's account row is locked for the transaction; the open lots are consumed
   * soonest-to-expire first (ties: earned first, then lower id) and each take is recorded as a
   * {@link LotConsumption} of the entry written.
   *
   * @param overdraft {@link Overdraft#REFUSE} unless the caller implements the documented
   *     negative-balance policy
   */
  public Posting debit(
      long memberId,
      long toAccountId,
      Long tenantId,
      EntryKind kind,
      long points,
      Instant occurredAt,
      String description,
      Overdraft overdraft) {
    if (points <= 0) {
      throw new IllegalArgumentException("a debit needs a positive number of points");
    }
    if (kind != EntryKind.REDEEM && kind != EntryKind.REVERSAL) {
      throw new IllegalArgumentException("a debit is a REDEEM or a REVERSAL, not " + kind);
    }
    LedgerAccount member = lockMemberAccount(memberId);
    if (member.id() == toAccountId) {
      throw new IllegalArgumentException("a debit moves points to another account");
    }
    List<PointsLot> lots =
        em.createNamedQuery("PointsLot.openOfAccount", PointsLot.class)
            .setParameter("account", member.id())
            .getResultList();
    ConsumptionPlan plan =
        ConsumptionPlan.of(lots.stream().map(PointsLot::asOpenLot).toList(), points);
    if (plan.uncovered() > 0 && overdraft == Overdraft.REFUSE) {
      throw DomainException.conflict(
          "INSUFFICIENT_POINTS",
          "The member has " + member.balance() + " points, " + points + " needed");
    }
    JournalEntry entry =
        JournalEntry.transfer(
            kind,
            occurredAt,
            clock.now(),
            memberId,
            tenantId,
            description,
            member.id(),
            toAccountId,
            points);
    em.persist(entry);
    member.post(-points, overdraft);
    Map<Long, PointsLot> byId =
        lots.stream().collect(Collectors.toMap(PointsLot::id, Function.identity()));
    for (ConsumptionPlan.Take take : plan.takes()) {
      byId.get(take.lotId()).consume(take.points());
      em.persist(new LotConsumption(entry.id(), take.lotId(), take.points()));
    }
    return new Posting(entry.id(), member.balance());
  }

  /**
   * Cancels {@code points} (at most what is left of the original) of a credit or a debit with a
   * REVERSAL entry that points at it; the original is never changed. Several partial reversals of
   * one entry add up to at most the original.
   *
   * <ul>
   *   <li>A credit (EARN, GRANT): takes the points back from the lot the credit opened, as far as
   *       that lot still holds them. What it could not take, because the member already spent it,
   *       is returned as {@link Reversal#notReversed()}; the caller's policy settles it (for
   *       example {@link #debit} with {@link Overdraft#ALLOW_NEGATIVE}, or flagging the member).
   *   <li>A debit (REDEEM): gives the points back to the lots it consumed, last consumed first; a
   *       lot that has expired by now does not take them back: they go to a new lot of the same
   *       issuer that expires by the mall policy counted from now (docs/ledger.md).
   * </ul>
   */
  public Reversal reverse(long entryId, long points, String reason) {
    if (points <= 0) {
      throw DomainException.invalid(
          "POINTS_INVALID", "points", "Reverse a positive number of points");
    }
    JournalEntry original = em.find(JournalEntry.class, entryId);
    if (original == null) {
      throw DomainException.notFound("ENTRY_NOT_FOUND", "No journal entry " + entryId);
    }
    if (original.memberId() == null
        || !EnumSet.of(EntryKind.EARN, EntryKind.GRANT, EntryKind.REDEEM)
            .contains(original.kind())) {
      throw DomainException.invalid(
          "ENTRY_NOT_REVERSIBLE", "entryId", "A " + original.kind() + " entry cannot be reversed");
    }
    // the member's row lock also serialises concurrent reversals of the same entry
    LedgerAccount member = lockMemberAccount(original.memberId());
    JournalLine memberLine = lineOf(original, member.id(), true);
    JournalLine counterLine = lineOf(original, member.id(), false);
    long already = alreadyReversed(original.id(), member.id());
    long left = Math.abs(memberLine.points()) - already;
    if (points > left) {
      throw DomainException.conflict(
          "REVERSAL_EXCEEDS_ORIGINAL",
          "Entry " + entryId + " has " + left + " points left to reverse, not " + points);
    }
    Instant now = clock.now();
    return memberLine.points() > 0
        ? reverseCredit(original, member, counterLine.accountId(), points, reason, now)
        : reverseDebit(original, member, counterLine.accountId(), already, points, reason, now);
  }

  private Reversal reverseCredit(
      JournalEntry original,
      LedgerAccount member,
      long issuerAccountId,
      long points,
      String reason,
      Instant now) {
    List<PointsLot> lots =
        em.createNamedQuery("PointsLot.ofCredit", PointsLot.class)
            .setParameter("entry", original.id())
            .getResultList();
    long remaining = lots.stream().mapToLong(PointsLot::pointsRemaining).sum();
    long take = ReversalPlan.takeBackFromCredit(remaining, points);
    if (take == 0) {
      return new Reversal(OptionalLong.empty(), 0, points, member.balance());
    }
    // each lot's points go back to the issuer that funded them (a sale may have two: the tenant
    // and the operator's marketing account for campaign points)
    Map<Long, Long> takes = new LinkedHashMap<>();
    Map<Long, Long> toIssuers = new LinkedHashMap<>();
    long left = take;
    for (PointsLot lot : lots) {
      long t = Math.min(left, lot.pointsRemaining());
      if (t > 0) {
        takes.put(lot.id(), t);
        toIssuers.merge(lot.issuerAccountId(), t, Long::sum);
        left -= t;
      }
    }
    JournalEntry entry =
        toIssuers.size() == 1 && toIssuers.containsKey(issuerAccountId)
            ? JournalEntry.reversalOf(original, now, reason, member.id(), issuerAccountId, take)
            : JournalEntry.reversalSpread(original, now, reason, member.id(), toIssuers);
    em.persist(entry);
    member.post(-take);
    Map<Long, PointsLot> byId =
        lots.stream().collect(Collectors.toMap(PointsLot::id, Function.identity()));
    for (var t : takes.entrySet()) {
      byId.get(t.getKey()).consume(t.getValue());
      em.persist(new LotConsumption(entry.id(), t.getKey(), t.getValue()));
    }
    return new Reversal(OptionalLong.of(entry.id()), take, points - take, member.balance());
  }

  private Reversal reverseDebit(
      JournalEntry original,
      LedgerAccount member,
      long redeemerAccountId,
      long already,
      long points,
      String reason,
      Instant now) {
    List<LotConsumption> taken =
        em.createNamedQuery("LotConsumption.ofEntry", LotConsumption.class)
            .setParameter("entry", original.id())
            .getResultList();
    Map<Long, PointsLot> lots = new HashMap<>();
    List<ReversalPlan.Consumed> consumed = new ArrayList<>();
    for (LotConsumption c : taken) {
      PointsLot lot = lots.computeIfAbsent(c.lotId(), id -> em.find(PointsLot.class, id));
      consumed.add(
          new ReversalPlan.Consumed(lot.id(), lot.issuerAccountId(), c.points(), lot.expiresAt()));
    }
    long total = Math.abs(lineOf(original, member.id(), true).points());
    long uncovered = total - consumed.stream().mapToLong(ReversalPlan.Consumed::points).sum();
    ReversalPlan plan = ReversalPlan.forDebit(consumed, uncovered, already, points, now);
    JournalEntry entry =
        JournalEntry.reversalOf(original, now, reason, redeemerAccountId, member.id(), points);
    em.persist(entry);
    member.post(points);
    Map<Long, Long> toNewLots = new LinkedHashMap<>(); // issuer account -> points
    for (ReversalPlan.Restore r : plan.restores()) {
      if (r.toNewLot()) {
        toNewLots.merge(r.issuerAccountId(), r.points(), Long::sum);
      } else {
        lots.get(r.lotId()).restore(r.points(), now);
        em.persist(new LotConsumption(entry.id(), r.lotId(), -r.points()));
      }
    }
    toNewLots.forEach(
        (issuer, p) ->
            em.persist(new PointsLot(member.id(), issuer, entry.id(), p, now, expiryOf(now))));
    return new Reversal(OptionalLong.of(entry.id()), points, 0, member.balance());
  }

  private static JournalLine lineOf(JournalEntry entry, long memberAccountId, boolean member) {
    return entry.lines().stream()
        .filter(l -> l.accountId().equals(memberAccountId) == member)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("entry " + entry.id() + " is not a transfer"));
  }

  private long alreadyReversed(long originalId, long memberAccountId) {
    Number n =
        (Number)
            em.createNativeQuery(
                    "select coalesce(sum(l.points), 0) from journal_line l"
                        + " join journal_entry e on e.id = l.entry_id"
                        + " where e.reverses_entry_id = ?1 and l.account_id = ?2")
                .setParameter(1, originalId)
                .setParameter(2, memberAccountId)
                .getSingleResult();
    return Math.abs(n.longValue());
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
    LedgerAccount breakage = operatorAccount(AccountKind.BREAKAGE);
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
      lot.consume(p);
      em.persist(new LotConsumption(entry.id(), lot.id(), p));
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

  /**
   * The operator's account of that kind (breakage, marketing); opened on first use when the
   * database has none yet (the demo seed opens both).
   */
  LedgerAccount operatorAccount(AccountKind kind) {
    return em.createNamedQuery("LedgerAccount.operator", LedgerAccount.class)
        .setParameter("kind", kind)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .orElseGet(
            () -> {
              LedgerAccount account = LedgerAccount.ofOperator(kind);
              em.persist(account);
              return account;
            });
  }

  /** The id of a tenant's issuance or redemption account, for callers of {@link #debit}. */
  public long tenantAccountId(long tenantId, AccountKind kind) {
    return tenantAccount(tenantId, kind);
  }

  /** The id of the operator's account of that kind, for callers of {@link #debit}. */
  public long operatorAccountId(AccountKind kind) {
    return operatorAccount(kind).id();
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
    Page<HistoryRow> page = historyPage(memberId, 0, Math.max(1, Math.min(limit, 500)));
    return new MemberHistory(balanceOf(memberId), page.rows());
  }

  /**
   * One page of the member's full history, newest first: every credit, debit, expiry and reversal
   * with its tenant, the sale's earning explanation and the running balance after it (computed over
   * all the member's lines, so it is the true balance even where a tenant-scoped caller sees only
   * its own tenant's lines).
   */
  public Page<HistoryRow> historyPage(long memberId, int offset, int limit) {
    Optional<LedgerAccount> account = memberAccount(memberId);
    if (account.isEmpty()) {
      return new Page<>(List.of(), offset, limit, 0);
    }
    Optional<Long> scope = caller.tenantId();
    String sql =
        "select h.occurred_at, h.kind, h.tenant_name, h.description, h.points, h.running,"
            + " h.entry_id, h.explanation from ("
            + " select e.occurred_at, e.id as entry_id, e.kind, t.name as tenant_name, e.description,"
            + " l.points, e.tenant_id, s.explanation,"
            + " sum(l.points) over (order by e.occurred_at, e.id) as running"
            + " from journal_line l join journal_entry e on e.id = l.entry_id"
            + " left join tenant t on t.id = e.tenant_id"
            + " left join sale s on s.journal_entry_id = e.id"
            + " where l.account_id = ?1) h"
            + (scope.isPresent() ? " where h.tenant_id = ?2" : "")
            + " order by h.occurred_at desc, h.entry_id desc";
    var query = em.createNativeQuery(sql).setParameter(1, account.get().id());
    scope.ifPresent(t -> query.setParameter(2, t));
    int size = Page.clampLimit(limit);
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        query.setFirstResult(Math.max(0, offset)).setMaxResults(size).getResultList();
    var count =
        em.createNativeQuery(
                "select count(*) from journal_line l join journal_entry e on e.id = l.entry_id"
                    + " where l.account_id = ?1"
                    + (scope.isPresent() ? " and e.tenant_id = ?2" : ""))
            .setParameter(1, account.get().id());
    scope.ifPresent(t -> count.setParameter(2, t));
    long total = ((Number) count.getSingleResult()).longValue();
    return new Page<>(
        rows.stream()
            .map(
                r ->
                    new HistoryRow(
                        toInstant(r[0]),
                        (String) r[1],
                        (String) r[2],
                        (String) r[3],
                        ((Number) r[4]).longValue(),
                        ((Number) r[5]).longValue(),
                        ((Number) r[6]).longValue(),
                        (String) r[7]))
            .toList(),
        Math.max(0, offset),
        size,
        total);
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
        .map(r -> new ExpiringPoints(memberId, toInstant(r[0]), ((Number) r[1]).longValue()));
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
                    ((Number) r[0]).longValue(), toInstant(r[1]), ((Number) r[2]).longValue()))
        .toList();
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

  /**
   * The member's account, locked until the transaction ends. Locked once per transaction: a sale
   * locks before it evaluates (daily cap) and credits after, and the row lock is held either way.
   */
  private LedgerAccount lockMemberAccount(long memberId) {
    LockedMember key = new LockedMember(memberId);
    if (transaction.getResource(key) instanceof LedgerAccount held && em.contains(held)) {
      return held;
    }
    LedgerAccount account =
        em.createNamedQuery("LedgerAccount.ofMember", LedgerAccount.class)
            .setParameter("member", memberId)
            .setParameter("kind", AccountKind.MEMBER)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultStream()
            .findFirst()
            .orElseThrow(
                () -> DomainException.notFound("MEMBER_ACCOUNT_MISSING", "Member has no account"));
    transaction.putResource(key, account);
    return account;
  }

  /** The transaction's key for the member account it has locked. */
  private record LockedMember(long memberId) {}

  /**
   * A tenant's issuance or redemption account, read once per JVM: a sale reads only the member's.
   */
  private long tenantAccount(long tenantId, AccountKind kind) {
    TenantAccount key = new TenantAccount(tenantId, kind);
    Long known = TENANT_ACCOUNTS.get(key);
    if (known != null) {
      return known;
    }
    long id =
        em.createNamedQuery("LedgerAccount.ofTenant", LedgerAccount.class)
            .setParameter("tenant", tenantId)
            .setParameter("kind", kind)
            .getResultStream()
            .findFirst()
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "tenant " + tenantId + " has no " + kind + " account"))
            .id();
    TENANT_ACCOUNTS.put(key, id);
    return id;
  }

  private record TenantAccount(long tenantId, AccountKind kind) {}
}
