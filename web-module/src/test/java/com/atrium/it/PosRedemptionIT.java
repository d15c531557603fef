package com.atrium.it;

import static com.atrium.it.Fixtures.assertLedgerBalanced;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Spending points over the POS API, as a till sees it: points as cash, reward redemptions with
 * coupons and their cancellation, refunds of sales. Replays answer the original, a reused key or
 * reference with a different body is 409, bad input is a 400 problem that changes nothing, another
 * tenant's or client's ids do not exist, and 64 clients racing for one member's points never
 * overdraw.
 */
@ExtendWith(RunningAtrium.class)
class PosRedemptionIT {

  static final String PAYMENTS = "/api/v1/pos/point-payments";
  static final String REDEMPTIONS = "/api/v1/pos/redemptions";
  static final String REFUNDS = "/api/v1/pos/refunds";

  PosClient pos;
  Fixtures.PosKey key;
  String phone;

  @BeforeEach
  void newTillAndMember() {
    key = Fixtures.posKey();
    pos = PosClient.of(key);
    phone = PosSalesIT.randomPhone();
    var created =
        pos.post(
                "/api/v1/pos/members",
                "{\"phone\":\"" + phone + "\",\"name\":\"测试会员\",\"acceptTerms\":true}")
            .send();
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
  }

  // --- points as cash ---

  @Test
  void pointsPayPartOfTheBillAtThePointValue() {
    earn("S-1", "5000.00");
    var r = pos.post(PAYMENTS, payment("P-1", "120.00", 3000)).send();
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    JsonObject body = r.json();
    assertThat(body.getJsonNumber("points").longValue()).isEqualTo(3000);
    assertThat(body.getJsonNumber("cashValue").bigDecimalValue()).isEqualByComparingTo("30.00");
    assertThat(body.getJsonNumber("balance").longValue()).isEqualTo(2000);
    assertThat(r.header("Idempotent-Replayed")).hasValue("false");
    assertThat(balance()).isEqualTo(2000);
    // the debit went to this tenant's redemption account
    assertThat(
            db().longValue(
                    "select coalesce(sum(l.points), 0) from journal_line l join ledger_account a on a.id ="
                        + " l.account_id where a.tenant_id = ? and a.kind = 'TENANT_REDEMPTION'",
                    key.tenant().id()))
        .isEqualTo(3000);
    assertLedgerBalanced();
  }

