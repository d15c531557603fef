package com.atrium.clearing;

import com.atrium.audit.AuditLog;
import com.atrium.platform.Clock;
import com.atrium.platform.DomainException;
import com.atrium.platform.Page;
import com.atrium.security.CurrentCaller;
import com.atrium.security.Roles;
import com.atrium.tenant.MallRegistry;
import com.atrium.tenant.MallSummary;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Disputes of statements in review (docs/clearing.md, "Tenant statements and disputes"). A tenant's
 * manager raises one on its own statement while the run is in review and within the dispute window;
 * finance, within its mall, reads a run's disputes (or all of its malls', open ones first) and
 * answers each once. Raising and approving both lock the run, so a run is never approved past a
 * dispute raised at the same moment. Audited: {@code DISPUTE_RAISED}, {@code DISPUTE_ANSWERED}.
 */
@Stateless
public class ClearingDisputes {

  /** The longest comment or answer, in characters. */
  public static final int COMMENT_MAX = ClearingDispute.COMMENT_MAX;

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @EJB AuditLog audit;
  @EJB MallRegistry malls;
  @Inject CurrentCaller caller;
  @Inject Clock clock;
  @Inject DisputeWindow window;

  /**
   * Disputes the caller's tenant's statement, or one of its lines. Refused: a comment that is blank
   * or over 1,000 characters (400 {@code COMMENT_INVALID}); a statement the manager may not see
   * (404 {@code STATEMENT_NOT_FOUND}) or a line not of it (404 {@code LINE_NOT_FOUND}); a run no
   * longer in review (409 {@code RUN_NOT_IN_REVIEW}) or past its window (409 {@code
   * DISPUTE_WINDOW_CLOSED}).
   */
  @RolesAllowed(Roles.MERCHANT_MANAGER)
  public DisputeView raise(long statementId, Long lineId, String comment) {
    String text = ClearingDispute.requireText(comment);
    long tenant = caller.requireTenantId();
    ClearingRunStatement statement = TenantStatements.shown(em, tenant, statementId);
    if (lineId != null) {
      ClearingRunLine line = em.find(ClearingRunLine.class, lineId);
      if (line == null || line.statementId() != statementId) {
        throw DomainException.notFound(
            "LINE_NOT_FOUND", "Statement " + statementId + " has no line " + lineId);
      }
    }
    ClearingRun run = em.find(ClearingRun.class, statement.runId(), LockModeType.PESSIMISTIC_WRITE);
    Instant now = clock.now();
    if (run.status() != RunStatus.IN_REVIEW) {
      throw DomainException.conflict(
          "RUN_NOT_IN_REVIEW",
          "A statement is disputed while its run is in review; this one is " + run.status());
    }
    if (!window.isOpen(run, now)) {
      throw DomainException.conflict(
          "DISPUTE_WINDOW_CLOSED",
          "Disputes of this run were taken until " + window.until(run.submittedAt()));
    }
    ClearingDispute d =
        new ClearingDispute(
            run.id(),
            statementId,
            lineId,
            run.mallId(),
            tenant,
            run.bookedTo(),
            text,
            caller.name(),
            now);
    em.persist(d);
    em.flush();
    audit.record("DISPUTE_RAISED", "clearing_dispute", d.id(), null, d.snapshot());
    return d.view(statement.partyCode(), run);
  }

  /** The caller's tenant's disputes, newest first. */
  @RolesAllowed(Roles.MERCHANT_MANAGER)
  public DisputeList own(int offset, int limit) {
    ClearingRuns.requirePage(offset, limit);
    return page(
        "ClearingDispute.countOfTenant",
        "ClearingDispute.ofTenant",
        "tenant",
        caller.requireTenantId(),
        offset,
        limit);
  }

  /** A run's disputes, oldest first; another mall's run is 404 {@code CLEARING_RUN_NOT_FOUND}. */
  @RolesAllowed({Roles.OPERATOR_FINANCE, Roles.OPERATOR_ADMIN})
  public DisputeList ofRun(long runId, int offset, int limit) {
    ClearingRuns.requirePage(offset, limit);
    ClearingRun run = em.find(ClearingRun.class, runId);
    if (run == null || !caller.maySeeMall(run.mallId())) {
      throw DomainException.notFound("CLEARING_RUN_NOT_FOUND", "No clearing run " + runId);
    }
    return page("ClearingDispute.countOfRun", "ClearingDispute.ofRun", "run", runId, offset, limit);
  }

  /**
   * Finance's list: the disputes of the malls the caller sees (of one when {@code mallCode} is
   * given: 404 {@code MALL_NOT_FOUND} for one it may not see), in one status when {@code status} is
   * given; the open ones first, each group newest first. Two ordered queries rather than one sorted
   * on an expression: both databases read them by the pending index.
   */
  @RolesAllowed({Roles.OPERATOR_FINANCE, Roles.OPERATOR_ADMIN})
  public Page<DisputeSummary> list(String mallCode, DisputeStatus status, int offset, int limit) {
    ClearingRuns.requirePage(offset, limit);
    Map<Long, String> codes =
        malls.malls().stream()
            .filter(m -> caller.maySeeMall(m.id()))
            .filter(m -> mallCode == null || m.code().equals(mallCode))
            .collect(Collectors.toMap(MallSummary::id, MallSummary::code));
    if (codes.isEmpty()) {
      if (mallCode != null) {
        throw DomainException.notFound("MALL_NOT_FOUND", "No mall " + mallCode);
      }
      return new Page<>(List.of(), offset, limit, 0);
    }
    // the open ones, then the others; or only those of the status asked for
    boolean openFirst = status == null;
    DisputeStatus first = openFirst ? DisputeStatus.OPEN : status;
    long firstTotal = count(codes, first, true);
    long restTotal = openFirst ? count(codes, DisputeStatus.OPEN, false) : 0;
    List<DisputeSummary> rows = new ArrayList<>();
    if (offset < firstTotal) {
      rows.addAll(listed(codes, first, true, offset, limit));
    }
    if (openFirst && rows.size() < limit) {
      int from = (int) Math.max(0, offset - firstTotal);
      rows.addAll(listed(codes, DisputeStatus.OPEN, false, from, limit - rows.size()));
    }
    return new Page<>(rows, offset, limit, firstTotal + restTotal);
  }

