package com.atrium.redemption;

import com.atrium.earning.ReceiptNumber;
import com.atrium.platform.ExactlyOnce;
import com.atrium.platform.IdempotencyKey;
import com.atrium.platform.Money;
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

  @EJB RefundBook book;
  @Inject CurrentCaller caller;

  @Inject
  @ConfigProperty(name = "atrium.refund.policy", defaultValue = "STOP_AT_ZERO")
  RefundPolicy policy;

  @RolesAllowed(Roles.POS)
  public RefundReceipt refund(
      String receiptNumber, String refundReference, BigDecimal amount, String idempotencyKey) {
    IdempotencyKey key = IdempotencyKey.ofHeader(idempotencyKey);
    ReceiptNumber receipt = ReceiptNumber.of(receiptNumber);
    // without its own reference, a refund is named by its Idempotency-Key
    ReceiptNumber reference =
        ReceiptNumber.of(
            refundReference == null ? idempotencyKey : refundReference,
            "REFUND_REFERENCE_INVALID",
            "refundReference");
    Money money = Money.of(amount);
    long tenant = caller.requireTenantId();
    String by = caller.name();
    return ExactlyOnce.run(
        attempt ->
            book.refund(
                tenant,
                receipt.value(),
                reference.value(),
                money.amount(),
                IdempotencyKey.text(key),
                policy,
                by,
                attempt));
  }

  public RefundPolicy policy() {
    return policy;
  }
}
