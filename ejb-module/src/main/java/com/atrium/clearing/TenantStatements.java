package com.atrium.clearing;

import com.atrium.ledger.LedgerFigures.TracedEntry;
import com.atrium.ledger.LedgerReadings;
import com.atrium.member.MemberDirectory;
import com.atrium.parking.ParkingChargeTraces;
import com.atrium.platform.Clock;
import com.atrium.platform.DomainException;
import com.atrium.platform.Page;
import com.atrium.platform.Sort;
import com.atrium.platform.SortColumns;
import com.atrium.security.CurrentCaller;
import com.atrium.security.Roles;
import com.atrium.tenant.MallRegistry;
import com.atrium.tenant.MallSummary;
import com.atrium.tenant.TenantService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A tenant manager's own statements (docs/clearing.md, "Tenant statements and disputes"): those of
 * its tenant in runs that went to review (in review, approved or closed), never a draft's, which
 * finance may still compute again. Another tenant's statement, a draft's or the operator's is not
 * found, exactly like one that does not exist.
 */
@Stateless
@RolesAllowed(Roles.MERCHANT_MANAGER)
public class TenantStatements {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @EJB MallRegistry malls;
  @EJB LedgerReadings readings;
  @EJB MemberDirectory members;
  @Inject CurrentCaller caller;
  @Inject Clock clock;
  @Inject DisputeWindow window;
  @EJB TenantService tenants;
  @EJB ParkingChargeTraces parking;

  /** The caller's tenant's statements, newest period first. */
  public TenantStatementList statements(int offset, int limit) {
    ClearingRuns.requirePage(offset, limit);
    long tenant = caller.requireTenantId();
    long total =
        em.createNamedQuery("ClearingRunStatement.countOfTenantShown", Long.class)
            .setParameter("tenant", tenant)
            .getSingleResult();
    Instant now = clock.now();
    List<TenantStatement> page =
        em.createNamedQuery("ClearingRunStatement.ofTenantShown", Object[].class)
            .setParameter("tenant", tenant)
            .setFirstResult(offset)
            .setMaxResults(limit)
            .getResultStream()
            .map(r -> view((ClearingRunStatement) r[0], (ClearingRun) r[1], now))
            .toList();
    return new TenantStatementList(page, offset, limit, total);
  }

  /** The columns a tenant's statements list may be sorted by; newest period first when none. */
  static final SortColumns SORT =
      SortColumns.of(
          "r.periodStart desc, r.periodKind",
          "s.id",
          "period",
          "r.periodStart",
          "status",
          "r.status",
          "net",
          "s.net",
          "lines",
          "s.lineCount",
          "disputeUntil",
          "r.submittedAt");

  /**
   * The caller's tenant's statements of a run status (null: any shown) whose period starts in
   * {@code [from, to]} (each null for open), in a whitelisted order ({@link #SORT}), one page.
   */
  public Page<TenantStatement> statements(
      RunStatus status, LocalDate from, LocalDate to, Sort sort, int offset, int limit) {
    long tenant = caller.requireTenantId();
    StringBuilder where =
        new StringBuilder(
            " from ClearingRunStatement s, ClearingRun r where r.id = s.runId"
                + " and s.partyKind = com.atrium.clearing.PartyKind.TENANT"
                + " and s.partyId = :tenant and r.status <> com.atrium.clearing.RunStatus.DRAFT");
    Map<String, Object> params = new java.util.HashMap<>();
    params.put("tenant", tenant);
    if (status != null) {
      where.append(" and r.status = :status");
      params.put("status", status);
    }
    if (from != null) {
      where.append(" and r.periodStart >= :from");
      params.put("from", from);
    }
    if (to != null) {
      where.append(" and r.periodStart <= :to");
      params.put("to", to);
    }
    var rows = em.createQuery("select s, r" + where + SORT.orderBy(sort), Object[].class);
    var count = em.createQuery("select count(s)" + where, Long.class);
    params.forEach(
        (k, v) -> {
          rows.setParameter(k, v);
          count.setParameter(k, v);
        });
    int size = Page.clampLimit(limit);
    int first = Math.max(0, offset);
    Instant now = clock.now();
    List<TenantStatement> page =
        rows.setFirstResult(first)
            .setMaxResults(size)
            .getResultStream()
            .map(r -> view((ClearingRunStatement) r[0], (ClearingRun) r[1], now))
            .toList();
    return new Page<>(page, first, size, count.getSingleResult());
  }

  /** One of the caller's tenant's statements with its lines and disputes. */
  public TenantStatementDetail statement(long statementId) {
    ClearingRunStatement s = shown(em, caller.requireTenantId(), statementId);
    ClearingRun run = em.find(ClearingRun.class, s.runId());
    List<TenantLine> lines =
        em.createNamedQuery("ClearingRunLine.ofStatement", ClearingRunLine.class)
            .setParameter("statement", statementId)
            .getResultStream()
            .map(ClearingRunLine::view)
            .map(l -> new TenantLine(l.id(), l.number(), l.line()))
            .toList();
    List<DisputeView> disputes =
        em.createNamedQuery("ClearingDispute.ofStatement", Object[].class)
            .setParameter("statement", statementId)
            .getResultStream()
            .map(ClearingDisputes::view)
            .toList();
    return new TenantStatementDetail(view(s, run, clock.now()), lines, disputes);
  }

