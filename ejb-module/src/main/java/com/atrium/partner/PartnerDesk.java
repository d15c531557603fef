package com.atrium.partner;

import com.atrium.audit.AuditLog;
import com.atrium.platform.Clock;
import com.atrium.platform.DomainException;
import com.atrium.platform.Page;
import com.atrium.platform.Sort;
import com.atrium.platform.SortColumns;
import com.atrium.security.CurrentCaller;
import com.atrium.security.Roles;
import com.atrium.tenant.MallConfiguration;
import com.atrium.tenant.MallRegistry;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The operator's view of its partners (docs/partners.md, "Partners in the portal"): the partners,
 * each agreement version, the prepaid deposit's movements, and a top-up of the deposit recording
 * the partner's payment once by its reference (a repeat answers the first, another amount under the
 * same reference is refused). A one-mall operator sees its mall's partners and the group's.
 *
 * <p>Finance and the admin also create partners, rename them, suspend or reactivate them, and add
 * agreement versions from a day after today (docs/partners.md, "Editing partners and agreements"):
 * a version in force or past is never changed, one still to come may be replaced (a new version
 * from the same day) or withdrawn. Every change is audited. A one-mall operator changes only its
 * mall's partners; a partner of the whole group is the group's to change.
 */
@Stateless
@RolesAllowed({Roles.OPERATOR_ADMIN, Roles.OPERATOR_FINANCE})
public class PartnerDesk {

  /** The largest top-up: the deposit column holds 12 digits before the point. */
  static final BigDecimal MAX_TOP_UP = new BigDecimal("10000000.00");

