package com.atrium.ledger;

import com.atrium.ledger.LedgerFigures.AccountSum;
import com.atrium.ledger.LedgerFigures.Consumed;
import com.atrium.ledger.LedgerFigures.EntryPlacement;
import com.atrium.ledger.LedgerFigures.EntryShare;
import com.atrium.ledger.LedgerFigures.EntryTrace;
import com.atrium.ledger.LedgerFigures.Expired;
import com.atrium.ledger.LedgerFigures.Issued;
import com.atrium.ledger.LedgerFigures.KindSum;
import com.atrium.ledger.LedgerFigures.Original;
import com.atrium.ledger.LedgerFigures.Outstanding;
import com.atrium.ledger.LedgerFigures.Settled;
import com.atrium.ledger.LedgerFigures.TracedEntry;
import com.atrium.ledger.LedgerFigures.TracedExpiry;
import com.atrium.ledger.LedgerFigures.TracedSum;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The ledger's read side for the contexts above it (clearing, reports): set-based figures over a
 * {@link BookedPeriod}, each one aggregate query, and for every figure the journal entries behind
 * it. Read-only; returns records, never entities; plain SQL that PostgreSQL and Oracle both run.
 *
 * <p>Invariant: for every figure, the {@link EntryShare#points()} of the entries behind it sum to
 * the figure's points, and no entry booked outside the period is behind any figure.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class LedgerReadings {

  /** Most entries in one page of {@code entriesBehind}. */
  public static final int MAX_PAGE = 1000;

  private static final String PERIOD = " where e.recorded_at >= ?1 and e.recorded_at < ?2";

  private static final String ACCOUNT = "a.id, a.kind, a.member_id, a.tenant_id, a.partner_code";

  private static final String COUNTERPART =
      "r.id, r.kind, r.member_id, r.tenant_id, r.partner_code";

  private static final String ENTRY =
      "e.id, e.kind, e.recorded_at, e.occurred_at, e.reverses_entry_id";

  /** Journal lines with their account, of entries booked in the period. */
  private static final String LINES =
      " from journal_entry e join journal_line l on l.entry_id = e.id"
          + " join ledger_account a on a.id = l.account_id"
          + PERIOD;

  /** Lots opened by entries booked in the period, with their issuer's account. */
  private static final String LOTS_OPENED =
      " from journal_entry e join points_lot p on p.credit_entry_id = e.id"
          + " join ledger_account a on a.id = p.issuer_account_id"
          + PERIOD;

  /**
   * Lot consumptions of entries booked in the period, with the lot's issuer (a) and the account on
   * the other side of the entry (r): the entry's line on the issuer's account when it has one (a
   * credit's reversal, spread over its issuers), else its one line that is not the member's.
   */
  private static final String CONSUMPTIONS =
      " from journal_entry e join lot_consumption c on c.entry_id = e.id"
          + " join points_lot p on p.id = c.lot_id"
          + " join journal_line l on l.entry_id = e.id and l.account_id <> p.member_account_id"
          + " and (l.account_id = p.issuer_account_id or not exists (select 1 from journal_line x"
          + " where x.entry_id = e.id and x.account_id = p.issuer_account_id))"
          + " join ledger_account a on a.id = p.issuer_account_id"
          + " join ledger_account r on r.id = l.account_id"
          + PERIOD;

  /** Lot consumptions of the EXPIRE entries booked in the period, with the lot's issuer. */
  private static final String EXPIRIES =
      " from journal_entry e join lot_consumption c on c.entry_id = e.id"
          + " join points_lot p on p.id = c.lot_id"
          + " join ledger_account a on a.id = p.issuer_account_id"
          + PERIOD
          + " and e.kind = 'EXPIRE'";

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  /**
   * Sum and count of the journal lines per account and entry kind, for the accounts of the given
   * kinds (asking for {@code MEMBER} returns a row per member account that moved).
   */
  public List<AccountSum> accountSums(BookedPeriod period, Set<AccountKind> accountKinds) {
    if (accountKinds.isEmpty()) {
      return List.of();
    }
    String kinds =
        accountKinds.stream().map(k -> "'" + k.name() + "'").collect(Collectors.joining(","));
    return rows(
            "select "
                + ACCOUNT
                + ", e.kind, sum(l.points), count(*)"
                + LINES
                + " and a.kind in ("
                + kinds
                + ") group by "
                + ACCOUNT
                + ", e.kind order by a.id, e.kind",
            period)
        .stream()
        .map(r -> new AccountSum(account(r, 0), entryKind(r[5]), number(r[6]), number(r[7])))
        .toList();
  }

  /**
   * As {@link #accountSums(BookedPeriod, Set)}, for the accounts of those kinds of the given
   * tenants only, named by id so that the period's lines are filtered before anything is joined to
   * them (the shape of {@link #tracedSums}).
   */
  public List<AccountSum> accountSums(
      BookedPeriod period, Set<AccountKind> accountKinds, Collection<Long> tenantIds) {
    Map<Long, AccountRef> refs = tenantAccounts(accountKinds, tenantIds);
    if (refs.isEmpty()) {
      return List.of();
    }
    Query query =
        em.createNativeQuery(
            "select l.account_id, e.kind, sum(l.points), count(*)"
                + " from journal_entry e join journal_line l on l.entry_id = e.id"
                + PERIOD
                + " and "
                + inList("l.account_id", List.copyOf(refs.keySet()))
                + " group by l.account_id, e.kind order by l.account_id, e.kind");
    bindPeriod(query, period);
    return results(query).stream()
        .map(
            r ->
                new AccountSum(refs.get(number(r[0])), entryKind(r[1]), number(r[2]), number(r[3])))
        .toList();
  }

  /** Sum and count of the journal lines per account kind and entry kind. */
  public List<KindSum> kindSums(BookedPeriod period) {
    return rows(
            "select a.kind, e.kind, sum(l.points), count(*)"
                + LINES
                + " group by a.kind, e.kind order by a.kind, e.kind",
            period)
        .stream()
        .map(
            r ->
                new KindSum(
                    AccountKind.valueOf((String) r[0]),
                    entryKind(r[1]),
                    number(r[2]),
                    number(r[3])))
        .toList();
  }

  /** Points put into lots per issuer and kind of the entry that opened them. */
  public List<Issued> issued(BookedPeriod period) {
    return rows(
            "select "
                + ACCOUNT
                + ", e.kind, sum(p.points_earned), count(*)"
                + LOTS_OPENED
                + " group by "
                + ACCOUNT
                + ", e.kind order by a.id, e.kind",
            period)
        .stream()
        .map(r -> new Issued(account(r, 0), entryKind(r[5]), number(r[6]), number(r[7])))
        .toList();
  }

  /**
   * Points taken from (or, negative, given back to) lots per issuer, counterpart and entry kind.
   * For clearing, the {@code REDEEM} rows whose counterpart is a {@code TENANT_REDEMPTION} account
   * are the points redeemed at that tenant and funded by that issuer.
   */
  public List<Consumed> consumed(BookedPeriod period) {
    return rows(
            "select "
                + ACCOUNT
                + ", "
                + COUNTERPART
                + ", e.kind, sum(c.points)"
                + CONSUMPTIONS
                + " group by "
                + ACCOUNT
                + ", "
                + COUNTERPART
                + ", e.kind order by a.id, r.id, e.kind",
            period)
        .stream()
        .map(r -> new Consumed(account(r, 0), account(r, 5), entryKind(r[10]), number(r[11])))
        .toList();
  }

  /** Points expired into breakage per issuer of the expired lots. */
  public List<Expired> expired(BookedPeriod period) {
    return rows(
            "select "
                + ACCOUNT
                + ", sum(c.points)"
                + EXPIRIES
                + " group by "
                + ACCOUNT
                + " order by a.id",
            period)
        .stream()
        .map(r -> new Expired(account(r, 0), number(r[5])))
        .toList();
  }

  /**
   * The points left in open lots per issuer and expiry month in {@code zone}, of the lots earned at
   * one mall ({@code mallId}) or of every lot (null, the group: grants at no mall included). Two
   * aggregate queries: the range of expiry dates, then the sums per month of that range.
   */
  public List<Outstanding> outstanding(Long mallId, ZoneId zone) {
    String openLots =
        " from points_lot p where p.points_remaining > 0"
            + (mallId == null ? "" : " and p.mall_id = ?1");
    int firstCut = mallId == null ? 1 : 2;
    Query range = em.createNativeQuery("select min(p.expires_at), max(p.expires_at)" + openLots);
    bindMall(range, mallId);
    Object[] minMax = (Object[]) range.getSingleResult();
    if (minMax[0] == null) {
      return List.of();
    }
    MonthBuckets months =
        new MonthBuckets(
            YearMonth.from(SqlValues.instant(minMax[0]).atZone(zone)),
            YearMonth.from(SqlValues.instant(minMax[1]).atZone(zone)),
            zone);
    Query query =
        em.createNativeQuery(
            "select "
                + ACCOUNT
                + ", t.bucket, sum(t.points), count(*) from (select p.issuer_account_id as issuer, "
                + months.caseOf("p.expires_at", firstCut)
                + " as bucket, p.points_remaining as points"
                + openLots
                + ") t join ledger_account a on a.id = t.issuer group by "
                + ACCOUNT
                + ", t.bucket order by a.id, t.bucket");
    bindMall(query, mallId);
    months.bind(query, firstCut);
    return results(query).stream()
        .map(r -> new Outstanding(account(r, 0), months.month(r[5]), number(r[6]), number(r[7])))
        .toList();
  }

  /**
   * What became of lots per issuer and month of booked time in {@code zone}, from the start of
   * {@code firstMonth} up to {@code to}: points redeemed (net of cancelled redemptions) and points
   * expired, of the lots earned at one mall ({@code mallId}) or of every lot (null). Two aggregate
   * queries: the lots' consumptions, and the new lots that cancellations of redemptions opened when
   * the points' own lot had expired.
   */
  public List<Settled> settled(Long mallId, ZoneId zone, YearMonth firstMonth, Instant to) {
    Instant from = firstMonth.atDay(1).atStartOfDay(zone).toInstant();
    if (!to.isAfter(from)) {
      return List.of();
    }
    MonthBuckets months =
        new MonthBuckets(firstMonth, YearMonth.from(to.minusNanos(1).atZone(zone)), zone);
    String mall = mallId == null ? "" : " and p.mall_id = ?3";
    int firstCut = mallId == null ? 3 : 4;
    Query consumed =
        em.createNativeQuery(
            "select "
                + ACCOUNT
                + ", t.bucket, t.fate, sum(t.points) from (select p.issuer_account_id as issuer, "
                + months.caseOf("e.recorded_at", firstCut)
                + " as bucket, case when e.kind = 'EXPIRE' then 'E' else 'R' end as fate,"
                + " c.points as points"
                + " from journal_entry e join lot_consumption c on c.entry_id = e.id"
                + " join points_lot p on p.id = c.lot_id"
                + " left join journal_entry o on o.id = e.reverses_entry_id"
                + PERIOD
                + " and (e.kind in ('REDEEM', 'EXPIRE') or (e.kind = 'REVERSAL' and o.kind = 'REDEEM'))"
                + mall
                + ") t join ledger_account a on a.id = t.issuer group by "
                + ACCOUNT
                + ", t.bucket, t.fate");
    Query restored =
        em.createNativeQuery(
            "select "
                + ACCOUNT
                + ", t.bucket, sum(t.points) from (select p.issuer_account_id as issuer, "
                + months.caseOf("e.recorded_at", firstCut)
                + " as bucket, p.points_earned as points"
                + " from journal_entry e join journal_entry o on o.id = e.reverses_entry_id"
                + " join points_lot p on p.credit_entry_id = e.id"
                + PERIOD
                + " and e.kind = 'REVERSAL' and o.kind = 'REDEEM'"
                + mall
                + ") t join ledger_account a on a.id = t.issuer group by "
                + ACCOUNT
                + ", t.bucket");
    Map<String, long[]> fates = new TreeMap<>();
    Map<String, AccountRef> issuers = new TreeMap<>();
    BookedPeriod period = new BookedPeriod(from, to);
    for (Query q : List.of(consumed, restored)) {
      bindPeriod(q, period);
      if (mallId != null) {
        q.setParameter(3, mallId);
      }
      months.bind(q, firstCut);
    }
    for (Object[] r : results(consumed)) {
      long[] f = fate(fates, issuers, r, months);
      f["E".equals(r[6]) ? 1 : 0] += number(r[7]);
    }
    for (Object[] r : results(restored)) {
      fate(fates, issuers, r, months)[0] -= number(r[6]);
    }
    List<Settled> settled = new ArrayList<>();
    fates.forEach(
        (key, f) ->
            settled.add(
                new Settled(
                    issuers.get(key),
                    YearMonth.parse(key.substring(key.indexOf('|') + 1)),
                    f[0],
                    f[1])));
    return settled;
  }

  /**
   * The {redeemed, expired} counters of a row's issuer and month, keyed in (account, month) order.
   */
  private static long[] fate(
      Map<String, long[]> fates, Map<String, AccountRef> issuers, Object[] r, MonthBuckets months) {
    AccountRef issuer = account(r, 0);
    String key = String.format("%019d|%s", issuer.accountId(), months.month(r[5]));
    issuers.putIfAbsent(key, issuer);
    return fates.computeIfAbsent(key, k -> new long[2]);
  }

  private static void bindMall(Query query, Long mallId) {
    if (mallId != null) {
      query.setParameter(1, mallId);
    }
  }

  /**
   * The entries behind an {@link AccountSum}, in entry id order, after {@code afterEntryId} (0 for
   * the first page), at most {@code limit} of them; each with its lines' sum on that account.
   */
  public List<EntryShare> entriesBehind(
      AccountSum figure, BookedPeriod period, long afterEntryId, int limit) {
    return shares(
        "sum(l.points)" + LINES + " and l.account_id = ?3 and e.kind = ?4",
        period,
        afterEntryId,
        limit,
        figure.account().accountId(),
        figure.entryKind().name());
  }

  /** The entries behind a {@link KindSum}, paged as those of an {@link AccountSum}. */
  public List<EntryShare> entriesBehind(
      KindSum figure, BookedPeriod period, long afterEntryId, int limit) {
    return shares(
        "sum(l.points)" + LINES + " and a.kind = ?3 and e.kind = ?4",
        period,
        afterEntryId,
        limit,
        figure.accountKind().name(),
        figure.entryKind().name());
  }

  /** The entries behind an {@link Issued}: each with the points of the issuer's lots it opened. */
  public List<EntryShare> entriesBehind(
      Issued figure, BookedPeriod period, long afterEntryId, int limit) {
    return shares(
        "sum(p.points_earned)" + LOTS_OPENED + " and p.issuer_account_id = ?3 and e.kind = ?4",
        period,
        afterEntryId,
        limit,
        figure.issuer().accountId(),
        figure.entryKind().name());
  }

  /** The entries behind a {@link Consumed}: each with what it took from the issuer's lots. */
  public List<EntryShare> entriesBehind(
      Consumed figure, BookedPeriod period, long afterEntryId, int limit) {
    return shares(
        "sum(c.points)"
            + CONSUMPTIONS
            + " and p.issuer_account_id = ?3 and l.account_id = ?4 and e.kind = ?5",
        period,
        afterEntryId,
        limit,
        figure.issuer().accountId(),
        figure.counterpart().accountId(),
        figure.entryKind().name());
  }

  /**
   * The EXPIRE entries behind an {@link Expired}: each with what it took from the issuer's lots.
   */
  public List<EntryShare> entriesBehind(
      Expired figure, BookedPeriod period, long afterEntryId, int limit) {
    return shares(
        "sum(c.points)" + EXPIRIES + " and p.issuer_account_id = ?3",
        period,
        afterEntryId,
        limit,
        figure.issuer().accountId());
  }

  /**
   * Sum, count and id span of the journal lines of the given tenants' accounts of the given kinds,
   * per account, entry kind and stretch of the period (stretch {@code i} starts at {@code
   * cuts[i-1]}, stretch 0 at the period's start), with the reversals of entries booked before
   * {@code lateBefore} split off per original (what clearing lists as late adjustments).
   *
   * <p>One pass over the period, however many stretches. The accounts are named by id, so the
   * period's lines are filtered before they are grouped and never joined to {@code ledger_account}
   * first: with the accounts as the driving side, the planner misjudges how many lines a tenant's
   * account has and walks every line of all time (bench/RESULTS.md, clearing). Each reversal is
   * joined to its original by primary key; the originals' details are one more query.
   */
  public List<TracedSum> tracedSums(
      BookedPeriod period,
      List<Instant> cuts,
      Set<AccountKind> accountKinds,
      Collection<Long> tenantIds,
      Instant lateBefore) {
    Map<Long, AccountRef> refs = tenantAccounts(accountKinds, tenantIds);
    if (refs.isEmpty()) {
      return List.of();
    }
    List<Long> accounts = List.copyOf(refs.keySet());
    Query query =
        em.createNativeQuery(
            "select s.account_id, s.kind, s.original_id, s.stretch, sum(s.points), count(*),"
                + " min(s.entry_id), max(s.entry_id) from (select l.account_id, e.kind, o.id as"
                + " original_id, "
                + stretch(cuts, 4)
                + " as stretch, l.points, e.id as entry_id"
                + " from journal_entry e join journal_line l on l.entry_id = e.id"
                + " left join journal_entry o on o.id = e.reverses_entry_id and o.recorded_at < ?3"
                + PERIOD
                + " and "
                + inList("l.account_id", accounts)
                + ") s group by s.account_id, s.kind, s.original_id, s.stretch"
                + " order by s.account_id, s.kind, s.original_id, s.stretch");
    bindPeriod(query, period);
    query.setParameter(3, Timestamp.from(lateBefore));
    bindCuts(query, cuts, 4);
    List<Object[]> rows = results(query);
    Map<Long, Original> originals =
        originals(
            rows.stream().filter(r -> r[2] != null).map(r -> number(r[2])).distinct().toList());
    return rows.stream()
        .map(
            r ->
                new TracedSum(
                    refs.get(number(r[0])),
                    entryKind(r[1]),
                    r[2] == null ? null : originals.get(number(r[2])),
                    (int) number(r[3]),
                    number(r[4]),
                    number(r[5]),
                    number(r[6]),
                    number(r[7])))
        .toList();
  }

  /**
   * As {@link #expired}, per issuer and stretch of the period (as {@link #tracedSums} cuts it),
   * with the count and id span of the {@code EXPIRE} entries behind each. One pass over the period.
   */
  public List<TracedExpiry> tracedExpiries(BookedPeriod period, List<Instant> cuts) {
    Query query =
        em.createNativeQuery(
            "select "
                + ACCOUNT
                + ", x.stretch, sum(x.points), count(distinct x.entry_id), min(x.entry_id),"
                + " max(x.entry_id) from (select p.issuer_account_id, c.points, e.id as entry_id, "
                + stretch(cuts, 3)
                + " as stretch"
                + " from journal_entry e join lot_consumption c on c.entry_id = e.id"
                + " join points_lot p on p.id = c.lot_id"
                + PERIOD
                + " and e.kind = 'EXPIRE') x join ledger_account a on a.id = x.issuer_account_id"
                + " group by "
                + ACCOUNT
                + ", x.stretch order by a.id, x.stretch");
    bindPeriod(query, period);
    bindCuts(query, cuts, 3);
    return results(query).stream()
        .map(
            r ->
                new TracedExpiry(
                    account(r, 0),
                    (int) number(r[5]),
                    number(r[6]),
                    number(r[7]),
                    number(r[8]),
                    number(r[9])))
        .toList();
  }

  /**
   * The stretch of {@code e.recorded_at} as plain SQL (a {@code case} that every database runs):
   * how many of the cuts, bound from parameter {@code firstParameter} on, are at or before it.
   */
  private static String stretch(List<Instant> cuts, int firstParameter) {
    if (cuts.isEmpty()) {
      return "0";
    }
    StringBuilder sql = new StringBuilder("case");
    for (int i = 0; i < cuts.size(); i++) {
      sql.append(" when e.recorded_at < ?").append(firstParameter + i).append(" then ").append(i);
    }
    return sql.append(" else ").append(cuts.size()).append(" end").toString();
  }

  private static void bindCuts(Query query, List<Instant> cuts, int firstParameter) {
    for (int i = 0; i < cuts.size(); i++) {
      query.setParameter(firstParameter + i, Timestamp.from(cuts.get(i)));
    }
  }

  /** {@code column in (...)} for the ids, in lists of a thousand (Oracle's bound) joined by or. */
  private static String inList(String column, List<Long> ids) {
    List<String> lists = new ArrayList<>();
    for (int at = 0; at < ids.size(); at += 1000) {
      lists.add(column + " in (" + numbers(ids.subList(at, Math.min(ids.size(), at + 1000))) + ")");
    }
    return lists.size() == 1 ? lists.get(0) : "(" + String.join(" or ", lists) + ")";
  }

  /**
   * One page of the entries behind a traced figure, in entry id order after {@code afterEntryId} (0
   * for the first page; the keyset, fast on any page) and {@code offset} more, at most {@code
   * limit}: a range of the account's line index ({@code journal_line (account_id, entry_id)}, V21)
   * between the trace's first and last entry, merged in id order with the entries' primary key over
   * the same range, so the walk stops after the page.
   */
  public List<TracedEntry> entries(EntryTrace trace, long afterEntryId, int offset, int limit) {
    List<Long> accounts = accountIds(trace.accountKinds(), trace.tenantIds());
    if (accounts.isEmpty()) {
      return List.of();
    }
    String reversals =
        switch (trace.reversals()) {
          case ALL -> "";
          case ON_TIME ->
              " and not exists (select 1 from journal_entry o where o.id = e.reverses_entry_id"
                  + " and o.recorded_at < ?6)";
          case LATE ->
              " and exists (select 1 from journal_entry o where o.id = e.reverses_entry_id"
                  + " and o.recorded_at < ?6)";
          case OF_ORIGINAL -> " and e.reverses_entry_id = ?6";
        };
    // the id bounds on both sides keep the planner on the two ordered index ranges
    Query query =
        em.createNativeQuery(
            "select e.id, e.kind, e.recorded_at, e.occurred_at, e.member_id, e.description,"
                + " e.reverses_entry_id, l.points from journal_line l join journal_entry e on e.id"
                + " = l.entry_id where l.account_id in ("
                + numbers(accounts)
                + ") and l.entry_id >= ?3 and l.entry_id <= ?4 and l.entry_id > ?5"
                + " and e.id >= ?3 and e.id <= ?4 and e.id > ?5"
                + " and e.recorded_at >= ?1 and e.recorded_at < ?2 and e.kind in ("
                + quoted(trace.entryKinds())
                + ")"
                + reversals
                + " order by l.entry_id"
                + page(offset, limit));
    bindPeriod(query, trace.period());
    query.setParameter(3, trace.firstEntryId());
    query.setParameter(4, trace.lastEntryId());
    query.setParameter(5, afterEntryId);
    switch (trace.reversals()) {
      case ON_TIME, LATE -> query.setParameter(6, Timestamp.from(trace.originalsBefore()));
      case OF_ORIGINAL -> query.setParameter(6, trace.original());
      default -> {}
    }
    long sign = trace.negate() ? -1 : 1;
    return results(query).stream().map(r -> tracedEntry(r, sign)).toList();
  }

  /**
   * One page of the {@code EXPIRE} entries booked in the period that emptied lots funded by the
   * given tenants (their issuance and campaign accounts), ids from {@code firstEntryId} to {@code
   * lastEntryId}, in entry id order after {@code afterEntryId} and {@code offset} more: a range of
   * the breakage account's line index, as {@link #entries}.
   */
  public List<TracedEntry> expiries(
      BookedPeriod period,
      Set<Long> issuerTenantIds,
      long firstEntryId,
      long lastEntryId,
      long afterEntryId,
      int offset,
      int limit) {
    List<Long> issuers =
        accountIds(
            EnumSet.of(AccountKind.TENANT_ISSUANCE, AccountKind.TENANT_CAMPAIGN), issuerTenantIds);
    List<Long> breakage =
        ids(em.createNativeQuery("select x.id from ledger_account x where x.kind = 'BREAKAGE'"));
    if (issuers.isEmpty() || breakage.isEmpty()) {
      return List.of();
    }
    Query query =
        em.createNativeQuery(
            "select e.id, e.kind, e.recorded_at, e.occurred_at, e.member_id, e.description,"
                + " e.reverses_entry_id, sum(c.points) from journal_line b join journal_entry e"
                + " on e.id = b.entry_id join lot_consumption c on c.entry_id = e.id"
                + " join points_lot p on p.id = c.lot_id where b.account_id in ("
                + numbers(breakage)
                + ") and b.entry_id >= ?3 and b.entry_id <= ?4 and b.entry_id > ?5"
                + " and e.id >= ?3 and e.id <= ?4 and e.id > ?5"
                + " and e.recorded_at >= ?1 and e.recorded_at < ?2 and e.kind = 'EXPIRE'"
                + " and p.issuer_account_id in ("
                + numbers(issuers)
                + ") group by e.id, e.kind, e.recorded_at, e.occurred_at, e.member_id,"
                + " e.description, e.reverses_entry_id order by e.id"
                + page(offset, limit));
    bindPeriod(query, period);
    query.setParameter(3, firstEntryId);
    query.setParameter(4, lastEntryId);
    query.setParameter(5, afterEntryId);
    return results(query).stream().map(r -> tracedEntry(r, 1)).toList();
  }

  /** The ids of the accounts of those kinds of the given tenants, in id order. */
  private List<Long> accountIds(Set<AccountKind> kinds, Set<Long> tenantIds) {
    return List.copyOf(tenantAccounts(kinds, tenantIds).keySet());
  }

  /** The accounts of the given kinds of the given tenants, by id in id order. */
  private Map<Long, AccountRef> tenantAccounts(Set<AccountKind> kinds, Collection<Long> tenantIds) {
    Map<Long, AccountRef> found = new TreeMap<>();
    if (kinds.isEmpty() || tenantIds.isEmpty()) {
      return found;
    }
    List<Object[]> rows =
        results(
            em.createNativeQuery(
                "select "
                    + ACCOUNT
                    + " from ledger_account a where a.kind in ("
                    + quoted(kinds)
                    + ") and "
                    + inList("a.tenant_id", List.copyOf(Set.copyOf(tenantIds)))));
    rows.forEach(r -> found.put(number(r[0]), account(r, 0)));
    return found;
  }

  /**
   * A page's bounds written into the SQL (standard {@code offset … fetch first}, which PostgreSQL,
   * Oracle and H2 read): on a native query JPA's first and max results only cap what the driver
   * fetches, so the database plans for every row and a drill-down's first page read the whole line.
   */
  private static String page(int offset, int limit) {
    return " offset "
        + Math.max(0, offset)
        + " rows fetch first "
        + Math.max(1, Math.min(MAX_PAGE, limit))
        + " rows only";
  }

  /** A one-column query's numbers. */
  @SuppressWarnings("unchecked")
  private static List<Long> ids(Query query) {
    return ((List<Object>) query.getResultList()).stream().map(SqlValues::number).toList();
  }

  private static TracedEntry tracedEntry(Object[] r, long sign) {
    return new TracedEntry(
        number(r[0]),
        entryKind(r[1]),
        SqlValues.instant(r[2]),
        SqlValues.instant(r[3]),
        SqlValues.nullableNumber(r[4]),
        (String) r[5],
        SqlValues.nullableNumber(r[6]),
        sign * number(r[7]));
  }

  /**
   * One journal entry with the accounts it moved (its lines' accounts and, for an expiry, the
   * issuers of the lots it emptied) and the original it reverses: empty when there is no such
   * entry.
   */
  public Optional<EntryPlacement> placement(long entryId) {
    List<Object[]> entry =
        results(
            em.createNativeQuery(
                    "select e.kind, e.recorded_at, e.reverses_entry_id from journal_entry e"
                        + " where e.id = ?1")
                .setParameter(1, entryId));
    if (entry.isEmpty()) {
      return Optional.empty();
    }
    Object[] e = entry.get(0);
    List<AccountRef> accounts =
        results(
                em.createNativeQuery(
                        "select "
                            + ACCOUNT
                            + " from ledger_account a join journal_line l on l.account_id = a.id"
                            + " where l.entry_id = ?1 union select "
                            + ACCOUNT
                            + " from ledger_account a join points_lot p on p.issuer_account_id ="
                            + " a.id join lot_consumption c on c.lot_id = p.id where c.entry_id ="
                            + " ?1")
                    .setParameter(1, entryId))
            .stream()
            .map(r -> account(r, 0))
            .sorted(Comparator.comparingLong(AccountRef::accountId))
            .toList();
    Long reverses = SqlValues.nullableNumber(e[2]);
    Original original = reverses == null ? null : originals(List.of(reverses)).get(reverses);
    return Optional.of(
        new EntryPlacement(entryId, entryKind(e[0]), SqlValues.instant(e[1]), accounts, original));
  }

  /** The entries of the given ids as originals, a thousand ids per query (Oracle's IN bound). */
  private Map<Long, Original> originals(Collection<Long> ids) {
    Map<Long, Original> found = new HashMap<>();
    List<Long> all = List.copyOf(ids);
    for (int at = 0; at < all.size(); at += 1000) {
      List<Long> chunk = all.subList(at, Math.min(all.size(), at + 1000));
      for (Object[] r :
          results(
              em.createNativeQuery(
                  "select o.id, o.kind, o.recorded_at, o.description from journal_entry o"
                      + " where o.id in ("
                      + numbers(chunk)
                      + ")"))) {
        found.put(
            number(r[0]),
            new Original(number(r[0]), entryKind(r[1]), SqlValues.instant(r[2]), (String) r[3]));
      }
    }
    return found;
  }

  /** Enum names as SQL literals: only names of the enum, so nothing from outside is quoted in. */
  private static String quoted(Collection<? extends Enum<?>> values) {
    return values.stream().map(v -> "'" + v.name() + "'").sorted().collect(Collectors.joining(","));
  }

  /** Ids as SQL literals: numbers only, and the same text for the same set (plans are reused). */
  private static String numbers(Collection<Long> ids) {
    return ids.stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
  }

  /**
   * One page of entries: {@code selectAndFrom} is the summed column and the figure's FROM/WHERE,
   * whose parameters ?3.. are {@code filters}; the page's keyset bound is the next parameter.
   */
  private List<EntryShare> shares(
      String selectAndFrom, BookedPeriod period, long afterEntryId, int limit, Object... filters) {
    int after = 3 + filters.length;
    Query query =
        em.createNativeQuery(
            "select "
                + ENTRY
                + ", "
                + selectAndFrom
                + " and e.id > ?"
                + after
                + " group by "
                + ENTRY
                + " order by e.id"
                + page(0, limit));
    bindPeriod(query, period);
    for (int i = 0; i < filters.length; i++) {
      query.setParameter(3 + i, filters[i]);
    }
    query.setParameter(after, afterEntryId);
    List<EntryShare> shares = new ArrayList<>();
    for (Object[] r : results(query)) {
      shares.add(
          new EntryShare(
              number(r[0]),
              entryKind(r[1]),
              SqlValues.instant(r[2]),
              SqlValues.instant(r[3]),
              SqlValues.nullableNumber(r[4]),
              number(r[5])));
    }
    return shares;
  }

  private List<Object[]> rows(String sql, BookedPeriod period) {
    Query query = em.createNativeQuery(sql);
    bindPeriod(query, period);
    return results(query);
  }

  private static void bindPeriod(Query query, BookedPeriod period) {
    query.setParameter(1, Timestamp.from(period.from()));
    query.setParameter(2, Timestamp.from(period.to()));
  }

  @SuppressWarnings("unchecked")
  private static List<Object[]> results(Query query) {
    return query.getResultList();
  }

  private static AccountRef account(Object[] r, int at) {
    return new AccountRef(
        number(r[at]),
        AccountKind.valueOf((String) r[at + 1]),
        SqlValues.nullableNumber(r[at + 2]),
        SqlValues.nullableNumber(r[at + 3]),
        (String) r[at + 4]);
  }

  private static EntryKind entryKind(Object value) {
    return EntryKind.valueOf((String) value);
  }

  private static long number(Object value) {
    return SqlValues.number(value);
  }
}
