package com.atrium.clearing;

import com.atrium.audit.AuditLog;
import com.atrium.ledger.BookedPeriod;
import com.atrium.platform.Clock;
import com.atrium.platform.DomainException;
import com.atrium.platform.Page;
import com.atrium.platform.Sha256;
import com.atrium.platform.UniqueViolation;
import com.atrium.security.CurrentCaller;
import com.atrium.security.Roles;
import com.atrium.tenant.MallConfiguration;
import com.atrium.tenant.MallRegistry;
import com.atrium.tenant.MallSummary;
import com.atrium.tenant.TenantService;
import com.atrium.tenant.TenantView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Clearing runs kept per mall and period, and their lifecycle (docs/clearing.md, "Runs"). For
 * finance and the admin, within their mall: another mall's run is not found. A run's statements are
 * what {@link ClearingCalculator} computes for the period's booked time; a draft is computed again
 * in place, the same data giving the same statements byte for byte (their digest says so); a closed
 * run never changes. Every transition is audited.
 */
@Stateless
@RolesAllowed({Roles.OPERATOR_FINANCE, Roles.OPERATOR_ADMIN})
public class ClearingRuns {

  /**
   * The role that approves a run (four eyes among its holders); the admin may do the rest. Pages
   * offer the approval to it alone.
   */
  public static final String APPROVER = Roles.OPERATOR_FINANCE;

  /** Runs and lines are read at most this many at a time. */
  public static final int PAGE_MAX = 200;

  /** The first and last days a period may start on: both databases hold their instants. */
  static final LocalDate EARLIEST = LocalDate.of(1970, 1, 2);

  static final LocalDate LATEST = LocalDate.of(9999, 11, 30);

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @EJB ClearingCalculator calculator;
  @EJB DisputeCorrections corrections;
  @EJB MallRegistry malls;
  @EJB TenantService tenants;
  @EJB AuditLog audit;
  @Inject MallConfiguration configuration;
  @Inject CurrentCaller caller;
  @Inject Clock clock;

  /**
   * Starts the run of a mall and period: computes its statements as a draft. Refused: a mall the
   * caller may not see (404), a period that has not begun or a month not starting on its first day
   * (400), a period that already has a run (409 {@code CLEARING_RUN_EXISTS}: compute that one again
   * instead).
   */
  public RunDetail start(
      String mallCode, PeriodKind kind, LocalDate periodStart, BigDecimal breakageSharePercent) {
    MallSummary mall = visibleMall(mallCode);
    if (kind == null) {
      throw DomainException.invalid("PERIOD_KIND_INVALID", "periodKind", "DAY or MONTH");
    }
    if (periodStart == null
        || periodStart.isBefore(EARLIEST)
        || periodStart.isAfter(LATEST)
        || !kind.startsOn(periodStart)) {
      throw DomainException.invalid(
          "PERIOD_START_INVALID",
          "periodStart",
          "periodStart is a day from 1970 to 9999; a month starts on its first day");
    }
    if (breakageSharePercent == null) {
      breakageSharePercent = configuration.mall(mall.code()).breakageSharePercent();
    }
    ClearingRates.requirePercent(
        breakageSharePercent, "BREAKAGE_SHARE_INVALID", "breakageSharePercent");
    ZoneId zone = zoneOf(mall);
    LocalDate end = kind.endAfter(periodStart);
    Instant from = periodStart.atStartOfDay(zone).toInstant();
    Instant to = end.atStartOfDay(zone).toInstant();
    Instant now = clock.now();
    if (from.isAfter(now)) {
      throw DomainException.invalid(
          "PERIOD_NOT_STARTED", "periodStart", "A run is started for a period that has begun");
    }
    if (!em.createNamedQuery("ClearingRun.ofPeriod", ClearingRun.class)
        .setParameter("mall", mall.id())
        .setParameter("kind", kind)
        .setParameter("start", periodStart)
        .getResultList()
        .isEmpty()) {
      throw runExists(mallCode, kind, periodStart);
    }
    DraftRun draft =
        calculator.draft(mall.code(), new BookedPeriod(from, to), breakageSharePercent);
    ClearingRun run =
        new ClearingRun(
            mall.id(),
            kind,
            periodStart,
            end,
            zone.getId(),
            from,
            to,
            breakageSharePercent,
            digest(draft.statements()),
            caller.name(),
            now);
    try {
      em.persist(run);
      em.flush();
    } catch (PersistenceException e) {
      if (UniqueViolation.isCauseOf(e)) {
        // another start of the same period committed first
        throw runExists(mallCode, kind, periodStart);
      }
      throw e;
    }
    store(run, mall, draft);
    audit.record("CLEARING_RUN_STARTED", "clearing_run", run.id(), null, run.snapshot());
    return detail(run, mall);
  }

