package com.atrium.redemption;

import com.atrium.earning.Channel;
import com.atrium.member.MemberReference;
import com.atrium.platform.ExactlyOnce;
import com.atrium.platform.IdempotencyKey;
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
    IdempotencyKey key = IdempotencyKey.ofHeader(idempotencyKey);
    PointPaymentRequest request =
        PointPaymentRequest.of(
            MemberReference.byPhoneOrCard(phone, cardNumber),
            reference,
            bill,
            points,
            Channel.POS,
            key);
    return ExactlyOnce.run(attempt -> book.record(request, attempt));
  }

  /** A merchant assistant takes points as cash for a member identified at the till. */
  @RolesAllowed(Roles.MERCHANT_ASSISTANT)
  public PointPaymentReceipt payAtTill(
      long memberId, String reference, BigDecimal bill, long points) {
    PointPaymentRequest request =
        PointPaymentRequest.of(
            MemberReference.byId(memberId), reference, bill, points, Channel.PORTAL, null);
    return ExactlyOnce.run(attempt -> book.record(request, attempt));
  }

  /** The terms a till shows on its payment form: value of a point, share of a bill. */
  @RolesAllowed(Roles.MERCHANT_ASSISTANT)
  public PointsAsCashTerms terms() {
    return book.terms();
  }
}