  private long count(Map<Long, String> malls, DisputeStatus status, boolean equal) {
    return em.createQuery(
            "select count(d) from ClearingDispute d where d.mallId in :malls and d.status "
                + (equal ? "=" : "<>")
                + " :status",
            Long.class)
        .setParameter("malls", malls.keySet())
        .setParameter("status", status)
        .getSingleResult();
  }

  private List<DisputeSummary> listed(
      Map<Long, String> malls, DisputeStatus status, boolean equal, int offset, int limit) {
    return em.createQuery(
            "select d, s.partyCode, r from ClearingDispute d, ClearingRunStatement s, ClearingRun r"
                + " where d.mallId in :malls and d.status "
                + (equal ? "=" : "<>")
                + " :status and s.id = d.statementId and r.id = d.runId"
                + " order by d.raisedAt desc, d.id desc",
            Object[].class)
        .setParameter("malls", malls.keySet())
        .setParameter("status", status)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultStream()
        .map(row -> new DisputeSummary(view(row), malls.get(((ClearingRun) row[2]).mallId())))
        .toList();
  }

  /**
   * The line a dispute names, as stored (empty for a dispute of the whole statement); a dispute of
   * a mall the caller may not see is 404 {@code DISPUTE_NOT_FOUND}.
   */
  @RolesAllowed({Roles.OPERATOR_FINANCE, Roles.OPERATOR_ADMIN})
  public Optional<StoredLine> disputedLine(long disputeId) {
    ClearingDispute d = em.find(ClearingDispute.class, disputeId);
    if (d == null || !caller.maySeeMall(d.mallId())) {
      throw DomainException.notFound("DISPUTE_NOT_FOUND", "No dispute " + disputeId);
    }
    return Optional.ofNullable(d.lineId())
        .map(id -> em.find(ClearingRunLine.class, id))
        .map(ClearingRunLine::view);
  }

  /** How many of a run's disputes are open; another mall's run is 404 like {@link #ofRun}. */
  @RolesAllowed({Roles.OPERATOR_FINANCE, Roles.OPERATOR_ADMIN})
  public long openOfRun(long runId) {
    ClearingRun run = em.find(ClearingRun.class, runId);
    if (run == null || !caller.maySeeMall(run.mallId())) {
      throw DomainException.notFound("CLEARING_RUN_NOT_FOUND", "No clearing run " + runId);
    }
    return em.createNamedQuery("ClearingDispute.countOpenOfRun", Long.class)
        .setParameter("run", runId)
        .getSingleResult();
  }

  /** A page of the disputes a named query selects, with the count its twin query gives. */
  private DisputeList page(
      String count, String query, String parameter, long value, int offset, int limit) {
    long total =
        em.createNamedQuery(count, Long.class).setParameter(parameter, value).getSingleResult();
    List<DisputeView> page =
        em.createNamedQuery(query, Object[].class)
            .setParameter(parameter, value)
            .setFirstResult(offset)
            .setMaxResults(limit)
            .getResultStream()
            .map(ClearingDisputes::view)
            .toList();
    return new DisputeList(page, offset, limit, total);
  }

  /**
   * Finance's answer to an open dispute: {@code ACCEPTED} with the agreed correction (CNY, signed
   * from the tenant's side, whole fen, not 0), carried into a later period as an adjustment, or
   * {@code REJECTED} without one. Refused: a malformed answer (400 {@code OUTCOME_INVALID}, {@code
   * CORRECTION_INVALID}, {@code COMMENT_INVALID}); a dispute of another mall (404 {@code
   * DISPUTE_NOT_FOUND}); an admin without the finance role (403 {@code FINANCE_ROLE_REQUIRED}); a
   * dispute answered already (409 {@code DISPUTE_ANSWERED}).
   */
  @RolesAllowed({Roles.OPERATOR_FINANCE, Roles.OPERATOR_ADMIN})
  public DisputeView answer(
      long disputeId, DisputeStatus outcome, BigDecimal correction, String comment) {
    ClearingDispute.requireAnswer(outcome, correction, comment);
    ClearingDispute d = em.find(ClearingDispute.class, disputeId, LockModeType.PESSIMISTIC_WRITE);
    if (d == null || !caller.maySeeMall(d.mallId())) {
      throw DomainException.notFound("DISPUTE_NOT_FOUND", "No dispute " + disputeId);
    }
    if (!caller.isInRole(Roles.OPERATOR_FINANCE)) {
      throw new DomainException(
          DomainException.Kind.FORBIDDEN,
          "FINANCE_ROLE_REQUIRED",
          null,
          "A dispute is answered by a finance user");
    }
    var before = d.snapshot();
    d.answer(outcome, correction, comment, caller.name(), clock.now());
    em.flush();
    audit.record("DISPUTE_ANSWERED", "clearing_dispute", d.id(), before, d.snapshot());
    ClearingRunStatement s = em.find(ClearingRunStatement.class, d.statementId());
    return d.view(s.partyCode(), em.find(ClearingRun.class, d.runId()));
  }

  static DisputeView view(Object[] row) {
    return ((ClearingDispute) row[0]).view((String) row[1], (ClearingRun) row[2]);
  }
}
