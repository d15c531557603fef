package com.atrium.it;

import static com.atrium.it.Fixtures.assertLedgerBalanced;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.security.SecureRandom;
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
 * The POS slice as a till sees it, signed with its own tenant's key: register a member, post sales,
 * replay them (sequentially and concurrently), get refused for bad input, and never see another
 * tenant's data. Every refused request leaves the ledger untouched.
 */
@ExtendWith(RunningAtrium.class)
class PosSalesIT {

  static final String SALES = "/api/v1/pos/sales";

  PosClient pos;
  Fixtures.PosKey key;
  String phone;

  @BeforeEach
  void newTillAndMember() {
    key = Fixtures.posKey();
    pos = PosClient.of(key);
    phone = randomPhone();
    var created =
        pos.post(
                "/api/v1/pos/members",
                "{\"phone\":\"+86 "
                    + phone
                    + "\",\"name\":\"测试会员\",\"birthday\":\"1990-05-17\",\"language\":\"zh\","
                    + "\"acceptTerms\":true,\"marketingConsent\":false}")
            .send();
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(created.json().getString("maskedPhone"))
        .isEqualTo(phone.substring(0, 3) + "****" + phone.substring(7));
    assertThat(created.json().getJsonNumber("balance").longValue()).isZero();
  }

  @Test
  void aSaleCreditsPointsAtTheTenantsRateAndExplainsThem() {
    var r = pos.post(SALES, sale("R-1", "88.80")).send();
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    JsonObject body = r.json();
    assertThat(body.getString("tenantCode")).isEqualTo(key.tenant().code());
    assertThat(body.getJsonNumber("points").longValue()).isEqualTo(88);
    assertThat(body.getJsonNumber("balance").longValue()).isEqualTo(88);
    assertThat(body.getJsonArray("explanation").getJsonObject(0).getString("rule"))
        .isEqualTo("BASE_RATE");
    assertThat(r.header("Location"))
        .hasValueSatisfying(l -> l.endsWith("/" + body.getJsonNumber("saleId")));
    assertThat(r.header("Idempotent-Replayed")).hasValue("false");

    var balance = pos.post("/api/v1/pos/balance-inquiries", "{\"phone\":\"" + phone + "\"}").send();
    assertThat(balance.status()).isEqualTo(200);
    assertThat(balance.json().getJsonNumber("balance").longValue()).isEqualTo(88);

    String card = body.getString("cardNumber");
    var byCard = pos.get("/api/v1/pos/members/" + card + "/balance").send();
    assertThat(byCard.json().getJsonNumber("balance").longValue()).isEqualTo(88);

    var fetched = pos.get(SALES + "/" + body.getJsonNumber("saleId")).send();
    assertThat(fetched.status()).isEqualTo(200);
    assertThat(fetched.json().getString("receiptNumber")).isEqualTo("R-1");
    assertLedgerBalanced();
  }

  @Test
  void aReplayReturnsTheOriginalAndADifferentBodyIsAConflict() {
    var first = pos.post(SALES, sale("R-2", "100.00")).send();
    var again = pos.post(SALES, sale("R-2", "100.00")).send();
    assertThat(again.status()).isEqualTo(201);
    assertThat(again.json()).isEqualTo(first.json());
    assertThat(again.header("Idempotent-Replayed")).hasValue("true");

    var different = pos.post(SALES, sale("R-2", "120.00")).send();
    assertThat(different.status()).isEqualTo(409);
    assertThat(different.problemCode()).isEqualTo("RECEIPT_CONFLICT");
    assertThat(balance()).isEqualTo(100);
    assertThat(salesOfTenant()).isEqualTo(1);
  }

  @Test
  void anIdempotencyKeyReusedForAnotherSaleIsAConflict() {
    var first =
        pos.post(SALES, sale("R-3", "10.00")).header("Idempotency-Key", "k-" + key.keyId()).send();
    assertThat(first.status()).isEqualTo(201);
    var replay =
        pos.post(SALES, sale("R-3", "10.00")).header("Idempotency-Key", "k-" + key.keyId()).send();
    assertThat(replay.json()).isEqualTo(first.json());
    var reused =
        pos.post(SALES, sale("R-4", "10.00")).header("Idempotency-Key", "k-" + key.keyId()).send();
    assertThat(reused.status()).isEqualTo(409);
    assertThat(reused.problemCode()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
    assertThat(balance()).isEqualTo(10);
  }

  @Test
  void concurrentReplaysOfOneSaleHaveExactlyOneEffect() throws Exception {
    int clients = 16;
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<PosClient.Response>> answers = new ArrayList<>();
    for (int i = 0; i < clients; i++) {
      answers.add(
          pool.submit(
              () -> {
                go.await();
                return pos.post(SALES, sale("R-RACE", "250.00")).send();
              }));
    }
    go.countDown();
    Set<Long> saleIds = new HashSet<>();
    for (Future<PosClient.Response> f : answers) {
      PosClient.Response r = f.get();
      assertThat(r.status()).as(r.toString()).isEqualTo(201);
      saleIds.add(r.json().getJsonNumber("saleId").longValue());
    }
    pool.shutdown();
    assertThat(saleIds).hasSize(1);
    assertThat(balance()).isEqualTo(250);
    assertThat(salesOfTenant()).isEqualTo(1);
    assertLedgerBalanced();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "negative amount|{\"phone\":\"PHONE\",\"receiptNumber\":\"X1\",\"amount\":-5}|VALIDATION_FAILED",
        "zero amount|{\"phone\":\"PHONE\",\"receiptNumber\":\"X1\",\"amount\":0}|VALIDATION_FAILED",
        "huge amount|{\"phone\":\"PHONE\",\"receiptNumber\":\"X1\",\"amount\":1e30}|VALIDATION_FAILED",
        "three decimals|{\"phone\":\"PHONE\",\"receiptNumber\":\"X1\",\"amount\":1.005}|VALIDATION_FAILED",
        "amount as text|{\"phone\":\"PHONE\",\"receiptNumber\":\"X1\",\"amount\":\"lots\"}|MALFORMED_BODY",
        "missing receipt|{\"phone\":\"PHONE\",\"amount\":5}|VALIDATION_FAILED",
        "receipt with spaces|{\"phone\":\"PHONE\",\"receiptNumber\":\"a b\",\"amount\":5}|VALIDATION_FAILED",
        "malformed JSON|{\"phone\":|MALFORMED_BODY",
        "bad phone|{\"phone\":\"12345\",\"receiptNumber\":\"X1\",\"amount\":5}|PHONE_INVALID",
        "no member given|{\"receiptNumber\":\"X1\",\"amount\":5}|MEMBER_REFERENCE_REQUIRED",
        "future sale|{\"phone\":\"PHONE\",\"receiptNumber\":\"X1\",\"amount\":5,\"occurredAt\":\"2099-01-01T00:00:00Z\"}|OCCURRED_AT_INVALID"
      })
  void badInputIsA400ProblemAndChangesNothing(String name, String body, String code) {
    var r = pos.post(SALES, body.replace("PHONE", phone)).send();
    assertThat(r.status()).as(r.toString()).isEqualTo(400);
    assertThat(r.contentType()).startsWith("application/problem+json");
    assertThat(r.problemCode()).isEqualTo(code);
    assertThat(r.body()).doesNotContain("Exception").doesNotContain("at com.");
    assertThat(balance()).isZero();
    assertThat(salesOfTenant()).isZero();
  }