  /**
   * Computes a draft again from the ledger as it is now, with the period and breakage share it was
   * started with. The same data gives the same statements (and digest) byte for byte.
   */
  public RunDetail recompute(long runId) {
    ClearingRun run = lockedRun(runId);
    run.requireDraft();
    MallSummary mall = malls.require(run.mallId());
    DraftRun draft =
        calculator.draft(
            mall.code(),
            new BookedPeriod(run.bookedFrom(), run.bookedTo()),
            run.breakageSharePercent());
    var before = run.snapshot();
    em.createNamedQuery("ClearingRunLine.deleteOfRun")
        .setParameter("run", run.id())
        .executeUpdate();
    em.createNamedQuery("ClearingRunStatement.deleteOfRun")
        .setParameter("run", run.id())
        .executeUpdate();
    run.recomputed(digest(draft.statements()), caller.name(), clock.now());
    store(run, mall, draft);
    audit.record("CLEARING_RUN_RECOMPUTED", "clearing_run", run.id(), before, run.snapshot());
    return detail(run, mall);
  }

  /**
   * A draft of a period that has ended goes to review, its statements frozen; the dispute
   * corrections its statements carry are recorded as carried by it, so no other run carries them
   * (docs/clearing.md, "Dispute corrections"). One carried by another run since this draft was
   * computed is 409 {@code CORRECTION_NOT_PENDING}: compute the draft again.
   */
  public RunDetail submit(long runId) {
    ClearingRun run = lockedRun(runId);
    var before = run.snapshot();
    run.submit(caller.name(), clock.now());
    corrections.carried(
        em.createQuery(
                "select l.adjustsId from ClearingRunLine l, ClearingRunStatement s"
                    + " where l.statementId = s.id and s.runId = :run"
                    + " and l.adjustsSource = :dispute",
                Long.class)
            .setParameter("run", run.id())
            .setParameter("dispute", Adjustment.Source.DISPUTE)
            .getResultList(),
        run.id());
    audit.record("CLEARING_RUN_SUBMITTED", "clearing_run", run.id(), before, run.snapshot());
    return detail(run, malls.require(run.mallId()));
  }

  /**
   * A run in review is approved by a finance user who neither started nor computed it (403 {@code
   * FOUR_EYES_REQUIRED} otherwise). Finance only (403 {@code FINANCE_ROLE_REQUIRED}): approving
   * money is not the admin's; asked after the run is found, so an unknown run is 404 to anyone. A
   * run with an open dispute is not approved (409 {@code DISPUTES_OPEN}).
   */
  public RunDetail approve(long runId) {
    ClearingRun run = lockedRun(runId);
    if (!caller.isInRole(APPROVER)) {
      throw new DomainException(
          DomainException.Kind.FORBIDDEN,
          "FINANCE_ROLE_REQUIRED",
          null,
          "A run is approved by a finance user");
    }
    long open =
        em.createNamedQuery("ClearingDispute.countOpenOfRun", Long.class)
            .setParameter("run", run.id())
            .getSingleResult();
    if (open > 0) {
      // the run is locked: a dispute raised now waits for this transaction, then finds it approved
      throw DomainException.conflict(
          "DISPUTES_OPEN", "Run " + runId + " has " + open + " open dispute(s): answer them first");
    }
    var before = run.snapshot();
    run.approve(caller.name(), clock.now());
    audit.record("CLEARING_RUN_APPROVED", "clearing_run", run.id(), before, run.snapshot());
    return detail(run, malls.require(run.mallId()));
  }

