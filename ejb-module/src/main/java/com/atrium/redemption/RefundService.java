package com.atrium.redemption;

import com.atrium.platform.DomainException;
import com.atrium.platform.ExactlyOnce;
import com.atrium.security.CurrentCaller;
import com.atrium.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * POS refunds of the caller's own tenant's sales, exactly once (refund reference per tenant, or the
 * Idempotency-Key), under the configured {@code atrium.refund.policy}.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RefundService {

  private static final String REFERENCE = "[A-Za-z0-9][A-Za-z0-9_./-]{0,63}";

  @EJB RefundBook book;
  @Inject CurrentCaller caller;

  @Inject
  @ConfigProperty(name = "atrium.refund.policy", defaultValue = "STOP_AT_ZERO")
  RefundPolicy policy;

  @RolesAllowed(Roles.POS)
  public RefundReceipt refund(
      String receiptNumber, String refundReference, BigDecimal amount, String idempotencyKey) {
    ExactlyOnce.requireValidKey(idempotencyKey);
    if (receiptNumber == null || !receiptNumber.trim().matches(REFERENCE)) {
      throw DomainException.invalid(
          "RECEIPT_NUMBER_INVALID",
          "receiptNumber",
          "A receipt number is 1 to 64 letters or digits");
    }
    String reference = refundReference == null ? idempotencyKey : refundReference.trim();
    if (reference == null || !reference.matches(REFERENCE)) {
      throw DomainException.invalid(
          "REFUND_REFERENCE_INVALID",
          "refundReference",
          "Give a refund reference (1 to 64 letters or digits) or an Idempotency-Key");
    }
    if (amount == null
        || amount.signum() <= 0
        || amount.compareTo(new BigDecimal("1000000.00")) > 0
        || amount.stripTrailingZeros().scale() > 2) {
      throw DomainException.invalid(
          "AMOUNT_INVALID", "amount", "The refund is between 0.01 and 1,000,000.00 CNY");
    }
    long tenant = caller.requireTenantId();
    String by = caller.name();
    BigDecimal money = amount.setScale(2);
    return ExactlyOnce.run(
        () ->
            book.refund(
                tenant, receiptNumber.trim(), reference, money, idempotencyKey, policy, by));
  }

  public RefundPolicy policy() {
    return policy;
  }
}
