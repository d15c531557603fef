package com.atrium.earning;

import com.atrium.audit.AuditLog;
import com.atrium.member.MemberDirectory;
import com.atrium.member.MemberSummary;
import com.atrium.platform.Clock;
import com.atrium.platform.DomainException;
import com.atrium.security.CurrentCaller;
import com.atrium.security.Roles;
import com.atrium.tenant.TenantService;
import com.atrium.tenant.TenantView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The second approval of sales held above their tenant's approval threshold (docs/approvals.md). A
 * merchant manager decides the held sales of their own tenant, an operator those of the malls they
 * may see. Approval books the sale through the normal sale path, in the same transaction; a
 * rejection records why. Both are audited.
 */
@Stateless
@RolesAllowed({Roles.MERCHANT_MANAGER, Roles.OPERATOR_ADMIN, Roles.OPERATOR_SERVICE})
public class HeldSales {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @EJB SaleBook book;
  @EJB TenantService tenants;
  @EJB MemberDirectory members;
  @EJB AuditLog audit;
  @Inject CurrentCaller caller;
  @Inject Clock clock;

  /** The pending held sales the caller may decide, oldest first. */
  public List<HeldSaleView> pending(int limit) {
    Optional<Long> tenant = caller.isOperator() ? Optional.empty() : caller.tenantId();
    Optional<Long> mall = caller.isOperator() ? caller.mallId() : Optional.empty();
    var query =
        tenant.isPresent()
            ? em.createNamedQuery("HeldSale.pendingOfTenant", HeldSale.class)
                .setParameter("tenant", tenant.get())
            : mall.isPresent()
                ? em.createNamedQuery("HeldSale.pendingOfMall", HeldSale.class)
                    .setParameter("mall", mall.get())
                : em.createNamedQuery("HeldSale.pending", HeldSale.class);
    if (!caller.isOperator() && tenant.isEmpty()) {
      return List.of();
    }
    List<HeldSale> held = query.setMaxResults(Math.max(1, Math.min(limit, 500))).getResultList();
    Map<Long, String> names = tenants.namesOf(held.stream().map(HeldSale::tenantId).toList());
    return held.stream()
        .map(h -> h.view(tenants.view(h.tenantId()).code(), names.get(h.tenantId())))
        .toList();
  }

  public HeldSaleView get(long id) {
    HeldSale h = visible(id);
    TenantView tenant = tenants.view(h.tenantId());
    return h.view(tenant.code(), tenant.name());
  }

  /** Approves a pending held sale: it is booked now, with the points it earns at its time. */
  public HeldSaleView approve(long id) {
    HeldSale held = locked(id);
    TenantView tenant = tenants.view(held.tenantId());
    if (held.status() != HeldSale.Status.PENDING) {
      throw DomainException.conflict(
          "HELD_SALE_DECIDED", "Held sale " + id + " was already decided");
    }
    tenant.requireActive();
    MemberSummary member = members.summary(held.memberId()).orElseThrow();
    // a member blocked while the sale waited earns nothing: the approval waits for the unblock
    if (!member.isActive()) {
      throw DomainException.conflict("MEMBER_BLOCKED", "The member's account is blocked");
    }
    SaleReceipt receipt =
        book.book(
            tenant,
            member,
            held.receiptNumber(),
            held.amount(),
            held.occurredAt(),
            held.channel(),
            held.requestHash(),
            held.idempotencyKey(),
            held.heldBy());
    held.approved(receipt.saleId(), caller.name(), clock.now());
    audit.record(
        "HELD_SALE_APPROVED",
        "held_sale",
        id,
        Map.of("status", "PENDING"),
        Map.of("status", "APPROVED", "sale", receipt.saleId(), "points", receipt.points()));
    return held.view(tenant.code(), tenant.name());
  }

  /** Rejects a pending held sale with a reason; no points are ever credited for it. */
  public HeldSaleView reject(long id, String reason) {
    String why = reason == null ? "" : reason.strip();
    if (why.isEmpty() || why.length() > 200) {
      throw DomainException.invalid(
          "REASON_REQUIRED", "reason", "Give a reason of 1 to 200 characters");
    }
    HeldSale held = locked(id);
    held.rejected(why, caller.name(), clock.now());
    audit.record(
        "HELD_SALE_REJECTED",
        "held_sale",
        id,
        Map.of("status", "PENDING"),
        Map.of("status", "REJECTED", "reason", why));
    TenantView tenant = tenants.view(held.tenantId());
    return held.view(tenant.code(), tenant.name());
  }

  private HeldSale locked(long id) {
    HeldSale h = visible(id);
    em.lock(h, LockModeType.PESSIMISTIC_WRITE);
    em.refresh(h);
    return h;
  }

  /** Another tenant's or another mall's held sale is not found, as if it did not exist. */
  private HeldSale visible(long id) {
    HeldSale h = em.find(HeldSale.class, id);
    boolean mayDecide =
        h != null
            && (caller.isOperator()
                ? caller.maySeeMall(h.mallId())
                : caller.tenantId().map(t -> t.equals(h.tenantId())).orElse(false));
    if (!mayDecide) {
      throw DomainException.notFound("HELD_SALE_NOT_FOUND", "No held sale " + id);
    }
    return h;
  }
}