  /** An approved run of an ended period is closed: it never changes again. */
  public RunDetail close(long runId) {
    ClearingRun run = lockedRun(runId);
    var before = run.snapshot();
    run.close(caller.name(), clock.now());
    audit.record("CLEARING_RUN_CLOSED", "clearing_run", run.id(), before, run.snapshot());
    return detail(run, malls.require(run.mallId()));
  }

  /** A run with its statements. */
  public RunDetail run(long runId) {
    ClearingRun run = visibleRun(runId, LockModeType.NONE);
    return detail(run, malls.require(run.mallId()));
  }

  /**
   * The runs the caller may see, newest period first: of one mall when {@code mallCode} is given
   * (404 when the caller may not see it), else of every mall they see.
   */
  public RunList runs(String mallCode, int offset, int limit) {
    return runs(mallCode, null, offset, limit);
  }

  /**
   * The runs the caller may see, newest period first, of one mall when {@code mallCode} is given
   * and in one status when {@code status} is given.
   */
  public RunList runs(String mallCode, RunStatus status, int offset, int limit) {
    requirePage(offset, limit);
    List<MallSummary> visible = mallCode == null ? malls() : List.of(visibleMall(mallCode));
    Map<Long, String> codes =
        visible.stream().collect(Collectors.toMap(MallSummary::id, MallSummary::code));
    List<Long> ids = List.copyOf(codes.keySet());
    if (ids.isEmpty()) {
      return new RunList(List.of(), offset, limit, 0);
    }
    var count =
        em.createNamedQuery(
                status == null ? "ClearingRun.countInMalls" : "ClearingRun.countInMallsWithStatus",
                Long.class)
            .setParameter("malls", ids);
    var page =
        em.createNamedQuery(
                status == null ? "ClearingRun.inMalls" : "ClearingRun.inMallsWithStatus",
                ClearingRun.class)
            .setParameter("malls", ids);
    if (status != null) {
      count.setParameter("status", status);
      page.setParameter("status", status);
    }
    long total = count.getSingleResult();
    List<RunView> runs =
        page.setFirstResult(offset)
            .setMaxResults(limit)
            .getResultStream()
            .map(r -> r.view(codes.get(r.mallId())))
            .toList();
    return new RunList(runs, offset, limit, total);
  }

  /**
   * A page of runs as {@link #runs(String, RunStatus, int, int)} with each run's operator net (what
   * the operator keeps of the period), read in one more query: the portal's list of runs.
   */
  public Page<RunSummary> summaries(String mallCode, RunStatus status, int offset, int limit) {
    RunList list = runs(mallCode, status, offset, limit);
    Map<Long, BigDecimal> nets = new HashMap<>();
    if (!list.runs().isEmpty()) {
      em.createNamedQuery("ClearingRunStatement.operatorNets", Object[].class)
          .setParameter("runs", list.runs().stream().map(RunView::id).toList())
          .getResultStream()
          .forEach(row -> nets.put(((Number) row[0]).longValue(), (BigDecimal) row[1]));
    }
    return new Page<>(
        list.runs().stream().map(r -> new RunSummary(r, nets.get(r.id()))).toList(),
        offset,
        limit,
        list.total());
  }

  /** The malls the caller may start and see runs of, in the registry's order. */
  public List<MallSummary> malls() {
    return malls.malls().stream().filter(m -> caller.maySeeMall(m.id())).toList();
  }

  /** A page of one of the run's statements' lines, in the statement's order. */
  public LinePage lines(long runId, long statementId, int offset, int limit) {
    requirePage(offset, limit);
    visibleRun(runId, LockModeType.NONE);
    ClearingRunStatement statement = ClearingRunStatement.ofRun(em, runId, statementId);
    List<StoredLine> lines =
        em.createNamedQuery("ClearingRunLine.ofStatement", ClearingRunLine.class)
            .setParameter("statement", statementId)
            .setFirstResult(offset)
            .setMaxResults(limit)
            .getResultStream()
            .map(ClearingRunLine::view)
            .toList();
    return new LinePage(lines, offset, limit, statement.view().lineCount());
  }

