package com.atrium.redemption;

import com.atrium.earning.RefundableSale;
import com.atrium.earning.RefundableSales;
import com.atrium.earning.SaleRefunded;
import com.atrium.ledger.AccountKind;
import com.atrium.ledger.EntryKind;
import com.atrium.ledger.LedgerAccounts;
import com.atrium.ledger.LedgerPostings;
import com.atrium.ledger.Overdraft;
import com.atrium.ledger.Reversal;
import com.atrium.ledger.ReversalPlan;
import com.atrium.platform.Clock;
import com.atrium.platform.DomainException;
import com.atrium.platform.ExactlyOnce;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Records one refund of a sale in one transaction. The sale's row is locked, so concurrent refunds
 * of one sale see each other's totals; the points to take back follow {@link RefundArithmetic}.
 * They are split across the sale's issuers pro rata to the points each funded, cumulatively over
 * the sale's refunds, and each part comes first from that issuer's lot of the sale ({@link
 * LedgerPostings#reverse}); what the member already spent is settled by the {@link RefundPolicy},
 * issuer by issuer.
 */
@Stateless
public class RefundBook {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @EJB LedgerPostings ledger;
  @Inject LedgerAccounts accounts;
  @EJB RefundableSales sales;
  @Inject Clock clock;
  @Inject Event<SaleRefunded> refunded;

  /** A refund inside the caller's transaction, looking for its original first. */
  public RefundReceipt refund(
      long tenantId,
      String receiptNumber,
      String reference,
      BigDecimal amount,
      String idempotencyKey,
      RefundPolicy policy,
      String by) {
    return refund(
        tenantId,
        receiptNumber,
        reference,
        amount,
        idempotencyKey,
        policy,
        by,
        ExactlyOnce.Attempt.CHECKING_FIRST);
  }

  /** One attempt of {@link ExactlyOnce}: answers a replay with its original, else refunds. */
  public RefundReceipt refund(
      long tenantId,
      String receiptNumber,
      String reference,
      BigDecimal amount,
      String idempotencyKey,
      RefundPolicy policy,
      String by,
      ExactlyOnce.Attempt attempt) {
    String hash = ExactlyOnce.hash(tenantId, receiptNumber, reference, amount);
    if (attempt == ExactlyOnce.Attempt.CHECKING_FIRST) {
      Optional<Refund> original = originalOf(tenantId, reference, idempotencyKey, hash);
      if (original.isPresent()) {
        return receipt(original.get(), receiptNumber, true);
      }
    }
    RefundableSale sale =
        sales
            .lockByReceipt(tenantId, receiptNumber)
            .orElseThrow(
                () -> DomainException.notFound("SALE_NOT_FOUND", "No sale " + receiptNumber));
    List<Refund> earlier =
        em.createNamedQuery("Refund.ofSale", Refund.class)
            .setParameter("sale", sale.saleId())
            .getResultList();
    BigDecimal refundedBefore =
        earlier.stream().map(Refund::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    long pointsBefore = earlier.stream().mapToLong(Refund::points).sum();
    if (refundedBefore.add(amount).compareTo(sale.amount()) > 0) {
      throw DomainException.invalid(
          "REFUND_EXCEEDS_SALE",
          "amount",
          "Sale "
              + receiptNumber
              + " has "
              + sale.amount().subtract(refundedBefore)
              + " CNY left to refund");
    }
    long points =
        RefundArithmetic.pointsToTakeBack(
            sale.points(), sale.amount(), refundedBefore, pointsBefore, amount);
    Instant now = clock.now();
    String why = "Refund " + reference + " of sale " + receiptNumber;
    long reversed = 0;
    long recovered = 0;
    long unrecovered = 0;
    if (points > 0) {
      Reversal reversal = ledger.reverse(sale.journalEntryId(), points, pointsBefore, why);
      reversed = reversal.reversed();
      long spent = reversal.notReversed();
      if (spent > 0) {
        // each issuer's spent part goes back to that issuer, so a refund reverses the charge of
        // whoever funded the points (issue 9), not always the tenant's own
        Map<Long, Long> byIssuer = new LinkedHashMap<>(reversal.notReversedByIssuer());
        if (byIssuer.isEmpty()) {
          byIssuer.put(accounts.tenantAccountId(tenantId, AccountKind.TENANT_ISSUANCE), spent);
        }
        if (policy == RefundPolicy.ALLOW_NEGATIVE) {
          recovered = spent;
        } else {
          recovered = Math.min(spent, Math.max(0, accounts.balanceOf(sale.memberId())));
          unrecovered = spent - recovered;
        }
        // what the member can still pay is shared by the issuers pro rata to their spent parts
        List<Long> issuers = List.copyOf(byIssuer.keySet());
        long[] shares =
            ReversalPlan.shares(issuers.stream().mapToLong(byIssuer::get).toArray(), recovered);
        for (int i = 0; i < issuers.size(); i++) {
          if (shares[i] > 0) {
            ledger.debit(
                sale.memberId(),
                issuers.get(i),
                tenantId,
                EntryKind.REVERSAL,
                shares[i],
                now,
                why + " (points already spent)",
                policy == RefundPolicy.ALLOW_NEGATIVE
                    ? Overdraft.ALLOW_NEGATIVE
                    : Overdraft.REFUSE);
          }
        }
      }
    }
    Refund refund =
        new Refund(
            tenantId,
            sale.mallId(),
            sale.saleId(),
            sale.memberId(),
            reference,
            amount,
            reversed,
            recovered,
            unrecovered,
            policy,
            accounts.balanceOf(sale.memberId()),
            hash,
            idempotencyKey,
            by,
            now);
    em.persist(refund);
    // a replay or a concurrent duplicate surfaces here, where ExactlyOnce asks again
    ExactlyOnce.flush(em);
    if (unrecovered > 0) {
      em.persist(
          MemberFlag.refundUnrecovered(
              sale.memberId(),
              unrecovered,
              refund.id(),
              sale.mallId(),
              why + ": " + unrecovered + " points already spent could not be taken back",
              now));
    }
    em.flush();
    refunded.fire(
        new SaleRefunded(
            sale.saleId(),
            sale.memberId(),
            tenantId,
            sale.mallId(),
            amount,
            reversed + recovered,
            unrecovered,
            now,
            sale.recordedAt()));
    return receipt(refund, receiptNumber, false);
  }

  private Optional<Refund> originalOf(
      long tenantId, String reference, String idempotencyKey, String hash) {
    Optional<Refund> byKey =
        idempotencyKey == null
            ? Optional.empty()
            : em.createNamedQuery("Refund.byIdempotencyKey", Refund.class)
                .setParameter("tenant", tenantId)
                .setParameter("key", idempotencyKey)
                .getResultStream()
                .findFirst();
    return ExactlyOnce.originalOf(
        byKey,
        () ->
            em.createNamedQuery("Refund.byReference", Refund.class)
                .setParameter("tenant", tenantId)
                .setParameter("reference", reference)
                .getResultStream()
                .findFirst(),
        hash,
        () ->
            new DomainException(
                DomainException.Kind.CONFLICT,
                "REFUND_REFERENCE_CONFLICT",
                "refundReference",
                "Refund " + reference + " was already recorded with different details"));
  }

  private static RefundReceipt receipt(Refund r, String receiptNumber, boolean replayed) {
    return new RefundReceipt(
        r.id(),
        receiptNumber,
        r.refundReference(),
        r.amount(),
        r.points(),
        r.pointsReversed(),
        r.pointsRecovered(),
        r.pointsUnrecovered(),
        r.policy().name(),
        r.balanceAfter(),
        r.pointsUnrecovered() > 0,
        replayed);
  }
}
