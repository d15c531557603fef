package com.atrium.clearing;

import com.atrium.ledger.AccountKind;
import com.atrium.ledger.AccountRef;
import com.atrium.ledger.BookedPeriod;
import com.atrium.ledger.EntryKind;
import com.atrium.ledger.LedgerFigures.EntryPlacement;
import com.atrium.ledger.LedgerFigures.EntryTrace;
import com.atrium.ledger.LedgerFigures.ReversalFilter;
import com.atrium.ledger.LedgerFigures.TracedEntry;
import com.atrium.ledger.LedgerReadings;
import com.atrium.parking.ChargeSelection;
import com.atrium.parking.ParkingChargeTraces;
import com.atrium.partner.ExchangePlace;
import com.atrium.partner.PartnerClearing;
import com.atrium.platform.DomainException;
import com.atrium.security.CurrentCaller;
import com.atrium.security.Roles;
import com.atrium.tenant.MallRegistry;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Traceability of stored statements (docs/clearing.md, "Traceability"): a line's journal entries, a
 * page at a time, and for a journal entry the runs, statements and lines it landed in. The entries
 * come from the ledger's read side ({@link LedgerReadings}), never its tables; a line's drill-down
 * is one index range per page between the first and last entry behind it.
 *
 * <p>Invariant: the drill-down of a line lists exactly the entries {@link ClearingCalculator}
 * counted into it, with the points it counted, so its pages sum to the line's points.
 */