  @Test
  void aPaymentReplayAnswersTheOriginalAndADifferentBodyIsAConflict() {
    earn("S-2", "5000.00");
    var first =
        pos.post(PAYMENTS, payment("P-2", "100.00", 1000))
            .header("Idempotency-Key", "pk-" + key.keyId())
            .send();
    var again =
        pos.post(PAYMENTS, payment("P-2", "100.00", 1000))
            .header("Idempotency-Key", "pk-" + key.keyId())
            .send();
    assertThat(again.status()).isEqualTo(201);
    assertThat(again.json()).isEqualTo(first.json());
    assertThat(again.header("Idempotent-Replayed")).hasValue("true");
    var sameRefOtherPoints = pos.post(PAYMENTS, payment("P-2", "100.00", 999)).send();
    assertThat(sameRefOtherPoints.status()).isEqualTo(409);
    assertThat(sameRefOtherPoints.problemCode()).isEqualTo("PAYMENT_REFERENCE_CONFLICT");
    var keyReused =
        pos.post(PAYMENTS, payment("P-3", "100.00", 1000))
            .header("Idempotency-Key", "pk-" + key.keyId())
            .send();
    assertThat(keyReused.status()).isEqualTo(409);
    assertThat(keyReused.problemCode()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
    assertThat(balance()).isEqualTo(4000);
  }

  @Test
  void pointsMayPayAtMostHalfTheBillAndOnlyWhereTheTenantTakesThem() {
    earn("S-3", "5000.00");
    var tooMuch = pos.post(PAYMENTS, payment("P-4", "100.00", 5001)).send();
    assertThat(tooMuch.status()).isEqualTo(400);
    assertThat(tooMuch.problemCode()).isEqualTo("POINTS_EXCEED_MAX_SHARE");
    var exactlyHalf = pos.post(PAYMENTS, payment("P-5", "100.00", 5000)).send();
    assertThat(exactlyHalf.status()).as(exactlyHalf.toString()).isEqualTo(201);
    var notEnough = pos.post(PAYMENTS, payment("P-6", "100.00", 1)).send();
    assertThat(notEnough.status()).isEqualTo(409);
    assertThat(notEnough.problemCode()).isEqualTo("INSUFFICIENT_POINTS");

    db().update("update tenant set category = 'ELECTRONICS' where id = ?", key.tenant().id());
    earn("S-4", "100.00");
    long afterEarning = balance(); // the 5,000 CNY made the member SILVER: its multiplier applies
    assertThat(afterEarning).isPositive();
    var refused = pos.post(PAYMENTS, payment("P-7", "100.00", 10)).send();
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.problemCode()).isEqualTo("POINTS_AS_CASH_NOT_ACCEPTED");
    assertThat(balance()).isEqualTo(afterEarning);
    assertThat(
            db().longValue(
                    "select count(*) from point_payment where tenant_id = ?", key.tenant().id()))
        .isEqualTo(1);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "zero points|{\"phone\":\"PHONE\",\"paymentReference\":\"B1\",\"billAmount\":10,\"points\":0}|VALIDATION_FAILED",
        "no points|{\"phone\":\"PHONE\",\"paymentReference\":\"B1\",\"billAmount\":10}|VALIDATION_FAILED",
        "negative bill|{\"phone\":\"PHONE\",\"paymentReference\":\"B1\",\"billAmount\":-10,\"points\":5}|VALIDATION_FAILED",
        "three decimals|{\"phone\":\"PHONE\",\"paymentReference\":\"B1\",\"billAmount\":1.005,\"points\":5}|VALIDATION_FAILED",
        "no reference|{\"phone\":\"PHONE\",\"billAmount\":10,\"points\":5}|VALIDATION_FAILED",
        "points as text|{\"phone\":\"PHONE\",\"paymentReference\":\"B1\",\"billAmount\":10,\"points\":\"many\"}|MALFORMED_BODY",
        "no member|{\"paymentReference\":\"B1\",\"billAmount\":10,\"points\":5}|MEMBER_REFERENCE_REQUIRED"
      })
  void badPaymentInputIsA400ProblemAndChangesNothing(String name, String body, String code) {
    earn("S-5", "1000.00");
    var r = pos.post(PAYMENTS, body.replace("PHONE", phone)).send();
    assertThat(r.status()).as(r.toString()).isEqualTo(400);
    assertThat(r.contentType()).startsWith("application/problem+json");
    assertThat(r.problemCode()).isEqualTo(code);
    assertThat(balance()).isEqualTo(1000);
  }

  // --- rewards and coupons ---

  @Test
  void redeemingIssuesAnUnguessableCouponAndCancellingGivesEverythingBack() {
    earn("S-6", "1000.00");
    String reward = reward(key.tenant().id(), 300, 5, 2);
    var r = redeem(reward, "rk-1");
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    JsonObject body = r.json();
    assertThat(body.getString("couponCode")).matches("[0-9A-HJKMNP-TV-Z]{13}");
    assertThat(body.getString("status")).isEqualTo("ISSUED");
    assertThat(body.getJsonNumber("balance").longValue()).isEqualTo(700);
    assertThat(stock(reward)).isEqualTo(4);
    long id = body.getJsonNumber("redemptionId").longValue();

    var replay = redeem(reward, "rk-1");
    assertThat(replay.json()).isEqualTo(body);
    assertThat(replay.header("Idempotent-Replayed")).hasValue("true");
    assertThat(stock(reward)).isEqualTo(4);

    var qr = pos.get(REDEMPTIONS + "/" + id + "/qr").send();
    assertThat(qr.status()).isEqualTo(200);
    assertThat(qr.contentType()).startsWith("image/png");

    var cancelled = pos.post(REDEMPTIONS + "/" + id + "/cancellation", "").send();
    assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
    assertThat(cancelled.json().getString("status")).isEqualTo("CANCELLED");
    assertThat(balance()).isEqualTo(1000);
    assertThat(openLots()).isEqualTo(1000);
    assertThat(stock(reward)).isEqualTo(5);
    var again = pos.post(REDEMPTIONS + "/" + id + "/cancellation", "").send();
    assertThat(again.status()).isEqualTo(200);
    assertThat(balance()).isEqualTo(1000);
    assertLedgerBalanced();
  }

  @Test
  void theProvidingTenantsTillVerifiesACouponOnceAndAnotherTenantSeesNothing() {
    earn("S-8", "1000.00");
    String reward = reward(key.tenant().id(), 100, 5, 5);
    String code = redeem(reward, "rk-3").json().getString("couponCode");
    String coupon = "/api/v1/pos/coupons/" + code;
    PosClient otherTill = PosClient.of(Fixtures.posKey());

    var shown = pos.get(coupon).send();
    assertThat(shown.status()).as(shown.toString()).isEqualTo(200);
    assertThat(shown.json().getString("status")).isEqualTo("ISSUED");
    assertThat(shown.json().containsKey("balance")).isFalse();
    var elsewhere = otherTill.post(coupon + "/verification", "").send();
    assertThat(elsewhere.status()).isEqualTo(404);
    assertThat(elsewhere.problemCode()).isEqualTo("COUPON_NOT_FOUND");
    assertThat(otherTill.get(coupon).send().status()).isEqualTo(404);

    // until the tenant honours it, the coupon's points are the operator's to hold, not the tenant's
    assertThat(redeemedAt(key.tenant().id())).isZero();
    var verified = pos.post(coupon + "/verification", "").send();
    assertThat(verified.status()).as(verified.toString()).isEqualTo(200);
    assertThat(redeemedAt(key.tenant().id())).isEqualTo(100);
    assertThat(verified.json().getString("status")).isEqualTo("VERIFIED");
    assertThat(verified.header("Idempotent-Replayed")).contains("false");
    // the till retries after a lost answer: the same coupon, nothing verified twice
    var retried = pos.post(coupon + "/verification", "").send();
    assertThat(retried.status()).isEqualTo(200);
    assertThat(retried.header("Idempotent-Replayed")).contains("true");
    assertThat(db().value("select verified_by from redemption where coupon_code = ?", code))
        .isEqualTo(key.keyId());
    assertThat(pos.get(coupon).send().json().getString("status")).isEqualTo("VERIFIED");
    assertThat(balance()).isEqualTo(900);
    assertThat(redeemedAt(key.tenant().id())).as("honoured once").isEqualTo(100);
    assertThat(
            db().value(
                    "select e.kind from redemption r join journal_entry e on e.id = r.honour_entry_id"
                        + " where r.coupon_code = ?",
                    code))
        .isEqualTo("HONOUR");
    assertLedgerBalanced();
  }

  /** The points on the tenant's redemption account: what clearing reimburses it for. */
  private static long redeemedAt(long tenantId) {
    return db().longValue(
            "select coalesce(sum(l.points), 0) from journal_line l join ledger_account a on a.id ="
                + " l.account_id where a.tenant_id = ? and a.kind = 'TENANT_REDEMPTION'",
            tenantId);
  }

  @Test
  void aNewCodeIsTakenInLowerCaseWithHyphensATypoIsRefusedUnseenAndAnOldCodeStillVerifies() {
    earn("S-14", "1000.00");
    String reward = reward(key.tenant().id(), 100, 5, 5);
    String code = redeem(reward, "rk-14").json().getString("couponCode");
    String typed =
        (code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8))
            .toLowerCase(java.util.Locale.ROOT);

    var shown = pos.get("/api/v1/pos/coupons/" + typed).send();
    assertThat(shown.status()).as(shown.toString()).isEqualTo(200);
    assertThat(shown.json().getString("couponCode")).isEqualTo(code);
    assertThat(shown.json().getString("status")).isEqualTo("ISSUED");

    // one character wrong: the check character catches it before any lookup, nothing changes
    char first = code.charAt(0) == '7' ? '8' : '7';
    String typo = first + code.substring(1);
    for (var refused :
        List.of(
            pos.get("/api/v1/pos/coupons/" + typo).send(),
            pos.post("/api/v1/pos/coupons/" + typo + "/verification", "").send())) {
      assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
      assertThat(refused.problemCode()).isEqualTo("COUPON_CODE_TYPO");
    }
    assertThat(db().value("select status from redemption where coupon_code = ?", code))
        .isEqualTo("ISSUED");
    // a well-formed code that nobody holds is simply not found
    var unknown = pos.get("/api/v1/pos/coupons/" + com.atrium.redemption.CouponCode.next()).send();
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.problemCode()).isEqualTo("COUPON_NOT_FOUND");

    var verified = pos.post("/api/v1/pos/coupons/" + typed + "/verification", "").send();
    assertThat(verified.status()).as(verified.toString()).isEqualTo(200);
    assertThat(verified.json().getString("status")).isEqualTo("VERIFIED");
    assertThat(db().value("select status from redemption where coupon_code = ?", code))
        .isEqualTo("VERIFIED");

    // a coupon issued before the short codes keeps its 22 characters of base64url
    String second = redeem(reward, "rk-15").json().getString("couponCode");
    String old =
        ("OldCode_" + java.util.UUID.randomUUID().toString().replace("-", "")).substring(0, 22);
    db().update("update redemption set coupon_code = ? where coupon_code = ?", old, second);
    var oldShown = pos.get("/api/v1/pos/coupons/" + old).send();
    assertThat(oldShown.status()).as(oldShown.toString()).isEqualTo(200);
    assertThat(oldShown.json().getString("couponCode")).isEqualTo(old);
    // its letters' case carries bits: in other case it is another (unknown) code
    var oldLower = pos.get("/api/v1/pos/coupons/" + old.toLowerCase(java.util.Locale.ROOT)).send();
    assertThat(oldLower.status()).isEqualTo(404);
    var oldVerified = pos.post("/api/v1/pos/coupons/" + old + "/verification", "").send();
    assertThat(oldVerified.status()).as(oldVerified.toString()).isEqualTo(200);
    assertThat(oldVerified.json().getString("status")).isEqualTo("VERIFIED");
    var again = pos.post("/api/v1/pos/coupons/" + old + "/verification", "").send();
    assertThat(again.header("Idempotent-Replayed")).contains("true");
    assertThat(balance()).isEqualTo(800);
    assertLedgerBalanced();
  }

  @Test
  void aVerifiedCouponCannotBeCancelled() {
    earn("S-7", "1000.00");
    String reward = reward(key.tenant().id(), 100, 5, 5);
    var r = redeem(reward, "rk-2").json();
    var verified =
        pos.post("/api/v1/pos/coupons/" + r.getString("couponCode") + "/verification", "").send();
    assertThat(verified.status()).as(verified.toString()).isEqualTo(200);
    var cancel =
        pos.post(REDEMPTIONS + "/" + r.getJsonNumber("redemptionId") + "/cancellation", "").send();
    assertThat(cancel.status()).isEqualTo(409);
    assertThat(cancel.problemCode()).isEqualTo("COUPON_ALREADY_VERIFIED");
    assertThat(balance()).isEqualTo(900);
  }

  @Test
  void limitsStockAndKeysAreEnforcedAndAnotherClientSeesNothing() {
    earn("S-8", "1000.00");
    String reward = reward(null, 100, 2, 1);
    assertThat(redeem(reward, "a").status()).isEqualTo(201);
    var overLimit = redeem(reward, "b");
    assertThat(overLimit.status()).isEqualTo(409);
    assertThat(overLimit.problemCode()).isEqualTo("REWARD_LIMIT_REACHED");
    var keyReused = redeem(reward(null, 100, 5, 5), "a");
    assertThat(keyReused.status()).isEqualTo(409);
    assertThat(keyReused.problemCode()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
    var noKey = pos.post(REDEMPTIONS, redemption(reward)).send();
    assertThat(noKey.status()).isEqualTo(400);
    assertThat(noKey.problemCode()).isEqualTo("IDEMPOTENCY_KEY_REQUIRED");
    String soldOut = reward(null, 100, 0, 5);
    var out = redeem(soldOut, "c");
    assertThat(out.status()).isEqualTo(409);
    assertThat(out.problemCode()).isEqualTo("OUT_OF_STOCK");
    var unknown = redeem("NOPE" + Fixtures.unique(), "d");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(balance()).isEqualTo(900);
    assertThat(stock(soldOut)).isZero();

    long id =
        db().longValue(
                "select max(r.id) from redemption r join member m on m.id = r.member_id where m.phone = ?",
                phone);
    PosClient other = PosClient.of(Fixtures.posKey());
    assertThat(other.get(REDEMPTIONS + "/" + id).send().status()).isEqualTo(404);
    var theirCancel = other.post(REDEMPTIONS + "/" + id + "/cancellation", "").send();
    assertThat(theirCancel.status()).isEqualTo(404);
    assertThat(theirCancel.problemCode()).isEqualTo("REDEMPTION_NOT_FOUND");
    assertThat(balance()).isEqualTo(900);
  }

  @Test
  void sixtyFourClientsRedeemingForOneMemberGetExactlyTheCoveredNumber() throws Exception {
    int covered = 10;
    earn("S-9", "1000.00"); // 1000 points: exactly 10 redemptions of 100
    String reward = reward(key.tenant().id(), 100, 1000, 1000);
    int clients = 64;
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<PosClient.Response>> answers = new ArrayList<>();
    for (int i = 0; i < clients; i++) {
      String k = "race-" + i;
      answers.add(
          pool.submit(
              () -> {
                go.await();
                return redeem(reward, k);
              }));
    }
    go.countDown();
    int ok = 0;
    int refused = 0;
    for (Future<PosClient.Response> f : answers) {
      PosClient.Response r = f.get();
      if (r.status() == 201) {
        ok++;
        assertThat(r.json().getJsonNumber("balance").longValue()).isNotNegative();
      } else {
        assertThat(r.status()).as(r.toString()).isEqualTo(409);
        assertThat(r.problemCode()).isEqualTo("INSUFFICIENT_POINTS");
        refused++;
      }
    }
    pool.shutdown();
    assertThat(ok).isEqualTo(covered);
    assertThat(refused).isEqualTo(clients - covered);
    assertThat(balance()).isZero();
    assertThat(openLots()).isZero();
    assertThat(stock(reward)).isEqualTo(1000 - covered);
    assertLedgerBalanced();
  }

  @Test
  void concurrentReplaysOfOneRedemptionOrPaymentHaveExactlyOneEffect() throws Exception {
    earn("S-13", "1000.00");
    String reward = reward(key.tenant().id(), 100, 50, 50);
    int clients = 16;
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<PosClient.Response>> answers = new ArrayList<>();
    for (int i = 0; i < clients; i++) {
      boolean redemption = i % 2 == 0;
      answers.add(
          pool.submit(
              () -> {
                go.await();
                return redemption
                    ? redeem(reward, "same-key")
                    : pos.post(PAYMENTS, payment("P-RACE", "1000.00", 200)).send();
              }));
    }
    go.countDown();
    Set<Long> redemptionIds = new HashSet<>();
    Set<Long> paymentIds = new HashSet<>();
    for (int i = 0; i < clients; i++) {
      PosClient.Response r = answers.get(i).get();
      assertThat(r.status()).as(r.toString()).isEqualTo(201);
      if (i % 2 == 0) {
        redemptionIds.add(r.json().getJsonNumber("redemptionId").longValue());
      } else {
        paymentIds.add(r.json().getJsonNumber("paymentId").longValue());
      }
    }
    pool.shutdown();
    assertThat(redemptionIds).hasSize(1);
    assertThat(paymentIds).hasSize(1);
    assertThat(balance()).isEqualTo(1000 - 100 - 200);
    assertThat(stock(reward)).isEqualTo(49);
    assertLedgerBalanced();
  }

  // --- refunds ---

  @Test
  void fullAndPartialRefundsTakeThePointsBackProRata() {
    earn("S-10", "100.00");
    var part = pos.post(REFUNDS, refund("S-10", "RF-1", "33.33")).send();
    assertThat(part.status()).as(part.toString()).isEqualTo(201);
    assertThat(part.json().getJsonNumber("points").longValue()).isEqualTo(33);
    assertThat(part.json().getJsonNumber("balance").longValue()).isEqualTo(67);
    var replay = pos.post(REFUNDS, refund("S-10", "RF-1", "33.33")).send();
    assertThat(replay.json()).isEqualTo(part.json());
    assertThat(replay.header("Idempotent-Replayed")).hasValue("true");
    var different = pos.post(REFUNDS, refund("S-10", "RF-1", "10.00")).send();
    assertThat(different.status()).isEqualTo(409);
    assertThat(different.problemCode()).isEqualTo("REFUND_REFERENCE_CONFLICT");
    var tooMuch = pos.post(REFUNDS, refund("S-10", "RF-2", "66.68")).send();
    assertThat(tooMuch.status()).isEqualTo(400);
    assertThat(tooMuch.problemCode()).isEqualTo("REFUND_EXCEEDS_SALE");
    var rest = pos.post(REFUNDS, refund("S-10", "RF-3", "66.67")).send();
    assertThat(rest.status()).isEqualTo(201);
    assertThat(rest.json().getJsonNumber("points").longValue()).isEqualTo(67);
    assertThat(balance()).isZero();
    assertThat(openLots()).isZero();
    assertLedgerBalanced();
  }

  @Test
  void aRefundOfSpentPointsStopsAtZeroAndFlagsTheMember() {
    earn("S-11", "200.00");
    assertThat(pos.post(PAYMENTS, payment("P-11", "400.00", 150)).send().status()).isEqualTo(201);
    var r = pos.post(REFUNDS, refund("S-11", "RF-11", "200.00")).send();
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    JsonObject body = r.json();
    assertThat(body.getString("policy")).isEqualTo("STOP_AT_ZERO");
    assertThat(body.getJsonNumber("points").longValue()).isEqualTo(200);
    assertThat(body.getJsonNumber("pointsReversed").longValue()).isEqualTo(50);
    assertThat(body.getJsonNumber("pointsUnrecovered").longValue()).isEqualTo(150);
    assertThat(body.getBoolean("memberFlagged")).isTrue();
    assertThat(balance()).isZero();
    assertThat(
            db().longValue(
                    "select f.points from member_flag f join member m on m.id = f.member_id"
                        + " where m.phone = ? and f.resolved_at is null",
                    phone))
        .isEqualTo(150);
    assertLedgerBalanced();
  }

  @Test
  void anotherTenantsReceiptIsNotFoundAndBadRefundsChangeNothing() {
    earn("S-12", "100.00");
    PosClient other = PosClient.of(Fixtures.posKey());
    var theirs = other.post(REFUNDS, refund("S-12", "RF-X", "10.00")).send();
    assertThat(theirs.status()).isEqualTo(404);
    assertThat(theirs.problemCode()).isEqualTo("SALE_NOT_FOUND");
    var negative = pos.post(REFUNDS, refund("S-12", "RF-Y", "-1")).send();
    assertThat(negative.status()).isEqualTo(400);
    assertThat(negative.contentType()).startsWith("application/problem+json");
    var noReference = pos.post(REFUNDS, "{\"receiptNumber\":\"S-12\",\"amount\":5}").send();
    assertThat(noReference.status()).isEqualTo(400);
    assertThat(noReference.problemCode()).isEqualTo("REFUND_REFERENCE_INVALID");
    assertThat(balance()).isEqualTo(100);
    var byKey =
        pos.post(REFUNDS, "{\"receiptNumber\":\"S-12\",\"amount\":5}")
            .header("Idempotency-Key", "rf-key")
            .send();
    assertThat(byKey.status()).isEqualTo(201);
    assertThat(balance()).isEqualTo(95);
  }

  // --- a blocked member (docs/members.md) ---

  @Test
  void aBlockedMemberNeitherEarnsNorSpendsAndTheReceiptCanBeRecordedAfterTheUnblock() {
    earn("B-1", "500.00");
    long before = balance();
    String reward = reward(null, 10, 5, 1);
    // the service desk blocks the member (the portal's block is MemberCarePagesIT's)
    db().update(
            "update member set status = 'BLOCKED', blocked_at = current_timestamp,"
                + " blocked_by = 'service', blocked_reason = 'IT' where phone = ?",
            phone);

    String sale = "{\"phone\":\"" + phone + "\",\"receiptNumber\":\"B-2\",\"amount\":200.00}";
    for (PosClient.Response refused :
        List.of(
            pos.post("/api/v1/pos/sales", sale).send(),
            pos.post(PAYMENTS, payment("BP-1", "100.00", 100)).send(),
            redeem(reward, "block-" + Fixtures.unique()))) {
      assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
      assertThat(refused.contentType()).startsWith("application/problem+json");
      assertThat(refused.problemCode()).isEqualTo("MEMBER_BLOCKED");
    }
    assertThat(balance()).isEqualTo(before);
    assertThat(
            db().longValue(
                    "select count(*) from sale where tenant_id = ? and receipt_number = 'B-2'",
                    key.tenant().id()))
        .as("a refused sale writes nothing, so its receipt is not taken")
        .isZero();
    assertThat(stock(reward)).isEqualTo(5);

    db().update(
            "update member set status = 'ACTIVE', blocked_at = null, blocked_by = null,"
                + " blocked_reason = null where phone = ?",
            phone);
    var again = pos.post("/api/v1/pos/sales", sale).send();
    assertThat(again.status()).as(again.toString()).isEqualTo(201);
    assertThat(again.header("Idempotent-Replayed")).hasValue("false");
    assertThat(balance()).isEqualTo(before + again.json().getJsonNumber("points").longValue());
    assertLedgerBalanced();
  }

  // --- helpers ---

  private void earn(String receipt, String amount) {
    var r =
        pos.post(
                "/api/v1/pos/sales",
                "{\"phone\":\""
                    + phone
                    + "\",\"receiptNumber\":\""
                    + receipt
                    + "\",\"amount\":"
                    + amount
                    + "}")
            .send();
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
  }

  private String payment(String reference, String bill, long points) {
    return "{\"phone\":\""
        + phone
        + "\",\"paymentReference\":\""
        + reference
        + "\",\"billAmount\":"
        + bill
        + ",\"points\":"
        + points
        + "}";
  }

  private String redemption(String rewardCode) {
    return "{\"phone\":\"" + phone + "\",\"rewardCode\":\"" + rewardCode + "\"}";
  }

  private PosClient.Response redeem(String rewardCode, String idempotencyKey) {
    return pos.post(REDEMPTIONS, redemption(rewardCode))
        .header("Idempotency-Key", idempotencyKey)
        .send();
  }

  private static String refund(String receipt, String reference, String amount) {
    return "{\"receiptNumber\":\""
        + receipt
        + "\",\"refundReference\":\""
        + reference
        + "\",\"amount\":"
        + amount
        + "}";
  }

  /** A reward valid now; provider null = the operator's own stock, for the whole group. */
  static String reward(Long providerTenantId, long price, long stock, int perMemberLimit) {
    return reward(providerTenantId, null, price, stock, perMemberLimit);
  }

  /**
   * A reward valid now, of the provider tenant's mall (as the service sets it), or of {@code
   * mallId} for the operator's own stock (null: the whole group).
   */
  static String reward(
      Long providerTenantId, Long mallId, long price, long stock, int perMemberLimit) {
    String code = "RW" + Fixtures.unique();
    Instant now = Instant.now();
    db().update(
            "insert into reward (id, code, name, points_price, stock, per_member_limit, valid_from,"
                + " valid_until, coupon_valid_days, provider_tenant_id, mall_id, status,"
                + " created_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, 30, ?,"
                + " coalesce((select t.mall_id from tenant t where t.id = ?), cast(? as bigint)),"
                + " 'ACTIVE', ?, 0)",
            db().nextId(),
            code,
            "测试礼品 Test reward " + code,
            price,
            stock,
            perMemberLimit,
            now.minus(1, ChronoUnit.DAYS),
            now.plus(30, ChronoUnit.DAYS),
            providerTenantId,
            providerTenantId,
            mallId,
            now);
    return code;
  }

  private static long stock(String rewardCode) {
    return db().longValue("select stock from reward where code = ?", rewardCode);
  }

  private long balance() {
    return db().longValue(
            "select a.balance from ledger_account a join member m on m.id = a.member_id"
                + " where a.kind = 'MEMBER' and m.phone = ?",
            phone);
  }

  private long openLots() {
    return db().longValue(
            "select coalesce(sum(p.points_remaining), 0) from points_lot p join ledger_account a on"
                + " a.id = p.member_account_id join member m on m.id = a.member_id where m.phone = ?",
            phone);
  }

  private static ItDatabase db() {
    return RunningAtrium.database();
  }
}
