package com.atrium.earning;

import com.atrium.platform.DomainException;
import com.atrium.platform.ExactlyOnce;
import com.atrium.security.Roles;
import com.atrium.tenant.TenantService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.validation.Valid;
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
  public SaleReceipt record(@NotNull @Valid SaleRequest request, String idempotencyKey) {
    ExactlyOnce.requireValidKey(idempotencyKey);
    return ExactlyOnce.run(
        () -> posSale(request, idempotencyKey, SaleBook.Attempt.ASSUMING_NEW),
        () -> posSale(request, idempotencyKey, SaleBook.Attempt.CHECKING_FIRST));
  }

  private SaleReceipt posSale(SaleRequest request, String idempotencyKey, SaleBook.Attempt how) {
    return book.record(
        null,
        request.phone(),
        request.cardNumber(),
        request.receiptNumber(),
        request.amount(),
        request.occurredAt(),
        Channel.POS,
        idempotencyKey,
        how);
  }

  /** A merchant assistant records a sale at the till for a member they identified. */
  @RolesAllowed(Roles.MERCHANT_ASSISTANT)
  public SaleReceipt recordAtTill(long memberId, String receiptNumber, BigDecimal amount) {
    if (receiptNumber == null
        || !receiptNumber.trim().matches("[A-Za-z0-9][A-Za-z0-9_./-]{0,63}")) {
      throw DomainException.invalid(
          "RECEIPT_NUMBER_INVALID",
          "receiptNumber",
          "A receipt number is 1 to 64 letters or digits");
    }
    if (amount == null
        || amount.signum() <= 0
        || amount.compareTo(new BigDecimal("1000000.00")) > 0
        || amount.stripTrailingZeros().scale() > 2) {
      throw DomainException.invalid(
          "AMOUNT_INVALID", "amount", "The amount is between 0.01 and 1,000,000.00 CNY");
    }
    String receipt = receiptNumber.trim();
    return ExactlyOnce.run(
        () -> tillSale(memberId, receipt, amount, SaleBook.Attempt.ASSUMING_NEW),
        () -> tillSale(memberId, receipt, amount, SaleBook.Attempt.CHECKING_FIRST));
  }

  private SaleReceipt tillSale(
      long memberId, String receiptNumber, BigDecimal amount, SaleBook.Attempt how) {
    return book.record(
        memberId, null, null, receiptNumber, amount, null, Channel.PORTAL, null, how);
  }

  @RolesAllowed({Roles.POS, Roles.MERCHANT_ASSISTANT})
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public SaleReceipt get(long saleId) {
    return book.find(tenants.own(), saleId)
        .orElseThrow(() -> DomainException.notFound("SALE_NOT_FOUND", "No sale " + saleId));
  }
}
