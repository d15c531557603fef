package com.atrium.redemption;

import static org.assertj.core.api.Assertions.assertThat;

import com.atrium.earning.Channel;
import com.atrium.earning.ReceiptNumber;
import com.atrium.ledger.LedgerPostings;
import com.atrium.ledger.Posting;
import com.atrium.member.MemberReference;
import com.atrium.member.MemberService;
import com.atrium.member.MemberStatus;
import com.atrium.member.MemberSummary;
import com.atrium.platform.Clock;
import com.atrium.platform.ExactlyOnce;
import com.atrium.platform.Money;
import com.atrium.platform.Points;
import com.atrium.security.CurrentCaller;
import com.atrium.tenant.Category;
import com.atrium.tenant.MallConfiguration;
import com.atrium.tenant.TenantService;
import com.atrium.tenant.TenantStatus;
import com.atrium.tenant.TenantTerms;
import com.atrium.tenant.TenantView;
import com.atrium.testing.RecordingEvent;
import jakarta.persistence.EntityManager;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A payment with points at a till fires {@link PointsRedeemed} with the payment's own values, its
 * tenant's mall included: {@link PointPaymentBook} run without a container, on stand-ins for the
 * services it calls and an entity manager that only stores.
 */
class PointPaymentEventTest {

  static final Instant NOW = Instant.parse("2026-03-01T06:30:00.123456Z");
  static final TenantView TILL =
      new TenantView(7, 3, "CD-FB01", "星巴克", Category.FOOD_BEVERAGE, TenantStatus.ACTIVE);

  @Test
  void aPaymentWithPointsFiresPointsRedeemedAtTheTillsMall() {
    List<Object> persisted = new ArrayList<>();
    RecordingEvent<PointsRedeemed> redeemed = new RecordingEvent<>();
    PointPaymentBook book = book(persisted, redeemed);

    PointPaymentReceipt receipt =
        book.record(
            new PointPaymentRequest(
                MemberReference.byId(11),
                ReceiptNumber.of("P-1"),
                Money.of(new BigDecimal("100.00")),
                Points.of(1000),
                Channel.POS,
                null),
            ExactlyOnce.Attempt.ASSUMING_NEW);

    PointPayment payment = (PointPayment) persisted.get(0);
    assertThat(payment.mallId()).isEqualTo(3);
    assertThat(receipt.paymentId()).isEqualTo(4242);
    assertThat(redeemed.fired)
        .containsExactly(
            new PointsRedeemed(
                PointsRedeemed.Kind.POINTS_AS_CASH,
                4242,
                11,
                7L,
                3L,
                1000,
                new BigDecimal("10.00"),
                null,
                NOW));
  }

  private static PointPaymentBook book(
      List<Object> persisted, RecordingEvent<PointsRedeemed> redeemed) {
    PointPaymentBook book = new PointPaymentBook();
    book.em = storingOnly(persisted);
    book.tenants =
        new TenantService() {
          @Override
          public TenantView own() {
            return TILL;
          }

          @Override
          public TenantTerms termsOf(TenantView tenant) {
            return new TenantTerms(
                Category.FOOD_BEVERAGE, BigDecimal.ONE, BigDecimal.ZERO, BigDecimal.ZERO, true);
          }
        };
    book.members =
        new MemberService() {
          @Override
          public MemberSummary require(MemberReference reference) {
            return new MemberSummary(
                11,
                "88000000011",
                "138****0011",
                "Li",
                null,
                "zh",
                "STANDARD",
                MemberStatus.ACTIVE);
          }
        };
    book.configuration =
        new MallConfiguration() {
          @Override
          public BigDecimal pointValue() {
            return new BigDecimal("0.01");
          }
        };
    book.ledger =
        new LedgerPostings() {
          @Override
          public Posting debitToTenant(
              long memberId, long tenantId, long points, Instant occurredAt, String description) {
            return new Posting(99, 400);
          }
        };
    book.caller =
        new CurrentCaller() {
          @Override
          public String name() {
            return "pos-CD-FB01";
          }
        };
    book.clock =
        new Clock() {
          @Override
          public Instant now() {
            return NOW;
          }
        };
    book.maxShare = new BigDecimal("0.50");
    book.redeemed = redeemed;
    return book;
  }

  /**
   * Persists by giving the entity its id (as the sequence would) and keeping it; flush is a no-op.
   */
  private static EntityManager storingOnly(List<Object> persisted) {
    return (EntityManager)
        Proxy.newProxyInstance(
            EntityManager.class.getClassLoader(),
            new Class<?>[] {EntityManager.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "persist" -> {
                    var id = args[0].getClass().getDeclaredField("id");
                    id.setAccessible(true);
                    id.set(args[0], 4242L);
                    persisted.add(args[0]);
                    yield null;
                  }
                  case "flush" -> null;
                  default -> throw new UnsupportedOperationException(method.getName());
                });
  }
}