@Stateless
@RolesAllowed({Roles.OPERATOR_FINANCE, Roles.OPERATOR_ADMIN})
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class ClearingTraces {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @EJB LedgerReadings readings;
  @EJB PartnerClearing partners;
  @EJB MallRegistry malls;
  @EJB ParkingChargeTraces parking;
  @Inject CurrentCaller caller;

  /**
   * A page of the journal entries behind a line of a run's statement, in entry id order: those
   * after entry {@code after} (0: from the first; the keyset, as fast on the last page as on the
   * first), skipping {@code offset} more.
   */
  public TracedEntryPage entries(
      long runId, long statementId, long lineId, long after, int offset, int limit) {
    ClearingRuns.requirePage(offset, limit);
    requireAfter(after);
    ClearingRun run = em.find(ClearingRun.class, runId);
    if (run == null || !caller.maySeeMall(run.mallId())) {
      throw DomainException.notFound("CLEARING_RUN_NOT_FOUND", "No clearing run " + runId);
    }
    ClearingRunStatement statement = ClearingRunStatement.ofRun(em, runId, statementId);
    return page(
        em,
        readings,
        partners,
        run,
        statement,
        lineOf(em, statementId, lineId),
        after,
        offset,
        limit);
  }

  /**
   * A line of a run's statement with its run and statement, for an export of its drill-down,
   * refused as its drill-down is: another mall's run 404 {@code CLEARING_RUN_NOT_FOUND}, a
   * statement of another run {@code STATEMENT_NOT_FOUND}, a line of another statement {@code
   * LINE_NOT_FOUND}.
   */
  public LineDocument line(long runId, long statementId, long lineId) {
    ClearingRun run = em.find(ClearingRun.class, runId);
    if (run == null || !caller.maySeeMall(run.mallId())) {
      throw DomainException.notFound("CLEARING_RUN_NOT_FOUND", "No clearing run " + runId);
    }
    ClearingRunStatement statement = ClearingRunStatement.ofRun(em, runId, statementId);
    return new LineDocument(
        run.view(malls.require(run.mallId()).code()),
        statement.view(),
        lineOf(em, statementId, lineId).view());
  }

  /**
   * A page of the parking charges behind a parking line of a run's statement (docs/clearing.md,
   * "Parking"), in charge id order after charge {@code after} (0: from the first): a tenant's or a
   * partner's {@code PARKING_CHARGE} its own charges, the operator's {@code PARKING_CHARGE} the
   * tenants' and partners' charges it sums, its {@code PARKING_OPERATOR_COST} memo the charges the
   * operator bears. Any other line is 404 {@code LINE_NOT_PARKING} (its drill-down is {@link
   * #entries}). Read from the parking context ({@link ParkingChargeTraces}), within the line's span
   * of settlement ids, so a page is one index range.
   */
  public SettlementPage settlements(
      long runId, long statementId, long lineId, long after, int limit) {
    ClearingRuns.requirePage(0, limit);
    requireAfter(after);
    ClearingRun run = em.find(ClearingRun.class, runId);
    if (run == null || !caller.maySeeMall(run.mallId())) {
      throw DomainException.notFound("CLEARING_RUN_NOT_FOUND", "No clearing run " + runId);
    }
    return settlementPage(
        parking,
        run,
        ClearingRunStatement.ofRun(em, runId, statementId).view(),
        lineOf(em, statementId, lineId).view(),
        after,
        limit);
  }

  /**
   * A page of the parking charges behind a stored parking line, whoever may see it: finance's
   * drill-down above and a tenant manager's ({@link TenantStatements#settlements}) check the caller
   * first. What the run counted when it was computed: a settlement released since stays listed. A
   * {@code LATE_} line lists the charges it gives back, as they were charged (with their release
   * time): their minutes and CNY are the line's minutes and amount (its memo) unsigned.
   */
  static SettlementPage settlementPage(
      ParkingChargeTraces parking,
      ClearingRun run,
      StoredStatement party,
      StoredLine view,
      long after,
      int limit) {
    StatementLine line = view.line();
    if (!line.kind().parking()) {
      throw DomainException.notFound(
          "LINE_NOT_PARKING",
          "Line " + view.id() + " is no parking line: its drill-down is entries");
    }
    if (line.entries() == 0) {
      return new SettlementPage(List.of(), after, limit, 0);
    }
    Set<String> kinds;
    Long tenant = null;
    String partner = null;
    switch (party.partyKind()) {
      case TENANT -> {
        kinds = Set.of("TENANT");
        tenant = party.partyId();
      }
      case PARTNER -> {
        kinds = Set.of("PARTNER");
        partner = party.party();
      }
      default -> kinds = line.kind().memo() ? Set.of("OPERATOR") : Set.of("TENANT", "PARTNER");
    }
    ChargeSelection selection =
        new ChargeSelection(
            run.mallId(),
            line.from(),
            line.to(),
            run.computedAt(),
            kinds,
            tenant,
            partner,
            line.trace().firstEntryId(),
            line.trace().lastEntryId());
    // a late line gives back settlements of earlier periods released in its own
    return new SettlementPage(
        line.kind().late()
            ? parking.releasedCharges(selection, after, limit)
            : parking.charges(selection, after, limit),
        after,
        limit,
        line.entries());
  }

  /**
   * A page of the exchanges behind an exchange fee line of a run's statement, each with its fee and
   * the part of the line's amount it is (docs/clearing.md, "Partners"), in entry id order after
   * entry {@code after}: a partner's fee line the exchanges of its value line (same direction and
   * cost); the operator's fee line of a kind every partner's of that kind, both directions and
   * every cost. The listed amounts sum to the line's amount (0.00 on a line drawn from a deposit).
   * Any other line is 404 {@code LINE_NOT_EXCHANGE_FEE}. Read from the partner context ({@link
   * PartnerClearing#fees}), never its tables.
   */
  public FeePage fees(long runId, long statementId, long lineId, long after, int limit) {
    ClearingRuns.requirePage(0, limit);
    requireAfter(after);
    ClearingRun run = em.find(ClearingRun.class, runId);
    if (run == null || !caller.maySeeMall(run.mallId())) {
      throw DomainException.notFound("CLEARING_RUN_NOT_FOUND", "No clearing run " + runId);
    }
    StoredStatement party = ClearingRunStatement.ofRun(em, runId, statementId).view();
    StoredLine view = lineOf(em, statementId, lineId).view();
    StatementLine line = view.line();
    if (!line.kind().feeLine()) {
      throw DomainException.notFound(
          "LINE_NOT_EXCHANGE_FEE", "Line " + lineId + " is no exchange fee line");
    }
    if (line.entries() == 0) {
      return new FeePage(List.of(), after, limit, 0);
    }
    String kind = line.kind().name();
    boolean late = line.kind().late();
    boolean undone = kind.contains("RETURNED");
    boolean fromDeposit = kind.endsWith("DEPOSIT");
    String direction = null;
    BigDecimal cost = null;
    Set<Long> ids;
    if (party.partyKind() == PartyKind.PARTNER) {
      ClearingRunLine value = valueLineOf(em, view);
      if (value == null) {
        return new FeePage(List.of(), after, limit, line.entries());
      }
      direction = value.view().line().kind().name().contains("EXCHANGE_IN_") ? "IN" : "OUT";
      cost = value.view().line().rate();
      ids = Set.of(party.partyId());
    } else {
      ids = partiesWith(run, PartyKind.PARTNER, line.kind());
    }
    // from the party's side: a fee charged is negative, one given back positive; the operator's
    // line is the negated sum; a fee drawn from a deposit is settled already (0.00)
    int sign = fromDeposit ? 0 : undone ? 1 : -1;
    if (party.partyKind() == PartyKind.OPERATOR) {
      sign = -sign;
    }
    BigDecimal unit = BigDecimal.valueOf(sign);
    List<FeeExchange> exchanges =
        partners
            .fees(
                ids,
                direction,
                undone,
                late,
                cost,
                line.adjusts() == null ? null : line.adjusts().id(),
                fromDeposit,
                line.from(),
                line.to(),
                after,
                limit)
            .stream()
            .map(
                x ->
                    new FeeExchange(
                        x.entryId(),
                        x.bookedAt(),
                        x.partnerCode(),
                        x.partnerTxnId(),
                        x.direction(),
                        x.reversesEntryId(),
                        x.points(),
                        x.fee(),
                        x.fee().multiply(unit).setScale(2)))
            .toList();
    return new FeePage(exchanges, after, limit, line.entries());
  }

  /**
   * A page of the deposit movements behind a prepaid partner's deposit memo line (docs/clearing.md,
   * "Partners"): {@code DEPOSIT_TOPPED_UP} its top-ups, {@code DEPOSIT_DRAWN} the draws of its
   * exchanges in, {@code DEPOSIT_RETURNED} what their reversals gave back, made in the line's
   * period, in movement id order after {@code after}. Each movement's {@code memo} part (a draw's
   * amount as drawn) sums to the line's memo. The opening and closing balances and any other line
   * are 404 {@code LINE_NOT_DEPOSIT_MOVEMENT}.
   */
  public DepositPage movements(long runId, long statementId, long lineId, long after, int limit) {
    ClearingRuns.requirePage(0, limit);
    requireAfter(after);
    ClearingRun run = em.find(ClearingRun.class, runId);
    if (run == null || !caller.maySeeMall(run.mallId())) {
      throw DomainException.notFound("CLEARING_RUN_NOT_FOUND", "No clearing run " + runId);
    }
    StoredStatement party = ClearingRunStatement.ofRun(em, runId, statementId).view();
    StatementLine line = lineOf(em, statementId, lineId).view().line();
    if (!line.kind().depositMovements() || party.partyKind() != PartyKind.PARTNER) {
      throw DomainException.notFound(
          "LINE_NOT_DEPOSIT_MOVEMENT", "Line " + lineId + " lists no deposit movements");
    }
    com.atrium.partner.DepositReason reason =
        switch (line.kind()) {
          case DEPOSIT_TOPPED_UP -> com.atrium.partner.DepositReason.TOP_UP;
          case DEPOSIT_DRAWN -> com.atrium.partner.DepositReason.EXCHANGE_IN;
          default -> com.atrium.partner.DepositReason.REVERSAL;
        };
    List<DepositMovementLine> movements =
        partners.movements(party.partyId(), reason, line.from(), line.to(), after, limit).stream()
            .map(
                m ->
                    new DepositMovementLine(
                        m.movementId(),
                        m.at(),
                        m.reason(),
                        m.amount(),
                        reason == com.atrium.partner.DepositReason.EXCHANGE_IN
                            ? m.amount().negate()
                            : m.amount(),
                        m.balanceAfter(),
                        m.reference(),
                        m.partnerTxnId()))
            .toList();
    return new DepositPage(movements, after, limit);
  }

  /** The parties of a kind whose statement in the run has a line of a kind. */
  private Set<Long> partiesWith(ClearingRun run, PartyKind kind, LineKind line) {
    return Set.copyOf(
        em.createQuery(
                "select distinct s.partyId from ClearingRunStatement s, ClearingRunLine l"
                    + " where l.statementId = s.id and s.runId = :run"
                    + " and s.partyKind = :party and l.kind = :kind",
                Long.class)
            .setParameter("run", run.id())
            .setParameter("party", kind)
            .setParameter("kind", line)
            .getResultList());
  }

  /** The keyset of a drill-down: the last entry id of the page before, 0 for the first page. */
  static void requireAfter(long after) {
    if (after < 0) {
      throw DomainException.invalid("AFTER_INVALID", "after", "after is an entry id, 0 or more");
    }
  }

  /**
   * A line of the statement; a line of another statement (or none) is 404 {@code LINE_NOT_FOUND}.
   */
  static ClearingRunLine lineOf(EntityManager em, long statementId, long lineId) {
    ClearingRunLine stored = em.find(ClearingRunLine.class, lineId);
    if (stored == null || stored.statementId() != statementId) {
      throw DomainException.notFound(
          "LINE_NOT_FOUND", "Statement " + statementId + " has no line " + lineId);
    }
    return stored;
  }

  /**
   * A page of the entries behind a stored line, whoever may see it: finance's drill-down above and
   * a tenant manager's ({@link TenantStatements#entries}) check the caller first.
   */
  static TracedEntryPage page(
      EntityManager em,
      LedgerReadings readings,
      PartnerClearing partners,
      ClearingRun run,
      ClearingRunStatement statement,
      ClearingRunLine stored,
      long after,
      int offset,
      int limit) {
    StoredLine view = stored.view();
    StatementLine line = view.line();
    StoredStatement party = statement.view();
    if (!ledgerTraced(line.kind())) {
      return exchangePage(em, partners, run, party, view, after, offset, limit);
    }
    Set<Long> tenants =
        party.partyKind() == PartyKind.TENANT
            ? Set.of(party.partyId())
            : Set.copyOf(
                em.createQuery(
                        "select distinct s.partyId from ClearingRunStatement s, ClearingRunLine l"
                            + " where l.statementId = s.id and s.runId = :run"
                            + " and s.partyKind = :tenant and l.kind = :kind",
                        Long.class)
                    .setParameter("run", run.id())
                    .setParameter("tenant", PartyKind.TENANT)
                    .setParameter("kind", line.kind())
                    .getResultList());
    Long total = view.traced() ? line.entries() : null;
    if (tenants.isEmpty() || view.traced() && line.entries() == 0) {
      return new TracedEntryPage(List.of(), offset, limit, total);
    }
    // a line stored before entries were counted has no span: its whole period is searched
    long first = view.traced() ? line.trace().firstEntryId() : 0;
    long last = view.traced() ? line.trace().lastEntryId() : Long.MAX_VALUE;
    BookedPeriod period = new BookedPeriod(line.from(), line.to());
    List<TracedEntry> entries =
        line.kind() == LineKind.BREAKAGE_SHARE
            ? readings.expiries(period, tenants, first, last, after, offset, limit)
            : readings.entries(
                traceOf(line, period, tenants, first, last, run.bookedFrom()),
                after,
                offset,
                limit);
    return new TracedEntryPage(entries, offset, limit, total);
  }

  /**
   * The lines a journal entry landed in, in the runs of the malls the caller sees (a day's run and
   * its month's run both hold it), primary lines and the fee or overdraft lines it also counts in;
   * 404 {@code ENTRY_NOT_PLACED} when no such run holds it yet.
   */
  public List<Placement> placements(long journalEntryId) {
    java.util.Optional<ExchangePlace> exchange = partners.exchangeOf(journalEntryId);
    if (exchange.isPresent()) {
      return exchangePlacements(journalEntryId, exchange.get());
    }
    EntryPlacement entry =
        readings.placement(journalEntryId).orElseThrow(() -> notPlaced(journalEntryId));
    Map<Long, Set<AccountKind>> tenantAccounts = new HashMap<>();
    for (AccountRef a : entry.accounts()) {
      if (a.tenantId() != null) {
        tenantAccounts
            .computeIfAbsent(a.tenantId(), t -> EnumSet.noneOf(AccountKind.class))
            .add(a.kind());
      }
    }
    Instant booked = entry.bookedAt();
    Map<Long, ClearingRun> runs =
        em.createQuery(
                "select r from ClearingRun r where r.bookedFrom <= :t and r.bookedTo > :t",
                ClearingRun.class)
            .setParameter("t", booked)
            .getResultStream()
            .filter(r -> caller.maySeeMall(r.mallId()))
            .collect(Collectors.toMap(ClearingRun::id, r -> r));
    if (tenantAccounts.isEmpty() || runs.isEmpty()) {
      throw notPlaced(journalEntryId);
    }
    List<Object[]> rows =
        em.createQuery(
                "select s, l from ClearingRunStatement s, ClearingRunLine l"
                    + " where l.statementId = s.id and s.runId in :runs"
                    + " and s.partyKind = :tenant and s.partyId in :tenants"
                    + " and l.rateFrom <= :t and l.rateTo > :t"
                    + " order by s.runId, s.ordinal, l.ordinal",
                Object[].class)
            .setParameter("runs", runs.keySet())
            .setParameter("tenant", PartyKind.TENANT)
            .setParameter("tenants", tenantAccounts.keySet())
            .setParameter("t", booked)
            .getResultList();
    List<Placement> placements = new ArrayList<>();
    for (Object[] row : rows) {
      ClearingRunStatement s = (ClearingRunStatement) row[0];
      ClearingRunLine l = (ClearingRunLine) row[1];
      ClearingRun run = runs.get(s.runId());
      StoredStatement party = s.view();
      StoredLine stored = l.view();
      StatementLine line = stored.line();
      boolean late =
          entry.reverses() != null && entry.reverses().bookedAt().isBefore(run.bookedFrom());
      boolean holds =
          tenantAccounts.get(party.partyId()).stream()
                  .anyMatch(k -> kindsOf(k, entry.kind(), late).contains(line.kind()))
              && (line.adjusts() == null
                  || line.adjusts().source() == Adjustment.Source.ENTRY
                      && entry.reverses() != null
                      && line.adjusts().id() == entry.reverses().entryId())
              && (!stored.traced()
                  || line.trace().firstEntryId() <= journalEntryId
                      && journalEntryId <= line.trace().lastEntryId());
      if (holds) {
        placements.add(placement(run, party, stored));
      }
    }
    if (placements.isEmpty()) {
      throw notPlaced(journalEntryId);
    }
    return placements;
  }

  /**
   * The partner lines an exchange's entry landed in (docs/clearing.md, "Traceability"): in the runs
   * of the caller's malls whose booked period holds the time it counts at, the partner's statement,
   * its value line of the exchange's direction, cost and (for a late undoing) original, then the
   * fee line with the same exchanges behind it; then the operator's lines of those kinds.
   */
  private List<Placement> exchangePlacements(long journalEntryId, ExchangePlace x) {
    Map<Long, ClearingRun> runs =
        em.createQuery(
                "select r from ClearingRun r where r.bookedFrom <= :t and r.bookedTo > :t",
                ClearingRun.class)
            .setParameter("t", x.countsAt())
            .getResultStream()
            .filter(r -> caller.maySeeMall(r.mallId()))
            .collect(Collectors.toMap(ClearingRun::id, r -> r));
    if (runs.isEmpty()) {
      throw notPlaced(journalEntryId);
    }
    List<Object[]> rows =
        em.createQuery(
                "select s, l from ClearingRunStatement s, ClearingRunLine l"
                    + " where l.statementId = s.id and s.runId in :runs"
                    + " and s.partyKind = :partner and s.partyId = :id"
                    + " and l.firstEntryId <= :entry and l.lastEntryId >= :entry"
                    + " order by s.runId, s.ordinal, l.ordinal",
                Object[].class)
            .setParameter("runs", runs.keySet())
            .setParameter("partner", PartyKind.PARTNER)
            .setParameter("id", x.partnerId())
            .setParameter("entry", journalEntryId)
            .getResultList();
    List<Placement> values = new ArrayList<>();
    Set<String> valueSpans = new java.util.HashSet<>();
    Map<String, List<Placement>> fees = new HashMap<>();
    for (Object[] row : rows) {
      ClearingRunStatement s = (ClearingRunStatement) row[0];
      StoredLine stored = ((ClearingRunLine) row[1]).view();
      StatementLine line = stored.line();
      ClearingRun run = runs.get(s.runId());
      String name = line.kind().name();
      boolean late = x.undone() && x.madeAt().isBefore(run.bookedFrom());
      boolean undoing = name.contains("RETURNED") || name.contains("REVERSED");
      if (undoing != x.undone()
          || line.kind().late() != late
          || late && (line.adjusts() == null || line.adjusts().id() != x.exchangeEntryId())
          || name.endsWith("DEPOSIT") != x.fromDeposit()) {
        continue;
      }
      String span =
          s.runId() + ":" + line.trace().firstEntryId() + ":" + line.trace().lastEntryId();
      Placement placed = placement(run, s.view(), stored);
      if (line.kind().feeLine()) {
        fees.computeIfAbsent(span, k -> new ArrayList<>()).add(placed);
      } else if (name.contains("EXCHANGE_" + x.direction() + "_")
          && line.rate() != null
          && line.rate().compareTo(x.costPerPoint()) == 0) {
        values.add(placed);
        valueSpans.add(span);
      }
    }
    // a fee line counts the same exchanges as its value line (the same span of entries): listed
    // after the value lines, as a tenant's fee line is after its main line
    List<Placement> placements = new ArrayList<>(values);
    valueSpans.forEach(span -> placements.addAll(fees.getOrDefault(span, List.of())));
    if (placements.isEmpty()) {
      throw notPlaced(journalEntryId);
    }
    placements.addAll(operatorMirrors(runs, placements));
    placements.sort(
        java.util.Comparator.comparingLong(Placement::runId)
            .thenComparing(p -> p.partyKind() == PartyKind.OPERATOR)
            .thenComparing(p -> p.lineKind().feeLine()));
    return placements;
  }

  /**
   * The operator's lines that mirror a partner's lines {@code placed}: in the same run, the one
   * line of the same kind (the negated sum of every partner's lines of that kind).
   */
  private List<Placement> operatorMirrors(Map<Long, ClearingRun> runs, List<Placement> placed) {
    Set<String> wanted =
        placed.stream().map(p -> p.runId() + ":" + p.lineKind()).collect(Collectors.toSet());
    List<Placement> mirrors = new ArrayList<>();
    for (Object[] row :
        em.createQuery(
                "select s, l from ClearingRunStatement s, ClearingRunLine l"
                    + " where l.statementId = s.id and s.runId in :runs"
                    + " and s.partyKind = :operator and l.kind in :kinds"
                    + " order by s.runId, l.ordinal",
                Object[].class)
            .setParameter("runs", placed.stream().map(Placement::runId).distinct().toList())
            .setParameter("operator", PartyKind.OPERATOR)
            .setParameter("kinds", placed.stream().map(Placement::lineKind).distinct().toList())
            .getResultList()) {
      ClearingRunStatement s = (ClearingRunStatement) row[0];
      StoredLine stored = ((ClearingRunLine) row[1]).view();
      if (wanted.contains(s.runId() + ":" + stored.line().kind())) {
        mirrors.add(placement(runs.get(s.runId()), s.view(), stored));
      }
    }
    return mirrors;
  }

  private Placement placement(ClearingRun run, StoredStatement party, StoredLine stored) {
    RunView r = run.view(malls.require(run.mallId()).code());
    StatementLine line = stored.line();
    return new Placement(
        r.id(),
        r.mallCode(),
        r.periodKind(),
        r.periodStart(),
        r.periodEnd(),
        r.status(),
        party.id(),
        party.partyKind(),
        party.party(),
        stored.id(),
        line.kind(),
        line.from(),
        line.to());
  }

  /**
   * The entries {@link ClearingCalculator} counts into a line of each kind (its {@code Counts.add}
   * and {@link StatementArithmetic}), with the sign that makes them sum to the line's points.
   * Overdraft: the period's funding net of refunds, which is the line while the block is empty.
   */
  static EntryTrace traceOf(
      StatementLine line,
      BookedPeriod period,
      Set<Long> tenants,
      long first,
      long last,
      Instant periodStart) {
    Set<AccountKind> issuance = EnumSet.of(AccountKind.TENANT_ISSUANCE);
    Set<AccountKind> redemption = EnumSet.of(AccountKind.TENANT_REDEMPTION);
    Set<AccountKind> campaign = EnumSet.of(AccountKind.TENANT_CAMPAIGN);
    Set<EntryKind> earn = Set.of(EntryKind.EARN);
    Set<EntryKind> reversal = Set.of(EntryKind.REVERSAL);
    // a tenant's coupon counts when honoured; points as cash (and coupons held before) when spent
    Set<EntryKind> redeem = Set.of(EntryKind.REDEEM, EntryKind.HONOUR);
    Long original = line.adjusts() == null ? null : line.adjusts().id();
    ReversalFilter late = original == null ? ReversalFilter.LATE : ReversalFilter.OF_ORIGINAL;
    return switch (line.kind()) {
      case ISSUANCE_CHARGE, FUNDED_FROM_BLOCK ->
          trace(period, issuance, tenants, earn, first, last, ReversalFilter.ALL, null, null, true);
      case ISSUANCE_REVERSED, RETURNED_TO_BLOCK ->
          trace(
              period,
              issuance,
              tenants,
              reversal,
              first,
              last,
              ReversalFilter.ON_TIME,
              periodStart,
              null,
              false);
      case LATE_ISSUANCE_REVERSED, LATE_RETURNED_TO_BLOCK ->
          trace(
              period, issuance, tenants, reversal, first, last, late, periodStart, original, false);
      case CAMPAIGN_CHARGE, CAMPAIGN_FROM_BLOCK ->
          trace(period, campaign, tenants, earn, first, last, ReversalFilter.ALL, null, null, true);
      case CAMPAIGN_REVERSED, CAMPAIGN_RETURNED_TO_BLOCK ->
          trace(
              period,
              campaign,
              tenants,
              reversal,
              first,
              last,
              ReversalFilter.ON_TIME,
              periodStart,
              null,
              false);
      case LATE_CAMPAIGN_REVERSED, LATE_CAMPAIGN_RETURNED_TO_BLOCK ->
          trace(
              period, campaign, tenants, reversal, first, last, late, periodStart, original, false);
      case BLOCK_OVERDRAFT ->
          trace(
              period,
              EnumSet.of(AccountKind.TENANT_ISSUANCE, AccountKind.TENANT_CAMPAIGN),
              tenants,
              Set.of(EntryKind.EARN, EntryKind.REVERSAL),
              first,
              last,
              ReversalFilter.ALL,
              null,
              null,
              true);
      case REIMBURSEMENT ->
          trace(
              period,
              redemption,
              tenants,
              redeem,
              first,
              last,
              ReversalFilter.ALL,
              null,
              null,
              false);
      case REIMBURSEMENT_REVERSED ->
          trace(
              period,
              redemption,
              tenants,
              reversal,
              first,
              last,
              ReversalFilter.ON_TIME,
              periodStart,
              null,
              true);
      case LATE_REIMBURSEMENT_REVERSED ->
          trace(
              period,
              redemption,
              tenants,
              reversal,
              first,
              last,
              late,
              periodStart,
              original,
              true);
      case CLEARING_FEE ->
          trace(
              period,
              redemption,
              tenants,
              Set.of(EntryKind.REDEEM, EntryKind.HONOUR, EntryKind.REVERSAL),
              first,
              last,
              ReversalFilter.ALL,
              null,
              null,
              false);
      case BREAKAGE_SHARE ->
          throw new IllegalArgumentException("breakage is traced through the expired lots");
      case DISPUTE_CORRECTION ->
          throw new IllegalArgumentException("a dispute's correction has no entries behind it");
      default ->
          throw new IllegalArgumentException(
              "a " + line.kind() + " line is traced through its exchanges or parking settlements");
    };
  }

  /**
   * A page of the journal entries of the exchanges behind a partner's exchange line (an operator's
   * line of that kind: of every partner of the run), from the partner context: the exchanges' own
   * entries for what they made, their undo entries for undoings (a late one: of its original only).
   * A partner's fee line lists the entries of its value line's exchanges; an operator's fee line
   * and memo lines answer an empty page: their drill-downs are {@link #fees} and {@link
   * #movements}; parking lines list their parking charges through {@link #settlements}.
   */
  private static TracedEntryPage exchangePage(
      EntityManager em,
      PartnerClearing partners,
      ClearingRun run,
      StoredStatement party,
      StoredLine view,
      long after,
      int offset,
      int limit) {
    StatementLine line = view.line();
    String name = line.kind().name();
    boolean late = line.kind().late();
    String kind = late ? name.substring("LATE_".length()) : name;
    if (!line.kind().drillable()) {
      return new TracedEntryPage(List.of(), offset, limit, 0L);
    }
    String direction = kind.startsWith("EXCHANGE_IN_") ? "IN" : "OUT";
    boolean undone = kind.endsWith("REVERSED") || kind.endsWith("RETURNED_TO_DEPOSIT");
    BigDecimal cost = line.rate();
    if (kind.startsWith("EXCHANGE_FEE")) {
      // a partner's fee line has the same exchanges (the same trace) as its value line, which
      // says the direction and the cost; an operator's fee line is not drilled (drillableFor)
      ClearingRunLine value = valueLineOf(em, view);
      if (party.partyKind() != PartyKind.PARTNER || value == null) {
        return new TracedEntryPage(List.of(), offset, limit, 0L);
      }
      String valueKind = value.view().line().kind().name();
      direction = valueKind.contains("EXCHANGE_IN_") ? "IN" : "OUT";
      undone = kind.contains("RETURNED");
      cost = value.view().line().rate();
    }
    Set<Long> ids =
        party.partyKind() == PartyKind.PARTNER
            ? Set.of(party.partyId())
            : Set.copyOf(
                em.createQuery(
                        "select distinct s.partyId from ClearingRunStatement s, ClearingRunLine l"
                            + " where l.statementId = s.id and s.runId = :run"
                            + " and s.partyKind = :partner and l.kind = :kind",
                        Long.class)
                    .setParameter("run", run.id())
                    .setParameter("partner", PartyKind.PARTNER)
                    .setParameter("kind", line.kind())
                    .getResultList());
    List<TracedEntry> entries =
        partners
            .entries(
                ids,
                direction,
                undone,
                late,
                cost,
                line.adjusts() == null ? null : line.adjusts().id(),
                name.endsWith("DEPOSIT"),
                line.from(),
                line.to(),
                after,
                offset,
                limit)
            .stream()
            .map(
                x ->
                    new TracedEntry(
                        x.entryId(),
                        EntryKind.valueOf(x.kind()),
                        x.bookedAt(),
                        x.bookedAt(),
                        x.memberId(),
                        x.description(),
                        x.reversesEntryId(),
                        x.points()))
            .toList();
    return new TracedEntryPage(entries, offset, limit, view.traced() ? line.entries() : null);
  }

  /**
   * The value line of a partner's fee line: the line of its statement with the same exchanges
   * behind it (the same span of entries), which is not a fee line; null when there is none.
   */
  private static ClearingRunLine valueLineOf(EntityManager em, StoredLine fee) {
    StatementLine line = fee.line();
    if (line.entries() == 0) {
      return null;
    }
    long statementId = em.find(ClearingRunLine.class, fee.id()).statementId();
    return em.createQuery(
            "select l from ClearingRunLine l where l.statementId = :statement"
                + " and l.firstEntryId = :first and l.lastEntryId = :last and l.id <> :fee",
            ClearingRunLine.class)
        .setParameter("statement", statementId)
        .setParameter("first", line.trace().firstEntryId())
        .setParameter("last", line.trace().lastEntryId())
        .setParameter("fee", fee.id())
        .getResultStream()
        .filter(l -> !l.view().line().kind().name().contains("EXCHANGE_FEE"))
        .findFirst()
        .orElse(null);
  }

  /** Whether a line's entries are a tenant account's journal lines ({@link #traceOf}). */
  static boolean ledgerTraced(LineKind kind) {
    return kind.ordinal() <= LineKind.DISPUTE_CORRECTION.ordinal();
  }

  /** The line kinds an entry of a kind on a tenant account of a kind counts in. */
  static Set<LineKind> kindsOf(AccountKind account, EntryKind entry, boolean late) {
    if (account == AccountKind.TENANT_CAMPAIGN) {
      return switch (entry) {
        case EARN ->
            EnumSet.of(
                LineKind.CAMPAIGN_CHARGE, LineKind.CAMPAIGN_FROM_BLOCK, LineKind.BLOCK_OVERDRAFT);
        case REVERSAL ->
            late
                ? EnumSet.of(
                    LineKind.LATE_CAMPAIGN_REVERSED,
                    LineKind.LATE_CAMPAIGN_RETURNED_TO_BLOCK,
                    LineKind.BLOCK_OVERDRAFT)
                : EnumSet.of(
                    LineKind.CAMPAIGN_REVERSED,
                    LineKind.CAMPAIGN_RETURNED_TO_BLOCK,
                    LineKind.BLOCK_OVERDRAFT);
        case EXPIRE -> EnumSet.of(LineKind.BREAKAGE_SHARE);
        default -> EnumSet.noneOf(LineKind.class);
      };
    }
    if (account == AccountKind.TENANT_ISSUANCE) {
      return switch (entry) {
        case EARN ->
            EnumSet.of(
                LineKind.ISSUANCE_CHARGE, LineKind.FUNDED_FROM_BLOCK, LineKind.BLOCK_OVERDRAFT);
        case REVERSAL ->
            late
                ? EnumSet.of(
                    LineKind.LATE_ISSUANCE_REVERSED,
                    LineKind.LATE_RETURNED_TO_BLOCK,
                    LineKind.BLOCK_OVERDRAFT)
                : EnumSet.of(
                    LineKind.ISSUANCE_REVERSED,
                    LineKind.RETURNED_TO_BLOCK,
                    LineKind.BLOCK_OVERDRAFT);
        case EXPIRE -> EnumSet.of(LineKind.BREAKAGE_SHARE);
        default -> EnumSet.noneOf(LineKind.class);
      };
    }
    if (account == AccountKind.TENANT_REDEMPTION) {
      return switch (entry) {
        case REDEEM, HONOUR -> EnumSet.of(LineKind.REIMBURSEMENT, LineKind.CLEARING_FEE);
        case REVERSAL ->
            EnumSet.of(
                late ? LineKind.LATE_REIMBURSEMENT_REVERSED : LineKind.REIMBURSEMENT_REVERSED,
                LineKind.CLEARING_FEE);
        default -> EnumSet.noneOf(LineKind.class);
      };
    }
    return EnumSet.noneOf(LineKind.class);
  }

  private static EntryTrace trace(
      BookedPeriod period,
      Set<AccountKind> accounts,
      Set<Long> tenants,
      Set<EntryKind> kinds,
      long first,
      long last,
      ReversalFilter reversals,
      Instant originalsBefore,
      Long original,
      boolean negate) {
    return new EntryTrace(
        period,
        accounts,
        tenants,
        kinds,
        first,
        last,
        reversals,
        originalsBefore,
        original,
        negate);
  }

  private static DomainException notPlaced(long entryId) {
    return DomainException.notFound(
        "ENTRY_NOT_PLACED", "No clearing run you can see holds journal entry " + entryId);
  }
}
