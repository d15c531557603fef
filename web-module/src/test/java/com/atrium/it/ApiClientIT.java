package com.atrium.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.atrium.client.ApiClient;
import com.atrium.client.ApiException;
import com.atrium.client.ApiResponse;
import com.atrium.client.api.PosApi;
import com.atrium.client.model.CouponResult;
import com.atrium.client.model.MemberBalance;
import com.atrium.client.model.MemberReference;
import com.atrium.client.model.MemberRegistration;
import com.atrium.client.model.PointPaymentRequest;
import com.atrium.client.model.PointPaymentResult;
import com.atrium.client.model.RedemptionRequest;
import com.atrium.client.model.RedemptionResult;
import com.atrium.client.model.SaleRequest;
import com.atrium.client.model.SaleResult;
import java.io.File;
import java.math.BigDecimal;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The contract used as an integrator uses it: a Java client generated from /openapi's document at
 * build time (openapi-generator, library "native"), requests signed by {@link SigningInterceptor},
 * nothing else of Atrium's. A till registers a member, records a sale and replays it, pays with
 * points, redeems a reward, checks and verifies its coupon, and reads the balance.
 */
@ExtendWith(RunningAtrium.class)
class ApiClientIT {

  @Test
  void aTillDoesItsDayThroughTheGeneratedClient() throws Exception {
    Fixtures.PosKey key = Fixtures.posKey();
    ApiClient client = new ApiClient();
    client.updateBaseUri(RunningAtrium.baseUri().toString());
    client.setRequestInterceptor(new SigningInterceptor(key.keyId(), key.secret()));
    PosApi pos = new PosApi(client);

    assertThat(pos.getPosIdentity().getTenantCode()).isEqualTo(key.tenant().code());

    String phone = PosSalesIT.randomPhone();
    ApiResponse<MemberBalance> registered =
        pos.registerMemberWithHttpInfo(
            new MemberRegistration()
                .phone(phone)
                .name("接口会员")
                .acceptTerms(true)
                .language(MemberRegistration.LanguageEnum.ZH));
    assertThat(registered.getStatusCode()).isEqualTo(201);
    MemberBalance member = registered.getData();
    assertThat(member.getBalance()).isZero();
    String card = member.getCardNumber();

    SaleRequest sale =
        new SaleRequest().phone(phone).receiptNumber("R-CL-1").amount(new BigDecimal("5000.00"));
    ApiResponse<SaleResult> recorded = pos.recordSaleWithHttpInfo(sale, "sale-cl-1");
    assertThat(recorded.getStatusCode()).isEqualTo(201);
    assertThat(recorded.getHeaders().get("idempotent-replayed")).containsExactly("false");
    SaleResult first = recorded.getData();
    assertThat(first.getPoints()).isPositive();
    assertThat(first.getBalance()).isEqualTo(first.getPoints());
    assertThat(first.getAmount()).isEqualByComparingTo("5000.00");
    assertThat(first.getOccurredAt()).isNotNull();

    ApiResponse<SaleResult> replayed = pos.recordSaleWithHttpInfo(sale, "sale-cl-1");
    assertThat(replayed.getStatusCode()).isEqualTo(201);
    assertThat(replayed.getHeaders().get("idempotent-replayed")).containsExactly("true");
    assertThat(replayed.getData()).isEqualTo(first);
    assertThat(pos.getSale(first.getSaleId())).isEqualTo(first);

    long earned = first.getPoints();
    PointPaymentResult paid =
        pos.payWithPoints(
            new PointPaymentRequest()
                .cardNumber(card)
                .paymentReference("P-CL-1")
                .billAmount(new BigDecimal("120.00"))
                .points(1000L),
            null);
    assertThat(paid.getPoints()).isEqualTo(1000);
    assertThat(paid.getBalance()).isEqualTo(earned - 1000);

    String reward = PosRedemptionIT.reward(key.tenant().id(), 300, 5, 2);
    RedemptionResult redeemed =
        pos.redeemReward("redeem-cl-1", new RedemptionRequest().rewardCode(reward).phone(phone));
    assertThat(redeemed.getStatus()).isEqualTo(RedemptionResult.StatusEnum.ISSUED);
    assertThat(redeemed.getBalance()).isEqualTo(earned - 1000 - 300);
    // the coupon as the member shows it: its code, still valid, and its QR image
    RedemptionResult coupon = pos.getRedemption(redeemed.getRedemptionId());
    assertThat(coupon.getCouponCode()).isEqualTo(redeemed.getCouponCode()).hasSize(13);
    assertThat(coupon.getStatus()).isEqualTo(RedemptionResult.StatusEnum.ISSUED);
    assertThat(coupon.getValidUntil()).isAfter(coupon.getIssuedAt());
    File qr = pos.getRedemptionQr(redeemed.getRedemptionId());
    assertThat(Files.readAllBytes(qr.toPath())).startsWith(0x89, 'P', 'N', 'G');
    // the providing tenant's till looks the coupon up, then verifies it (核销); a retry replays
    CouponResult shown = pos.getCoupon(redeemed.getCouponCode());
    assertThat(shown.getRewardCode()).isEqualTo(reward);
    assertThat(shown.getStatus()).isEqualTo(CouponResult.StatusEnum.ISSUED);
    ApiResponse<CouponResult> verified = pos.verifyCouponWithHttpInfo(redeemed.getCouponCode());
    assertThat(verified.getData().getStatus()).isEqualTo(CouponResult.StatusEnum.VERIFIED);
    assertThat(verified.getHeaders().get("idempotent-replayed")).containsExactly("false");
    ApiResponse<CouponResult> retried = pos.verifyCouponWithHttpInfo(redeemed.getCouponCode());
    assertThat(retried.getData()).isEqualTo(verified.getData());
    assertThat(retried.getHeaders().get("idempotent-replayed")).containsExactly("true");

    MemberBalance balance = pos.inquireBalance(new MemberReference().phone(phone));
    assertThat(balance.getBalance()).isEqualTo(earned - 1300);
    assertThat(balance.getNextExpiryPoints()).isEqualTo(earned - 1300);
    assertThat(pos.getMemberBalance(card)).isEqualTo(balance);
  }

  @Test
  void refusalsArriveAsProblemDocumentsTheClientCanRead() {
    Fixtures.PosKey key = Fixtures.posKey();
    ApiClient client = new ApiClient();
    client.updateBaseUri(RunningAtrium.baseUri().toString());
    client.setRequestInterceptor(new SigningInterceptor(key.keyId(), "not-the-secret"));
    PosApi pos = new PosApi(client);

    assertThatThrownBy(pos::getPosIdentity)
        .isInstanceOfSatisfying(
            ApiException.class,
            e -> {
              assertThat(e.getCode()).isEqualTo(401);
              assertThat(e.getResponseHeaders().firstValue("Content-Type"))
                  .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
              assertThat(e.getResponseBody()).contains("\"code\":\"SIGNATURE_INVALID\"");
            });
  }
}
