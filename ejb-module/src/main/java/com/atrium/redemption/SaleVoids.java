package com.atrium.redemption;

import com.atrium.audit.AuditLog;
import com.atrium.earning.RefundableSale;
import com.atrium.earning.RefundableSales;
import com.atrium.ledger.LedgerAccounts;
import com.atrium.platform.Clock;
import com.atrium.platform.DomainException;
import com.atrium.security.CurrentCaller;
import com.atrium.security.Roles;
import com.atrium.tenant.MallRegistry;
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

/**
 * Voids at the till and refunds at the desk (docs/approvals.md). A void takes a sale of today back
 * whole, through the refund path (reference {@code VOID-<saleId>}), once per sale; when the
 * member's balance no longer covers the sale's points, a merchant manager approves it first. An
 * operator refunds any sale of their malls with a reason. Every one is audited.
 */
@Stateless
public class SaleVoids {

  static final int REASON_MAX = 200;

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @EJB RefundBook refunds;
  @EJB RefundableSales sales;
  @EJB AuditLog audit;
  @EJB RefundService refundService;
  @Inject LedgerAccounts accounts;
  @Inject CurrentCaller caller;
  @Inject Clock clock;
  @EJB MallRegistry malls;

  /** What became of a void: DONE (points reversed) or PENDING (a manager approves). */
  public record VoidResult(long voidId, long saleId, String status, Long refundId) {}

  /** An assistant voids a sale of their tenant's, of today, with a reason. */
  @RolesAllowed(Roles.MERCHANT_ASSISTANT)
  public VoidResult voidAtTill(long saleId, String reason) {
    String why = reason(reason);
    long tenant = caller.requireTenantId();
    RefundableSale sale =
        sales
            .find(saleId)
            .filter(s -> s.tenantId() == tenant)
            .orElseThrow(() -> DomainException.notFound("SALE_NOT_FOUND", "No sale " + saleId));
    // today where the sale was made: the business day of its mall
    var zone = malls.zoneOf(sale.mallId());
    if (!sale.occurredAt()
        .atZone(zone)
        .toLocalDate()
        .equals(clock.now().atZone(zone).toLocalDate())) {
      throw DomainException.invalid(
          "VOID_NOT_TODAY", "sale", "Only a sale of today is voided at the till; ask the desk");
    }
    if (!em.createNamedQuery("SaleVoid.ofSale", SaleVoid.class)
        .setParameter("sale", saleId)
        .getResultList()
        .isEmpty()) {
      throw DomainException.conflict("SALE_ALREADY_VOIDED", "Sale " + saleId + " was voided");
    }
    SaleVoid v = new SaleVoid(saleId, tenant, why, caller.name(), clock.now());
    em.persist(v);
    // points already spent: the member's balance no longer covers them, a manager decides
    boolean spent = accounts.balanceOf(sale.memberId()) < sale.points();
    if (!spent) {
      refund(v, sale, RefundPolicy.STOP_AT_ZERO, null);
    }
    audit.record(
        spent ? "SALE_VOID_REQUESTED" : "SALE_VOIDED",
        "sale",
        saleId,
        null,
        Map.of("reason", why, "status", v.status()));
    return new VoidResult(v.id(), saleId, v.status(), v.refundId());
  }

  /** The voids of the manager's tenant that wait for approval. */
  @RolesAllowed(Roles.MERCHANT_MANAGER)
  public List<SaleVoidView> pending() {
    return em.createNamedQuery("SaleVoid.pendingOfTenant", SaleVoid.class)
        .setParameter("tenant", caller.requireTenantId())
        .getResultStream()
        .map(SaleVoid::view)
        .toList();
  }

  /** A manager approves a void of spent points: refunded under the configured refund policy. */
  @RolesAllowed(Roles.MERCHANT_MANAGER)
  public VoidResult approve(long voidId) {
    SaleVoid v = own(voidId);
    RefundableSale sale = sales.find(v.saleId()).orElseThrow();
    refund(v, sale, refundService.policy(), caller.name());
    audit.record(
        "SALE_VOID_APPROVED",
        "sale",
        v.saleId(),
        Map.of("status", "PENDING"),
        Map.of("status", v.status(), "refund", v.refundId()));
    return new VoidResult(v.id(), v.saleId(), v.status(), v.refundId());
  }

  @RolesAllowed(Roles.MERCHANT_MANAGER)
  public VoidResult reject(long voidId) {
    SaleVoid v = own(voidId);
    v.rejected(caller.name(), clock.now());
    audit.record(
        "SALE_VOID_REJECTED",
        "sale",
        v.saleId(),
        Map.of("status", "PENDING"),
        Map.of("status", "REJECTED"));
    return new VoidResult(v.id(), v.saleId(), v.status(), null);
  }

  /**
   * An operator refunds (part of) any sale of the malls they may see, with a reason, under the
   * configured refund policy; the reference is {@code DESK-<saleId>-<n>}.
   */
  @RolesAllowed({Roles.OPERATOR_ADMIN, Roles.OPERATOR_SERVICE})
  public RefundReceipt refundAtDesk(long saleId, BigDecimal amount, String reason) {
    String why = reason(reason);
    if (amount == null || amount.signum() <= 0 || amount.scale() > 2) {
      throw DomainException.invalid("AMOUNT_INVALID", "amount", "An amount above 0, 2 decimals");
    }
    RefundableSale sale =
        sales
            .find(saleId)
            .filter(s -> caller.maySeeMall(s.mallId()))
            .orElseThrow(() -> DomainException.notFound("SALE_NOT_FOUND", "No sale " + saleId));
    long earlier =
        em.createNamedQuery("Refund.ofSale", Refund.class)
            .setParameter("sale", saleId)
            .getResultList()
            .size();
    RefundReceipt receipt =
        refunds.refund(
            sale.tenantId(),
            sale.receiptNumber(),
            "DESK-" + saleId + "-" + (earlier + 1),
            amount,
            null,
            refundService.policy(),
            caller.name());
    audit.record(
        "SALE_REFUNDED_AT_DESK",
        "sale",
        saleId,
        null,
        Map.of("amount", amount, "reason", why, "points", receipt.points()));
    return receipt;
  }

  private void refund(SaleVoid v, RefundableSale sale, RefundPolicy policy, String approver) {
    RefundReceipt receipt =
        refunds.refund(
            sale.tenantId(),
            sale.receiptNumber(),
            "VOID-" + sale.saleId(),
            sale.amount(),
            null,
            policy,
            v.voidedBy());
    v.done(receipt.refundId(), approver, clock.now());
  }

  private SaleVoid own(long voidId) {
    SaleVoid v = em.find(SaleVoid.class, voidId, LockModeType.PESSIMISTIC_WRITE);
    if (v == null || v.tenantId() != caller.requireTenantId()) {
      throw DomainException.notFound("VOID_NOT_FOUND", "No void " + voidId);
    }
    return v;
  }

  private static String reason(String reason) {
    String why = Optional.ofNullable(reason).map(String::strip).orElse("");
    if (why.isEmpty() || why.length() > REASON_MAX) {
      throw DomainException.invalid(
          "REASON_REQUIRED", "reason", "Give a reason of 1 to " + REASON_MAX + " characters");
    }
    return why;
  }
}
