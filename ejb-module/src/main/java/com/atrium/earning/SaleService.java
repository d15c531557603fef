package com.atrium.earning;

import com.atrium.member.MemberReference;
import com.atrium.platform.DomainException;
import com.atrium.platform.ExactlyOnce;
import com.atrium.platform.Money;
import com.atrium.security.Roles;
import com.atrium.tenant.TenantService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/**
 * Records sales for the caller's own tenant, exactly once. Each attempt runs in its own transaction
 * ({@link SaleBook}); when two identical requests race, the database's unique receipt constraint
 * lets one win and the other is answered with the winner's receipt.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SaleService {

  @EJB SaleBook book;
  @EJB TenantService tenants;

  /** A POS post: the member by phone or card number, idempotent by receipt number or key. */
  @RolesAllowed(Roles.POS)
  public SaleReceipt record(@NotNull SaleRequest request) {
    return record(request, false);
  }

  /**
   * A POS post that says whether the cashier confirmed an amount above the tenant's normal range
   * (docs/approvals.md); above the approval threshold the sale is held, not booked.
   */
  @RolesAllowed(Roles.POS)
  public SaleReceipt record(@NotNull SaleRequest request, boolean confirmed) {
    if (request.channel() != Channel.POS) {
      throw new IllegalArgumentException("a POS post comes through channel POS");
    }
    return exactlyOnce(request, confirmed);
  }

  /** A merchant assistant records a sale at the till for a member they identified. */
  @RolesAllowed(Roles.MERCHANT_ASSISTANT)
  public SaleReceipt recordAtTill(long memberId, String receiptNumber, BigDecimal amount) {
    return recordAtTill(memberId, receiptNumber, amount, false);
  }

  /** The till's sale, {@code confirmed} when the assistant confirmed an unusually large amount. */
  @RolesAllowed(Roles.MERCHANT_ASSISTANT)
  public SaleReceipt recordAtTill(
      long memberId, String receiptNumber, BigDecimal amount, boolean confirmed) {
    return exactlyOnce(
        new SaleRequest(
            MemberReference.byId(memberId),
            ReceiptNumber.of(receiptNumber),
            Money.of(amount),
            null,
            Channel.PORTAL,
            null),
        confirmed);
  }

  private SaleReceipt exactlyOnce(SaleRequest request, boolean confirmed) {
    return ExactlyOnce.run(attempt -> book.record(request, confirmed, attempt));
  }

  @RolesAllowed({Roles.POS, Roles.MERCHANT_ASSISTANT})
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public SaleReceipt get(long saleId) {
    return book.find(tenants.own(), saleId)
        .orElseThrow(() -> DomainException.notFound("SALE_NOT_FOUND", "No sale " + saleId));
  }
}
