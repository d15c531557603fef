package com.atrium.partner;

import com.atrium.audit.AuditLog;
import com.atrium.platform.Clock;
import com.atrium.platform.DomainException;
import com.atrium.platform.Page;
import com.atrium.platform.Sort;
import com.atrium.platform.SortColumns;
import com.atrium.security.CurrentCaller;
import com.atrium.security.RequestSignature;
import com.atrium.security.Roles;
import com.atrium.tenant.MallConfiguration;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Daily reconciliation with partners (docs/partners.md, "Reconciliation"): Atrium's file of a
 * partner's business day, and the matching of the partner's own file into three queues of
 * mismatches that finance resolves with a reason. A partner sees and uploads only its own days; an
 * operator confined to one mall sees only partners of that mall or of the whole group.
 */
@Stateless
public class PartnerReconciliation {

  /** Longest reason finance may give (the column's width). */
  static final int MAX_REASON = 500;

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @EJB AuditLog audit;
  @Inject CurrentCaller caller;
  @Inject MallConfiguration configuration;
  @Inject Clock clock;

  @RolesAllowed(Roles.PARTNER)
  public String ownDailyFile(LocalDate day) {
    return file(partner(caller.requirePartnerCode()), day);
  }

  @RolesAllowed({Roles.OPERATOR_ADMIN, Roles.OPERATOR_FINANCE})
  public String dailyFile(String partnerCode, LocalDate day) {
    return file(visiblePartner(partnerCode), day);
  }

  @RolesAllowed(Roles.PARTNER)
  public ReconSummary uploadOwn(LocalDate day, String text) {
    return upload(partner(caller.requirePartnerCode()), day, text);
  }

  /** Finance uploads a file the partner sent by other means (e-mail, SFTP). */
  @RolesAllowed({Roles.OPERATOR_ADMIN, Roles.OPERATOR_FINANCE})
  public ReconSummary upload(String partnerCode, LocalDate day, String text) {
    return upload(visiblePartner(partnerCode), day, text);
  }

  /** The columns the mismatch list may be sorted by; newest business day first when none. */
  static final SortColumns SORT =
      SortColumns.of(
          "m.businessDay desc",
          "m.id",
          "status",
          "m.status",
          "kind",
          "m.kind",
          "txn",
          "m.partnerTxnId",
          "partner",
          "p.code",
          "day",
          "m.businessDay",
          "found",
          "m.foundAt");

  /** Mismatches, newest day first; any filter may be null. */
  @RolesAllowed({Roles.OPERATOR_ADMIN, Roles.OPERATOR_FINANCE})
  public List<MismatchView> mismatches(
      String partnerCode, MismatchKind kind, MismatchStatus status, int offset, int limit) {
    return find(
            new MismatchQuery(partnerCode, kind, status, null, null),
            Sort.NONE,
            offset,
            Math.min(Math.max(1, limit), 500))
        .rows();
  }

  /** One page of the mismatches {@code q} selects, in a whitelisted order ({@link #SORT}). */
  @RolesAllowed({Roles.OPERATOR_ADMIN, Roles.OPERATOR_FINANCE})
  public Page<MismatchView> search(MismatchQuery q, Sort sort, int offset, int limit) {
    return find(q, sort, offset, Page.clampLimit(limit));
  }

  private Page<MismatchView> find(MismatchQuery q, Sort sort, int offset, int limit) {
    String code = q.partnerCode();
    Partner only = code == null || code.isBlank() ? null : visiblePartner(code.strip());
    StringBuilder where =
        new StringBuilder(" from ReconMismatch m, Partner p where p.id = m.partnerId");
    Map<String, Object> params = new HashMap<>();
    if (only != null) {
      where.append(" and m.partnerId = :partner");
      params.put("partner", only.id());
    }
    if (q.kind() != null) {
      where.append(" and m.kind = :kind");
      params.put("kind", q.kind());
    }
    if (q.status() != null) {
      where.append(" and m.status = :status");
      params.put("status", q.status());
    }
    if (q.from() != null) {
      where.append(" and m.businessDay >= :from");
      params.put("from", q.from());
    }
    if (q.to() != null) {
      where.append(" and m.businessDay <= :to");
      params.put("to", q.to());
    }
    Optional<Long> mall = caller.mallId();
    if (mall.isPresent()) {
      where.append(" and (p.mallId is null or p.mallId = :mall)");
      params.put("mall", mall.get());
    }
    TypedQuery<Long> count = em.createQuery("select count(m)" + where, Long.class);
    TypedQuery<Object[]> rows =
        em.createQuery("select m, p.code" + where + SORT.orderBy(sort), Object[].class);
    params.forEach(
        (k, v) -> {
          count.setParameter(k, v);
          rows.setParameter(k, v);
        });
    List<MismatchView> found =
        rows.setFirstResult(Math.max(0, offset)).setMaxResults(limit).getResultList().stream()
            .map(r -> ((ReconMismatch) r[0]).view((String) r[1]))
            .toList();
    return new Page<>(found, Math.max(0, offset), limit, count.getSingleResult());
  }

