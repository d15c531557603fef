package com.atrium.redemption;

import com.atrium.platform.DomainException;
import com.atrium.platform.ExactlyOnce;
import com.atrium.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.math.BigDecimal;

/**
 * Points as cash at the caller's own till, exactly once: each attempt is one transaction of {@link
 * PointPaymentBook}; a racing duplicate loses at the unique reference and gets the winner's result.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PointPaymentService {

  private static final String REFERENCE = "[A-Za-z0-9][A-Za-z0-9_./-]{0,63}";
  private static final BigDecimal MAX_BILL = new BigDecimal("1000000.00");

  @EJB PointPaymentBook book;

  /** A POS post: the member by phone or card number. */
  @RolesAllowed(Roles.POS)
  public PointPaymentReceipt pay(
      String phone,
      String cardNumber,
      String reference,
      BigDecimal bill,
      long points,
      String idempotencyKey) {
    ExactlyOnce.requireValidKey(idempotencyKey);
    validate(reference, bill, points);
    return ExactlyOnce.run(
        () ->
            book.record(
                null, phone, cardNumber, reference.trim(), bill, points, "POS", idempotencyKey));
  }

  /** A merchant assistant takes points as cash for a member identified at the till. */
  @RolesAllowed(Roles.MERCHANT_ASSISTANT)
  public PointPaymentReceipt payAtTill(
      long memberId, String reference, BigDecimal bill, long points) {
    validate(reference, bill, points);
    return ExactlyOnce.run(
        () -> book.record(memberId, null, null, reference.trim(), bill, points, "PORTAL", null));
  }

  private static void validate(String reference, BigDecimal bill, long points) {
    if (reference == null || !reference.trim().matches(REFERENCE)) {
      throw DomainException.invalid(
          "PAYMENT_REFERENCE_INVALID",
          "paymentReference",
          "A payment reference is 1 to 64 letters or digits");
    }
    if (bill == null
        || bill.signum() <= 0
        || bill.compareTo(MAX_BILL) > 0
        || bill.stripTrailingZeros().scale() > 2) {
      throw DomainException.invalid(
          "AMOUNT_INVALID", "billAmount", "The bill is between 0.01 and 1,000,000.00 CNY");
    }
    if (points <= 0 || points > 100_000_000L) {
      throw DomainException.invalid("POINTS_INVALID", "points", "Use a positive number of points");
    }
  }
}
