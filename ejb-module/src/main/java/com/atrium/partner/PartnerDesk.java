package com.atrium.partner;

import com.atrium.audit.AuditLog;
import com.atrium.platform.Clock;
import com.atrium.platform.DomainException;
import com.atrium.security.CurrentCaller;
import com.atrium.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The operator's view of its partners (docs/partners.md, "Partners in the portal"): the partners,
 * each agreement version, the prepaid deposit's movements, and a top-up of the deposit recording
 * the partner's payment once by its reference (a repeat answers the first, another amount under the
 * same reference is refused). A one-mall operator sees its mall's partners and the group's.
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
  @Inject CurrentCaller caller;
  @Inject Clock clock;

  public List<PartnerView> partners() {
    return em
        .createQuery("select p from Partner p order by p.code", Partner.class)
        .getResultList()
        .stream()
        .filter(p -> p.mallId() == null || caller.maySeeMall(p.mallId()))
        .map(Partner::view)
        .toList();
  }

  public PartnerView partner(String code) {
    return visible(code).view();
  }

  /** Every version of the partner's agreement, the newest first. */
  public List<AgreementView> agreements(String code) {
    Partner p = visible(code);
    return em
        .createQuery(
            "select a from PartnerAgreement a where a.partnerId = :p order by a.effectiveFrom desc",
            PartnerAgreement.class)
        .setParameter("p", p.id())
        .getResultList()
        .stream()
        .map(PartnerAgreement::view)
        .toList();
  }

  /** The deposit's last {@code limit} movements, the newest first. */
  public List<DepositView> deposits(String code, int limit) {
    Partner p = visible(code);
    return em
        .createQuery(
            "select m from DepositMovement m where m.partnerId = :p order by m.createdAt desc,"
                + " m.id desc",
            DepositMovement.class)
        .setParameter("p", p.id())
        .setMaxResults(Math.max(1, Math.min(limit, 200)))
        .getResultList()
        .stream()
        .map(DepositMovement::view)
        .toList();
  }

  /**
   * Adds a prepaid partner's payment to its deposit; audited. The reference (the payment's, e.g.
   * the bank transfer's) is recorded once: the same top-up again answers the first.
   */
  public DepositView topUp(String code, BigDecimal amount, String reference) {
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
      return earlier.get().view();
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
    return m.view();
  }

  private Partner visible(String code) {
    return PartnerLookup.visible(em, caller, code);
  }
}