  /**
   * One of the run's statements with all its lines and the names an export prints
   * (docs/clearing.md, "Exports"). Refused like {@link #lines}: another mall's run, a statement of
   * another run (404).
   */
  public StatementDocument statementDocument(long runId, long statementId) {
    ClearingRun run = visibleRun(runId, LockModeType.NONE);
    ClearingRunStatement statement = ClearingRunStatement.ofRun(em, runId, statementId);
    MallSummary mall = malls.require(run.mallId());
    StoredStatement view = statement.view();
    return document(
        em, run.view(mall.code()), mall.name(), view, partyNames(List.of(view)).get(view.id()));
  }

  /**
   * A stored statement with all its lines, as an export prints it: finance's export and a tenant
   * manager's ({@link TenantStatements#document}) build it here, so both hand out the same file.
   */
  static StatementDocument document(
      EntityManager em, RunView run, String mallName, StoredStatement statement, String partyName) {
    List<StatementLine> lines =
        em.createNamedQuery("ClearingRunLine.ofStatement", ClearingRunLine.class)
            .setParameter("statement", statement.id())
            .getResultStream()
            .map(l -> l.view().line())
            .toList();
    return new StatementDocument(run, mallName, statement, partyName, lines);
  }

  /** The whole run for an export: every statement with all its lines, read in two queries. */
  public RunDocument runDocument(long runId) {
    ClearingRun run = visibleRun(runId, LockModeType.NONE);
    MallSummary mall = malls.require(run.mallId());
    RunView runView = run.view(mall.code());
    List<StoredStatement> statements =
        em.createNamedQuery("ClearingRunStatement.ofRun", ClearingRunStatement.class)
            .setParameter("run", run.id())
            .getResultStream()
            .map(ClearingRunStatement::view)
            .toList();
    Map<Long, List<StatementLine>> lines = new HashMap<>();
    for (ClearingRunLine l :
        em.createNamedQuery("ClearingRunLine.ofRun", ClearingRunLine.class)
            .setParameter("run", run.id())
            .getResultList()) {
      lines.computeIfAbsent(l.statementId(), k -> new ArrayList<>()).add(l.view().line());
    }
    Map<Long, String> names = partyNames(statements);
    return new RunDocument(
        runView,
        mall.name(),
        statements.stream()
            .map(
                s ->
                    new StatementDocument(
                        runView,
                        mall.name(),
                        s,
                        names.get(s.id()),
                        lines.getOrDefault(s.id(), List.of())))
            .toList());
  }

  /**
   * The name each statement's party is registered with, by statement id: a tenant's name, the
   * operator's; a party whose name cannot be read (a partner, until that context names them) is
   * named by its code.
   */
  private Map<Long, String> partyNames(List<StoredStatement> statements) {
    Map<Long, String> tenantNames =
        tenants.namesOf(
            statements.stream()
                .map(StoredStatement::partyId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet()));
    Map<Long, String> names = new HashMap<>();
    for (StoredStatement s : statements) {
      String name =
          switch (s.partyKind()) {
            case OPERATOR -> configuration.operatorName();
            case TENANT -> s.partyId() == null ? null : tenantNames.get(s.partyId());
            case PARTNER -> null;
          };
      names.put(s.id(), name == null ? s.party() : name);
    }
    return names;
  }

  /**
   * The canonical form of a run's statements, one line of text per statement and per statement
   * line, with every figure in plain notation: two computations are the same when these are.
   */
  static String canonical(List<Statement> statements) {
    StringBuilder b = new StringBuilder();
    for (Statement s : statements) {
      b.append("S|").append(s.party()).append('|').append(s.net().toPlainString());
      s.block()
          .ifPresent(
              m ->
                  b.append("|B|")
                      .append(m.opening())
                      .append('|')
                      .append(m.purchased())
                      .append('|')
                      .append(m.drawn())
                      .append('|')
                      .append(m.closing())
                      .append('|')
                      .append(m.overdraft()));
      b.append('\n');
      for (StatementLine l : s.lines()) {
        b.append("L|")
            .append(l.kind())
            .append('|')
            .append(l.from())
            .append('|')
            .append(l.to())
            .append('|')
            .append(l.points())
            .append('|')
            .append(l.rate() == null ? "" : l.rate().toPlainString())
            .append('|')
            .append(l.amount().toPlainString())
            .append("|n|")
            .append(l.entries());
        if (l.minutes() != null) {
          b.append("|M|").append(l.minutes().toPlainString());
        }
        if (l.memo() != null) {
          b.append("|O|").append(l.memo().toPlainString());
        }
        if (l.adjusts() != null) {
          b.append("|A|")
              .append(l.adjusts().source())
              .append('|')
              .append(l.adjusts().id())
              .append('|')
              .append(l.adjusts().originalBookedAt())
              .append('|')
              .append(l.adjusts().reference());
        }
        b.append('\n');
      }
    }
    return b.toString();
  }