  /** Resolves an open mismatch with finance's reason; audited. */
  @RolesAllowed({Roles.OPERATOR_ADMIN, Roles.OPERATOR_FINANCE})
  public MismatchView resolve(long mismatchId, String reason) {
    String why = reason == null ? "" : reason.strip();
    if (why.isEmpty() || why.length() > MAX_REASON) {
      throw DomainException.invalid(
          "RESOLUTION_REASON_INVALID",
          "reason",
          "Give a reason of 1 to " + MAX_REASON + " characters");
    }
    ReconMismatch m = em.find(ReconMismatch.class, mismatchId, LockModeType.PESSIMISTIC_WRITE);
    Partner partner = m == null ? null : em.find(Partner.class, m.partnerId());
    if (m == null || (partner.mallId() != null && !caller.maySeeMall(partner.mallId()))) {
      throw DomainException.notFound("MISMATCH_NOT_FOUND", "No mismatch " + mismatchId);
    }
    m.resolve(why, caller.name(), clock.now());
    audit.record(
        "PARTNER_MISMATCH_RESOLVED",
        "partner_recon_mismatch",
        mismatchId,
        Map.of("status", MismatchStatus.OPEN.name()),
        Map.of("status", MismatchStatus.RESOLVED.name(), "reason", why));
    return m.view(partner.code());
  }

  /** How many mismatches have stayed open longer than {@code age} (the dashboard's warning). */
  @RolesAllowed({
    Roles.OPERATOR_ADMIN,
    Roles.OPERATOR_FINANCE,
    Roles.OPERATOR_MARKETING,
    Roles.OPERATOR_SERVICE
  })
  public long openOlderThan(Duration age) {
    return em.createNamedQuery("ReconMismatch.openBefore", Long.class)
        .setParameter("before", clock.now().minus(age))
        .getSingleResult();
  }

  private String file(Partner partner, LocalDate day) {
    requireNotFuture(day);
    return ReconFile.write(partner.code(), day, clock.now(), lines(partner, day));
  }

  private ReconSummary upload(Partner partner, LocalDate day, String text) {
    requireNotFuture(day);
    List<ReconFile.Line> theirs = ReconFile.parse(partner.code(), day, text == null ? "" : text);
    // one upload of a partner's day at a time: the second waits and supersedes the first's queue
    em.find(Partner.class, partner.id(), LockModeType.PESSIMISTIC_WRITE);
    ReconMatcher.Result result = ReconMatcher.match(lines(partner, day), theirs);
    Instant now = clock.now();
    em.createNamedQuery("ReconMismatch.openOfDay", ReconMismatch.class)
        .setParameter("partner", partner.id())
        .setParameter("day", day)
        .getResultList()
        .forEach(ReconMismatch::supersede);
    ReconUpload upload =
        new ReconUpload(
            partner.id(),
            day,
            RequestSignature.sha256Hex(text.getBytes(StandardCharsets.UTF_8)),
            theirs.size(),
            result.matched(),
            result.mismatches().size(),
            now,
            caller.name());
    em.persist(upload);
    em.flush();
    int[] counts = new int[MismatchKind.values().length];
    for (ReconMatcher.Found f : result.mismatches()) {
      em.persist(new ReconMismatch(upload.id(), partner.id(), day, f, now));
      counts[f.kind().ordinal()]++;
    }
    audit.record(
        "PARTNER_FILE_UPLOADED",
        "partner_recon_upload",
        upload.id(),
        null,
        Map.of(
            "partner", partner.code(),
            "day", day.toString(),
            "lines", theirs.size(),
            "matched", result.matched(),
            "mismatches", result.mismatches().size()));
    return new ReconSummary(
        upload.id(),
        partner.code(),
        day,
        theirs.size(),
        result.matched(),
        counts[MismatchKind.MISSING_IN_ATRIUM.ordinal()],
        counts[MismatchKind.MISSING_AT_PARTNER.ordinal()],
        counts[MismatchKind.AMOUNTS_DIFFER.ordinal()]);
  }

  private List<ReconFile.Line> lines(Partner partner, LocalDate day) {
    return em
        .createQuery(
            "select e, l.memberRef, a.rateInFrom, a.rateInTo, a.rateOutFrom, a.rateOutTo"
                + " from Exchange e, PartnerLink l, PartnerAgreement a"
                + " where l.id = e.linkId and a.id = e.agreementId and e.partnerId = :partner"
                + " and e.businessDay = :day order by e.requestedAt, e.id",
            Object[].class)
        .setParameter("partner", partner.id())
        .setParameter("day", day)
        .getResultList()
        .stream()
        .map(PartnerReconciliation::line)
        .toList();
  }

  private static ReconFile.Line line(Object[] r) {
    Exchange e = (Exchange) r[0];
    // the rate as the agreement states it: partner units to mall points in, mall points to units
    // out
    String rate = e.direction() == Direction.IN ? r[2] + ":" + r[3] : r[4] + ":" + r[5];
    return new ReconFile.Line(
        e.partnerTxnId(),
        e.id(),
        (String) r[1],
        e.direction(),
        e.points(),
        e.partnerAmount(),
        rate,
        e.fee(),
        e.state(),
        e.requestedAt());
  }

  private void requireNotFuture(LocalDate day) {
    if (day.isAfter(LocalDate.ofInstant(clock.now(), configuration.zone()))) {
      throw DomainException.invalid("RECON_DAY_INVALID", "day", "The day " + day + " is to come");
    }
  }

  private Partner partner(String code) {
    return PartnerLookup.byCode(em, code);
  }

  private Partner visiblePartner(String code) {
    return PartnerLookup.visible(em, caller, code);
  }
}