  /**
   * A page of the journal entries behind a line of one of the caller's tenant's statements, in
   * entry id order after entry {@code after} (0: from the first; the keyset), at most {@code
   * limit}: the same entries as finance's drill-down ({@link ClearingTraces}), the member shown
   * only by its masked card number. Another tenant's statement is 404 {@code STATEMENT_NOT_FOUND}
   * as above, a line of another statement 404 {@code LINE_NOT_FOUND}.
   */
  public TenantEntryPage entries(long statementId, long lineId, long after, int limit) {
    ClearingRuns.requirePage(0, limit);
    ClearingTraces.requireAfter(after);
    ClearingRunStatement s = shown(em, caller.requireTenantId(), statementId);
    ClearingRunLine line = ClearingTraces.lineOf(em, statementId, lineId);
    ClearingRun run = em.find(ClearingRun.class, s.runId());
    TracedEntryPage page = ClearingTraces.page(em, readings, null, run, s, line, after, 0, limit);
    Map<Long, String> cards =
        members.maskedCards(
            page.entries().stream()
                .map(TracedEntry::memberId)
                .filter(Objects::nonNull)
                .distinct()
                .toList());
    List<TenantEntry> entries =
        page.entries().stream()
            .map(
                e ->
                    new TenantEntry(
                        e.entryId(),
                        e.kind(),
                        e.bookedAt(),
                        e.occurredAt(),
                        e.memberId() == null ? null : cards.get(e.memberId()),
                        e.description(),
                        e.reversesEntryId(),
                        e.points()))
            .toList();
    return new TenantEntryPage(entries, after, limit, page.total());
  }

  /**
   * A page of the parking charges behind the {@code PARKING_CHARGE} line of one of the caller's
   * tenant's statements, after charge {@code after} (the keyset): the same charges as finance's
   * drill-down of that line ({@link ClearingTraces#settlements}), the tenant's own, each spend
   * charge with the tenant's own sales by receipt number. Found as {@link #entries} finds the line;
   * another kind of line is 404 {@code LINE_NOT_PARKING}.
   */
  public SettlementPage settlements(long statementId, long lineId, long after, int limit) {
    ClearingRuns.requirePage(0, limit);
    ClearingTraces.requireAfter(after);
    ClearingRunStatement s = shown(em, caller.requireTenantId(), statementId);
    ClearingRunLine line = ClearingTraces.lineOf(em, statementId, lineId);
    ClearingRun run = em.find(ClearingRun.class, s.runId());
    return ClearingTraces.settlementPage(parking, run, s.view(), line.view(), after, limit);
  }

  /**
   * A line of one of the caller's tenant's statements with its run and statement, for an export of
   * its drill-down, found as {@link #entries} finds it (another tenant's statement 404 {@code
   * STATEMENT_NOT_FOUND}, a line of another statement {@code LINE_NOT_FOUND}).
   */
  public LineDocument line(long statementId, long lineId) {
    ClearingRunStatement s = shown(em, caller.requireTenantId(), statementId);
    ClearingRunLine line = ClearingTraces.lineOf(em, statementId, lineId);
    ClearingRun run = em.find(ClearingRun.class, s.runId());
    return new LineDocument(run.view(malls.require(run.mallId()).code()), s.view(), line.view());
  }

  /**
   * The statement of this tenant in a run past its draft; anything else is 404 {@code
   * STATEMENT_NOT_FOUND}, so that a manager learns nothing of other tenants' statements or drafts.
   */
  static ClearingRunStatement shown(EntityManager em, long tenantId, long statementId) {
    ClearingRunStatement s = em.find(ClearingRunStatement.class, statementId);
    if (s != null
        && s.partyKind() == PartyKind.TENANT
        && s.partyId() != null
        && s.partyId() == tenantId) {
      ClearingRun run = em.find(ClearingRun.class, s.runId());
      if (run != null && run.status() != RunStatus.DRAFT) {
        return s;
      }
    }
    throw DomainException.notFound("STATEMENT_NOT_FOUND", "No statement " + statementId);
  }

  private TenantStatement view(ClearingRunStatement s, ClearingRun run, Instant now) {
    MallSummary mall = malls.require(run.mallId());
    RunView r = run.view(mall.code());
    StoredStatement stored = s.view();
    return new TenantStatement(
        stored.id(),
        r.id(),
        mall.code(),
        r.periodKind(),
        r.periodStart(),
        r.periodEnd(),
        r.zone(),
        r.status(),
        r.submittedAt(),
        r.submittedAt() == null ? null : window.until(r.submittedAt()),
        window.isOpen(run, now),
        stored.party(),
        stored.net(),
        stored.lineCount(),
        stored.block());
  }

  // --- Exports (docs/clearing.md, "Exports"): the manager's own statement as a file ---

  /**
   * One of the caller's tenant's statements with everything its export prints, found as {@link
   * #statement} finds it (another tenant's, a draft's or the operator's is 404), and built as
   * finance's export builds it, so that the manager downloads the same file.
   */
  public StatementDocument document(long statementId) {
    ClearingRunStatement s = shown(em, caller.requireTenantId(), statementId);
    ClearingRun run = em.find(ClearingRun.class, s.runId());
    MallSummary mall = malls.require(run.mallId());
    StoredStatement stored = s.view();
    // the name the tenant is registered with, or its code, as on finance's export
    String partyName =
        tenants.namesOf(Set.of(stored.partyId())).getOrDefault(stored.partyId(), stored.party());
    return ClearingRuns.document(em, run.view(mall.code()), mall.name(), stored, partyName);
  }
}