  @Test
  void anUnknownMemberIsA404() {
    var r =
        pos.post(
                SALES,
                "{\"phone\":\"" + randomPhone() + "\",\"receiptNumber\":\"U1\",\"amount\":5}")
            .send();
    assertThat(r.status()).isEqualTo(404);
    assertThat(r.problemCode()).isEqualTo("MEMBER_NOT_FOUND");
  }

  @Test
  void anotherTenantsSaleDoesNotExistForThisTill() {
    var mine = pos.post(SALES, sale("R-ISO", "30.00")).send();
    long saleId = mine.json().getJsonNumber("saleId").longValue();
    PosClient other = PosClient.of(Fixtures.posKey());
    var peek = other.get(SALES + "/" + saleId).send();
    assertThat(peek.status()).isEqualTo(404);
    assertThat(peek.problemCode()).isEqualTo("SALE_NOT_FOUND");
    // the same receipt number at another tenant is another sale, not a replay
    var theirs = other.post(SALES, sale("R-ISO", "30.00")).send();
    assertThat(theirs.status()).isEqualTo(201);
    assertThat(theirs.json().getJsonNumber("saleId").longValue()).isNotEqualTo(saleId);
    assertThat(theirs.json().getString("tenantCode")).isNotEqualTo(key.tenant().code());
  }

  @Test
  void aRepeatedRegistrationFromTheSameTillIsAReplay() {
    String same =
        "{\"phone\":\""
            + phone
            + "\",\"name\":\"测试会员\",\"birthday\":\"1990-05-17\",\"acceptTerms\":true}";
    var again = pos.post("/api/v1/pos/members", same).send();
    assertThat(again.status()).as(again.toString()).isEqualTo(201);
    assertThat(again.header("Idempotent-Replayed")).hasValue("true");
    var elsewhere = PosClient.of(Fixtures.posKey()).post("/api/v1/pos/members", same).send();
    assertThat(elsewhere.status()).isEqualTo(409);
    assertThat(elsewhere.problemCode()).isEqualTo("PHONE_TAKEN");
    assertThat(
            RunningAtrium.database()
                .longValue("select count(*) from member where phone = ?", phone))
        .isEqualTo(1);
  }

  @Test
  void registeringAPhoneTwiceIsAConflict() {
    var again =
        pos.post(
                "/api/v1/pos/members",
                "{\"phone\":\"" + phone + "\",\"name\":\"X\",\"acceptTerms\":true}")
            .send();
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.problemCode()).isEqualTo("PHONE_TAKEN");
    var noTerms =
        pos.post(
                "/api/v1/pos/members",
                "{\"phone\":\"" + randomPhone() + "\",\"name\":\"X\",\"acceptTerms\":false}")
            .send();
    assertThat(noTerms.status()).isEqualTo(400);
    assertThat(noTerms.problemCode()).isEqualTo("TERMS_REQUIRED");
  }

  private String sale(String receipt, String amount) {
    return "{\"phone\":\""
        + phone
        + "\",\"receiptNumber\":\""
        + receipt
        + "\",\"amount\":"
        + amount
        + "}";
  }

  private long balance() {
    return RunningAtrium.database()
        .longValue(
            "select a.balance from ledger_account a join member m on m.id = a.member_id"
                + " where a.kind = 'MEMBER' and m.phone = ?",
            phone);
  }

  private long salesOfTenant() {
    return RunningAtrium.database()
        .longValue("select count(*) from sale where tenant_id = ?", key.tenant().id());
  }

  static String randomPhone() {
    var r = new SecureRandom();
    return "13" + (5 + r.nextInt(5)) + String.format("%08d", r.nextInt(100_000_000));
  }
}