  private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:/-]{0,63}");

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @EJB AuditLog audit;
  @EJB MallRegistry malls;
  @Inject CurrentCaller caller;
  @Inject Clock clock;
  @Inject MallConfiguration configuration;

  /** The columns the partners list may be sorted by; by code when none. */
  static final SortColumns SORT =
      SortColumns.of(
          "p.code",
          "p.id",
          "code",
          "p.code",
          "name",
          "p.name",
          "kind",
          "p.kind",
          "status",
          "p.status",
          "mode",
          "p.settlementMode",
          "deposit",
          "p.depositBalance");

  /** A top-up recorded, or the one recorded before under the same reference ({@code replay}). */
  public record TopUp(DepositView movement, boolean replay) implements java.io.Serializable {}

  public List<PartnerView> partners() {
    return em
        .createQuery("select p from Partner p order by p.code", Partner.class)
        .getResultList()
        .stream()
        .filter(p -> p.mallId() == null || caller.maySeeMall(p.mallId()))
        .map(Partner::view)
        .toList();
  }

  /** One page of the partners {@code q} selects that the caller may see, in a whitelisted order. */
  public Page<PartnerView> search(PartnerQuery q, Sort sort, int offset, int limit) {
    StringBuilder where = new StringBuilder(" from Partner p where 1 = 1");
    Map<String, Object> params = new HashMap<>();
    if (q.kind() != null) {
      where.append(" and p.kind = :kind");
      params.put("kind", q.kind());
    }
    if (q.status() != null) {
      where.append(" and p.status = :status");
      params.put("status", q.status());
    }
    if (q.settlementMode() != null) {
      where.append(" and p.settlementMode = :mode");
      params.put("mode", q.settlementMode());
    }
    if (q.wholeGroupOnly()) {
      where.append(" and p.mallId is null");
    } else if (q.mallId() != null) {
      where.append(" and p.mallId = :wanted");
      params.put("wanted", q.mallId());
    }
    Optional<Long> mall = caller.mallId();
    if (mall.isPresent()) {
      where.append(" and (p.mallId is null or p.mallId = :mall)");
      params.put("mall", mall.get());
    }
    TypedQuery<Long> count = em.createQuery("select count(p)" + where, Long.class);
    TypedQuery<Partner> rows =
        em.createQuery("select p" + where + SORT.orderBy(sort), Partner.class);
    params.forEach(
        (k, v) -> {
          count.setParameter(k, v);
          rows.setParameter(k, v);
        });
    int clamped = Page.clampLimit(limit);
    List<PartnerView> found =
        rows.setFirstResult(Math.max(0, offset)).setMaxResults(clamped).getResultList().stream()
            .map(Partner::view)
            .toList();
    return new Page<>(found, Math.max(0, offset), clamped, count.getSingleResult());
  }

  public PartnerView partner(String code) {
    return visible(code).view();
  }

  /** The columns a partner's agreement versions may be sorted by; the newest version first. */
  static final SortColumns AGREEMENT_SORT =
      SortColumns.of(
          "a.effectiveFrom desc",
          "a.id desc",
          "from",
          "a.effectiveFrom",
          "grace",
          "a.reversalGraceMinutes");

  /** The columns a deposit's movements may be sorted by; the newest movement first. */
  static final SortColumns DEPOSIT_SORT =
      SortColumns.of(
          "m.createdAt desc",
          "m.id desc",
          "at",
          "m.createdAt",
          "reason",
          "m.reason",
          "amount",
          "m.amount",
          "balance",
          "m.balanceAfter");

  /**
   * One page of the partner's agreement versions in force from a day between {@code from} and
   * {@code to} (both included, the mall's zone; null: open), in a whitelisted order.
   */
  public Page<AgreementView> agreements(
      String code, LocalDate from, LocalDate to, Sort sort, int offset, int limit) {
    Partner p = visible(code);
    StringBuilder where = new StringBuilder(" from PartnerAgreement a where a.partnerId = :p");
    Map<String, Object> params = new HashMap<>();
    params.put("p", p.id());
    days("a.effectiveFrom", from, to, where, params);
    return page(
            where, params, "a", AGREEMENT_SORT.orderBy(sort), PartnerAgreement.class, offset, limit)
        .map(PartnerAgreement::view);
  }

  /**
   * One page of the deposit's movements of a reason (null: every one) made on the days {@code from}
   * to {@code to} (both included, the mall's zone; null: open), in a whitelisted order.
   */
  public Page<DepositView> deposits(
      String code,
      DepositReason reason,
      LocalDate from,
      LocalDate to,
      Sort sort,
      int offset,
      int limit) {
    Partner p = visible(code);
    StringBuilder where = new StringBuilder(" from DepositMovement m where m.partnerId = :p");
    Map<String, Object> params = new HashMap<>();
    params.put("p", p.id());
    if (reason != null) {
      where.append(" and m.reason = :reason");
      params.put("reason", reason);
    }
    days("m.createdAt", from, to, where, params);
    return page(
            where, params, "m", DEPOSIT_SORT.orderBy(sort), DepositMovement.class, offset, limit)
        .map(DepositMovement::view);
  }

  /** Narrows {@code field} (an instant) to the mall's days {@code from} to {@code to}. */
  private void days(
      String field, LocalDate from, LocalDate to, StringBuilder where, Map<String, Object> params) {
    if (from != null) {
      where.append(" and ").append(field).append(" >= :fromAt");
      params.put("fromAt", from.atStartOfDay(configuration.zone()).toInstant());
    }
    if (to != null) {
      where.append(" and ").append(field).append(" < :toAt");
      params.put("toAt", to.plusDays(1).atStartOfDay(configuration.zone()).toInstant());
    }
  }

  private <E> Page<E> page(
      StringBuilder where,
      Map<String, Object> params,
      String alias,
      String orderBy,
      Class<E> type,
      int offset,
      int limit) {
    TypedQuery<Long> count = em.createQuery("select count(" + alias + ")" + where, Long.class);
    TypedQuery<E> rows = em.createQuery("select " + alias + where + orderBy, type);
    params.forEach(
        (k, v) -> {
          count.setParameter(k, v);
          rows.setParameter(k, v);
        });
    int clamped = Page.clampLimit(limit);
    List<E> found = rows.setFirstResult(Math.max(0, offset)).setMaxResults(clamped).getResultList();
    return new Page<>(found, Math.max(0, offset), clamped, count.getSingleResult());
  }

  /**
   * Adds a prepaid partner's payment to its deposit; audited. The reference (the payment's, e.g.
   * the bank transfer's) is recorded once: the same top-up again answers the first.
   */
  public DepositView topUp(String code, BigDecimal amount, String reference) {
    return recordTopUp(code, amount, reference).movement();
  }

  /** {@link #topUp}, saying whether it answers an earlier top-up (the operator API's 200). */
  public TopUp recordTopUp(String code, BigDecimal amount, String reference) {
    if (amount == null
        || amount.signum() <= 0
        || amount.scale() > 2
        || amount.compareTo(MAX_TOP_UP) > 0) {
      throw DomainException.invalid(
          "TOP_UP_AMOUNT_INVALID",
          "amount",
          "A top-up is more than 0 and at most 10,000,000.00 CNY, with at most 2 decimals");
    }
    String ref = reference == null ? "" : reference.strip();
    if (!REFERENCE.matcher(ref).matches()) {
      throw DomainException.invalid(
          "TOP_UP_REFERENCE_INVALID",
          "reference",
          "The payment's reference is 1 to 64 letters, digits or ._:/-");
    }
    Partner p = visible(code);
    em.refresh(p, LockModeType.PESSIMISTIC_WRITE);
    Optional<DepositMovement> earlier =
        em.createQuery(
                "select m from DepositMovement m where m.partnerId = :p and m.reference = :r",
                DepositMovement.class)
            .setParameter("p", p.id())
            .setParameter("r", ref)
            .getResultStream()
            .findFirst();
    if (earlier.isPresent()) {
      if (earlier.get().amount().compareTo(amount) != 0) {
        throw DomainException.conflict(
            "TOP_UP_REFERENCE_USED",
            "The reference " + ref + " recorded a top-up of another amount");
      }
      return new TopUp(earlier.get().view(), true);
    }
    BigDecimal before = p.depositBalance();
    p.topUp(amount);
    DepositMovement m = DepositMovement.topUp(p.id(), amount, p.depositBalance(), ref, clock.now());
    em.persist(m);
    em.flush();
    audit.record(
        "PARTNER_DEPOSIT_TOPPED_UP",
        "partner",
        p.code(),
        Map.of("deposit", before.toPlainString()),
        Map.of(
            "deposit", p.depositBalance().toPlainString(),
            "amount", amount.toPlainString(),
            "reference", ref));
    return new TopUp(m.view(), false);
  }

  // editing
  // ------------------------------------------------------------------------------------------

  /** A new active partner with no agreement yet (exchanges answer AGREEMENT_MISSING until one). */
  public PartnerView create(PartnerDraft draft) {
    if (draft == null) {
      throw DomainException.invalid("VALIDATION_FAILED", null, "Fill in the partner");
    }
    String code = Partner.requireCode(draft.code());
    if (draft.mallId() == null) {
      caller.requireGroupWide("A partner of the whole group is created by a group-wide operator");
    } else if (malls.mall(draft.mallId()).isEmpty() || !caller.maySeeMall(draft.mallId())) {
      throw DomainException.invalid("MALL_NOT_FOUND", "mall", "No mall " + draft.mallId());
    }
    if (em.createNamedQuery("Partner.byCode", Partner.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst()
        .isPresent()) {
      throw new DomainException(
          DomainException.Kind.CONFLICT,
          "PARTNER_CODE_TAKEN",
          "code",
          "Partner code " + code + " is already in use");
    }
    Partner p = new Partner(draft, clock.now());
    em.persist(p);
    em.flush();
    audit.record("PARTNER_CREATED", "partner", p.code(), null, p.snapshot());
    return p.view();
  }

  /** Changes a partner's name, contact and status (ACTIVE or SUSPENDED); audited. */
  public PartnerView update(String code, String name, String contact, PartnerStatus status) {
    Partner p = editable(code);
    Map<String, Object> before = p.snapshot();
    p.describe(name, contact);
    p.changeStatus(status);
    Map<String, Object> after = p.snapshot();
    if (!after.equals(before)) {
      em.flush();
      audit.record("PARTNER_UPDATED", "partner", p.code(), before, after);
    }
    return p.view();
  }

  /**
   * A new agreement version in force from the start of {@code draft.effectiveDay()} in the mall's
   * zone, a day after today. A version still to come from the same day is replaced (audited as
   * such); any other version stays as it is.
   */
  public AgreementView addAgreement(String code, AgreementDraft draft) {
    Partner p = editable(code);
    Instant now = clock.now();
    LocalDate today = LocalDate.ofInstant(now, configuration.zone());
    if (draft == null) {
      throw DomainException.invalid("VALIDATION_FAILED", null, "Fill in the agreement");
    }
    List<AgreementDraft.Problem> problems = draft.problems(today);
    if (!problems.isEmpty()) {
      throw problems.get(0).exception();
    }
    // one change of a partner's agreements at a time: a replacement sees the version it replaces
    em.refresh(p, LockModeType.PESSIMISTIC_WRITE);
    Instant from = draft.effectiveDay().atStartOfDay(configuration.zone()).toInstant();
    Map<String, Object> before = null;
    for (PartnerAgreement a : versions(p)) {
      if (a.effectiveFrom().equals(from) && !a.startedBy(now)) {
        before = versionAudit(a);
        em.remove(a);
      }
    }
    PartnerAgreement added = new PartnerAgreement(p.id(), from, draft.terms(), now);
    em.persist(added);
    em.flush();
    audit.record(
        before == null ? "PARTNER_AGREEMENT_ADDED" : "PARTNER_AGREEMENT_REPLACED",
        "partner",
        p.code(),
        before,
        versionAudit(added));
    return added.view();
  }

  /** Withdraws a version still to come; one in force or past is AGREEMENT_VERSION_STARTED. */
  public void withdrawAgreement(String code, long agreementId) {
    Partner p = editable(code);
    em.refresh(p, LockModeType.PESSIMISTIC_WRITE);
    PartnerAgreement a =
        versions(p).stream()
            .filter(v -> v.id() == agreementId)
            .findFirst()
            .orElseThrow(
                () ->
                    DomainException.notFound(
                        "AGREEMENT_NOT_FOUND", "No agreement version " + agreementId));
    if (a.startedBy(clock.now())) {
      throw DomainException.conflict(
          "AGREEMENT_VERSION_STARTED",
          "A version in force or past governs exchanges made under it and never changes");
    }
    Map<String, Object> before = versionAudit(a);
    em.remove(a);
    em.flush();
    audit.record("PARTNER_AGREEMENT_WITHDRAWN", "partner", p.code(), before, null);
  }

  private List<PartnerAgreement> versions(Partner p) {
    return em.createQuery(
            "select a from PartnerAgreement a where a.partnerId = :p", PartnerAgreement.class)
        .setParameter("p", p.id())
        .getResultList();
  }

  private static Map<String, Object> versionAudit(PartnerAgreement a) {
    AgreementTerms t = a.terms();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("effectiveFrom", a.effectiveFrom().toString());
    m.put("rateIn", t.rateInFrom() + ":" + t.rateInTo());
    m.put("rateOut", t.rateOutFrom() + ":" + t.rateOutTo());
    m.put("rounding", t.rounding().name());
    m.put("points", t.minPoints() + "-" + t.maxPoints());
    m.put(
        "limits",
        t.memberDailyPoints() + "/" + t.memberMonthlyPoints() + "/" + t.partnerDailyPoints());
    m.put("costPerPoint", t.costPerPoint().toPlainString());
    m.put("fee", t.feeFixed().toPlainString() + "+" + t.feePercent().toPlainString() + "%");
    m.put("reversalGraceMinutes", t.reversalGraceMinutes());
    return m;
  }

  /** A partner the caller may change: its mall's, or the group's for a group-wide operator. */
  private Partner editable(String code) {
    Partner p = visible(code);
    if (p.mallId() == null) {
      caller.requireGroupWide("A partner of the whole group is changed by a group-wide operator");
    }
    return p;
  }

  private Partner visible(String code) {
    return PartnerLookup.visible(em, caller, code);
  }
}
