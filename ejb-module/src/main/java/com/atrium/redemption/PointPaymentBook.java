package com.atrium.redemption;

import com.atrium.ledger.LedgerPostings;
import com.atrium.ledger.Posting;
import com.atrium.member.MemberService;
import com.atrium.member.MemberSummary;
import com.atrium.platform.Clock;
import com.atrium.platform.DomainException;
import com.atrium.platform.ExactlyOnce;
import com.atrium.platform.IdempotencyKey;
import com.atrium.security.CurrentCaller;
import com.atrium.tenant.MallConfiguration;
import com.atrium.tenant.TenantService;
import com.atrium.tenant.TenantView;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Records one payment with points in one transaction: checks the tenant takes points and the share
 * of the bill, debits the member to the tenant's redemption account, stores the payment.
 */
@Stateless
public class PointPaymentBook {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @EJB LedgerPostings ledger;
  @EJB TenantService tenants;
  @EJB MemberService members;
  @Inject MallConfiguration configuration;
  @Inject CurrentCaller caller;
  @Inject Clock clock;
  @Inject Event<PointsRedeemed> redeemed;

  /** The most of a bill points may pay, as a fraction (0.5 = half). */
  @Inject
  @ConfigProperty(name = "atrium.points-as-cash.max-share", defaultValue = "0.50")
  BigDecimal maxShare;

  /** The value of a point in the caller's mall and the share of a bill points may pay. */
  public PointsAsCashTerms terms() {
    return new PointsAsCashTerms(configuration.pointValue(), maxShare);
  }

  /** One attempt of {@link ExactlyOnce}: answers a replay with its original, else pays. */
  public PointPaymentReceipt record(PointPaymentRequest request, ExactlyOnce.Attempt attempt) {
    TenantView tenant = tenants.own();
    MemberSummary member = members.require(request.member());
    String reference = request.reference().value();
    BigDecimal bill = request.bill().amount();
    long points = request.points().value();
    String idempotencyKey = IdempotencyKey.text(request.idempotencyKey());
    String hash = ExactlyOnce.hash(tenant.id(), member.id(), reference, bill, points);
    if (attempt == ExactlyOnce.Attempt.CHECKING_FIRST) {
      Optional<PointPayment> original = originalOf(tenant.id(), reference, idempotencyKey, hash);
      if (original.isPresent()) {
        return receipt(original.get(), tenant, member, true);
      }
    }
    tenant.requireActive();
    if (!member.isActive()) {
      throw DomainException.conflict("MEMBER_BLOCKED", "The member's account is blocked");
    }
    if (!tenants.termsOf(tenant).acceptsPointsAsCash()) {
      throw DomainException.conflict(
          "POINTS_AS_CASH_NOT_ACCEPTED", "This tenant does not take points as payment");
    }
    BigDecimal pointValue = configuration.pointValue();
    if (!PointsAsCash.withinShare(points, bill, maxShare, pointValue)) {
      throw DomainException.invalid(
          "POINTS_EXCEED_MAX_SHARE",
          "points",
          "Points may pay at most "
              + PointsAsCash.maxPayable(bill, maxShare)
              + " CNY of this bill ("
              + PointsAsCash.maxPoints(bill, maxShare, pointValue)
              + " points)");
    }
    BigDecimal value = PointsAsCash.valueOf(points, pointValue);
    Instant now = clock.now();
    Posting posting =
        ledger.debitToTenant(member.id(), tenant.id(), points, now, "Points as cash " + reference);
    PointPayment payment =
        new PointPayment(
            tenant.id(),
            tenant.mallId(),
            member.id(),
            reference,
            bill,
            points,
            value,
            posting.entryId(),
            posting.balance(),
            request.channel(),
            hash,
            idempotencyKey,
            caller.name(),
            now);
    em.persist(payment);
    // a replay or a concurrent duplicate surfaces here, where ExactlyOnce asks again
    ExactlyOnce.flush(em);
    redeemed.fire(PointsRedeemed.asCash(payment));
    return receipt(payment, tenant, member, false);
  }

  private Optional<PointPayment> originalOf(
      long tenantId, String reference, String idempotencyKey, String hash) {
    Optional<PointPayment> byKey =
        idempotencyKey == null
            ? Optional.empty()
            : em.createNamedQuery("PointPayment.byIdempotencyKey", PointPayment.class)
                .setParameter("tenant", tenantId)
                .setParameter("key", idempotencyKey)
                .getResultStream()
                .findFirst();
    return ExactlyOnce.originalOf(
        byKey,
        () ->
            em.createNamedQuery("PointPayment.byReference", PointPayment.class)
                .setParameter("tenant", tenantId)
                .setParameter("reference", reference)
                .getResultStream()
                .findFirst(),
        hash,
        () ->
            new DomainException(
                DomainException.Kind.CONFLICT,
                "PAYMENT_REFERENCE_CONFLICT",
                "paymentReference",
                "Payment " + reference + " was already recorded with different details"));
  }

  private static PointPaymentReceipt receipt(
      PointPayment p, TenantView tenant, MemberSummary member, boolean replayed) {
    return new PointPaymentReceipt(
        p.id(),
        tenant.code(),
        member.id(),
        member.cardNumber(),
        p.paymentReference(),
        p.billAmount(),
        p.points(),
        p.cashValue(),
        p.balanceAfter(),
        p.recordedAt(),
        replayed);
  }
}