  static String digest(List<Statement> statements) {
    return Sha256.hex(canonical(statements));
  }

  /** Writes the draft's statements and lines under the run, in the draft's order. */
  private void store(ClearingRun run, MallSummary mall, DraftRun draft) {
    Map<String, Long> tenantIds =
        tenants.everyTenant().stream()
            .filter(t -> t.mallId() == mall.id())
            .collect(Collectors.toMap(TenantView::code, TenantView::id));
    int ordinal = 0;
    List<Statement> statements = draft.statements();
    for (int i = 0; i < statements.size(); i++) {
      Statement s = statements.get(i);
      boolean operator = i == statements.size() - 1;
      boolean partner = draft.partnerIds().containsKey(i);
      ClearingRunStatement stored =
          new ClearingRunStatement(
              run.id(),
              ordinal++,
              operator ? PartyKind.OPERATOR : partner ? PartyKind.PARTNER : PartyKind.TENANT,
              operator ? null : partner ? draft.partnerIds().get(i) : tenantIds.get(s.party()),
              s);
      em.persist(stored);
      int line = 0;
      for (StatementLine l : s.lines()) {
        em.persist(
            new ClearingRunLine(
                stored.id(),
                line++,
                l,
                l.adjusts() == null ? null : run.adjustedPeriodStart(l.adjusts())));
      }
    }
    em.flush();
  }

  private RunDetail detail(ClearingRun run, MallSummary mall) {
    return new RunDetail(
        run.view(mall.code()),
        em.createNamedQuery("ClearingRunStatement.ofRun", ClearingRunStatement.class)
            .setParameter("run", run.id())
            .getResultStream()
            .map(ClearingRunStatement::view)
            .toList());
  }

  private ClearingRun lockedRun(long runId) {
    return visibleRun(runId, LockModeType.PESSIMISTIC_WRITE);
  }

  /** A run of a mall the caller may see; any other is not found. */
  private ClearingRun visibleRun(long runId, LockModeType lock) {
    ClearingRun run = em.find(ClearingRun.class, runId, lock);
    if (run == null || !caller.maySeeMall(run.mallId())) {
      throw DomainException.notFound("CLEARING_RUN_NOT_FOUND", "No clearing run " + runId);
    }
    return run;
  }

  private MallSummary visibleMall(String mallCode) {
    return malls.malls().stream()
        .filter(m -> m.code().equals(mallCode) && caller.maySeeMall(m.id()))
        .findFirst()
        .orElseThrow(() -> DomainException.notFound("MALL_NOT_FOUND", "No mall " + mallCode));
  }

  /** The mall's configured zone; a mall made outside the configuration has the operator's. */
  private ZoneId zoneOf(MallSummary mall) {
    return configuration.zoneOf(mall.code());
  }

  static void requirePage(int offset, int limit) {
    if (offset < 0) {
      throw DomainException.invalid("OFFSET_INVALID", "offset", "offset is 0 or more");
    }
    if (limit < 1 || limit > PAGE_MAX) {
      throw DomainException.invalid("LIMIT_INVALID", "limit", "limit is from 1 to " + PAGE_MAX);
    }
  }

  private static DomainException runExists(String mall, PeriodKind kind, LocalDate start) {
    return DomainException.conflict(
        "CLEARING_RUN_EXISTS",
        "Mall "
            + mall
            + " already has a "
            + kind
            + " run starting "
            + start
            + ": compute that draft again instead");
  }
}
