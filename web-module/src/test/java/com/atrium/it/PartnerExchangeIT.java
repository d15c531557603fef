package com.atrium.it;

import static com.atrium.it.Fixtures.assertLedgerBalanced;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The partner API as a partner's system sees it, signed with its PARTNER key: link a member with
 * the one-time code, exchange points in and out, confirm, reject and reverse, replay (also
 * concurrently), meet the limits and a prepaid deposit's end, and never see another partner's
 * exchanges. Each test makes its own partner and members; the ledger sums to zero after each.
 */
@ExtendWith(RunningAtrium.class)
class PartnerExchangeIT {

  @Test
  void aLinkNeedsTheCodeAndTheAnswerNeverTellsWhetherThePhoneIsAMembers() {
    ItPartner p = ItPartner.postpaid();
    String phone = ItPartner.newMember();
    long member = p.memberId(phone);

    var asked = p.requestLink("M-1", phone);
    assertThat(asked.status()).as(asked.toString()).isEqualTo(202);
    var stranger = p.requestLink("M-2", "19912345678");
    assertThat(stranger.status()).isEqualTo(202);
    assertThat(stranger.json().keySet()).isEqualTo(asked.json().keySet());
    assertThat(stranger.json().getString("state")).isEqualTo("PENDING");
    assertThat(asked.json().getString("state")).isEqualTo("PENDING");
    assertThat(
            RunningAtrium.database()
                .longValue(
                    "select count(*) from notification_outbox where kind = 'PARTNER_LINK_CODE'"
                        + " and member_id = ?",
                    member))
        .isEqualTo(1);

    // no exchange before the code is proved
    assertThat(p.in("T-EARLY", "M-1", 1000).problemCode()).isEqualTo("LINK_NOT_FOUND");

    String code = p.codeSentTo(phone);
    String wrong = code.equals("000000") ? "111111" : "000000";
    var refused = p.confirmLink("M-1", wrong);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.problemCode()).isEqualTo("LINK_CODE_INVALID");
    // the stranger's link answers a code exactly as a member's answers a wrong one
    var strangerCode = p.confirmLink("M-2", code);
    assertThat(strangerCode.status()).isEqualTo(400);
    assertThat(strangerCode.problemCode()).isEqualTo("LINK_CODE_INVALID");

    var linked = p.confirmLink("M-1", code);
    assertThat(linked.status()).as(linked.toString()).isEqualTo(200);
    assertThat(linked.json().getString("state")).isEqualTo("ACTIVE");
    assertThat(p.balance("M-1")).isZero();
    assertThat(p.requestLink("M-1", phone).problemCode()).isEqualTo("LINK_ALREADY_ACTIVE");

    var unlinked = p.client.delete(ItPartner.LINKS + "/M-1").send();
    assertThat(unlinked.status()).isEqualTo(200);
    assertThat(unlinked.json().getString("state")).isEqualTo("UNLINKED");
    assertThat(p.in("T-LATE", "M-1", 1000).problemCode()).isEqualTo("LINK_NOT_FOUND");
    assertThat(p.client.get(ItPartner.LINKS + "/M-1/balance").send().status()).isEqualTo(404);
  }

  @Test
  void fiveWrongCodesLockTheLink() {
    ItPartner p = ItPartner.postpaid();
    String phone = ItPartner.newMember();
    p.requestLink("L-1", phone);
    String code = p.codeSentTo(phone);
    String wrong = code.equals("000000") ? "111111" : "000000";
    for (int i = 0; i < 5; i++) {
      assertThat(p.confirmLink("L-1", wrong).problemCode()).isEqualTo("LINK_CODE_INVALID");
    }
    assertThat(p.confirmLink("L-1", code).problemCode()).isEqualTo("LINK_CODE_LOCKED");
  }

  @Test
  void anExchangeInCreditsAPartnerFundedLotAndAnExchangeOutIsPendingUntilConfirmed() {
    ItPartner p = ItPartner.postpaid();
    String phone = p.linkNewMember("A-1");

    var in = p.in("IN-1", "A-1", 1009);
    assertThat(in.status()).as(in.toString()).isEqualTo(201);
    JsonObject body = in.json();
    assertThat(body.getString("state")).isEqualTo("COMPLETED");
    assertThat(body.getString("direction")).isEqualTo("IN");
    assertThat(body.getJsonNumber("points").longValue()).isEqualTo(100); // 1009 / 10, down
    assertThat(body.getJsonObject("rate").getInt("from")).isEqualTo(10);
    assertThat(body.getJsonNumber("fee").bigDecimalValue()).isEqualByComparingTo("0.51");
    assertThat(in.header("Idempotent-Replayed")).hasValue("false");
    assertThat(in.header("Location")).hasValueSatisfying(l -> l.endsWith("/exchanges/IN-1"));
    assertThat(p.balance("A-1")).isEqualTo(100);
    // the lot is the partner's: its issuer is the partner's ledger account
    assertThat(
            RunningAtrium.database()
                .longValue(
                    "select sum(l.points_remaining) from points_lot l"
                        + " join ledger_account i on i.id = l.issuer_account_id"
                        + " join ledger_account m on m.id = l.member_account_id"
                        + " where i.kind = 'PARTNER' and i.partner_code = ? and m.member_id = ?",
                    p.code,
                    p.memberId(phone)))
        .isEqualTo(100);

    var out = p.out("OUT-1", "A-1", 62);
    assertThat(out.status()).as(out.toString()).isEqualTo(201);
    assertThat(out.json().getString("state")).isEqualTo("PENDING");
    assertThat(out.json().getJsonNumber("partnerAmount").longValue()).isEqualTo(4); // 62*8/100
    assertThat(p.balance("A-1")).isEqualTo(38);

    var confirmed = p.act("OUT-1", "confirmation");
    assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
    assertThat(confirmed.json().getString("state")).isEqualTo("CONFIRMED");
    assertThat(confirmed.header("Idempotent-Replayed")).hasValue("false");
    var again = p.act("OUT-1", "confirmation");
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.header("Idempotent-Replayed")).hasValue("true");
    assertThat(p.act("OUT-1", "rejection").problemCode()).isEqualTo("EXCHANGE_STATE_CONFLICT");
    assertThat(p.act("IN-1", "confirmation").problemCode()).isEqualTo("EXCHANGE_STATE_CONFLICT");

    var status = p.client.get(ItPartner.EXCHANGES + "OUT-1").send();
    assertThat(status.status()).isEqualTo(200);
    assertThat(status.json().getString("state")).isEqualTo("CONFIRMED");
    assertThat(status.json().getString("memberRef")).isEqualTo("A-1");

    assertThat(p.out("OUT-2", "A-1", 39).problemCode()).isEqualTo("INSUFFICIENT_POINTS");
    assertThat(p.balance("A-1")).isEqualTo(38);
    assertLedgerBalanced();
  }

  @Test
  void aRejectionGivesThePointsBack() {
    ItPartner p = ItPartner.postpaid();
    p.linkNewMember("R-1");
    assertThat(p.in("RIN-1", "R-1", 1000).status()).isEqualTo(201);
    assertThat(p.out("ROUT-1", "R-1", 60).status()).isEqualTo(201);
    assertThat(p.balance("R-1")).isEqualTo(40);

    var rejected = p.act("ROUT-1", "rejection");
    assertThat(rejected.status()).as(rejected.toString()).isEqualTo(200);
    assertThat(rejected.json().getString("state")).isEqualTo("REJECTED");
    assertThat(p.balance("R-1")).isEqualTo(100);
    assertThat(p.act("ROUT-1", "rejection").header("Idempotent-Replayed")).hasValue("true");
    assertThat(p.balance("R-1")).isEqualTo(100);
    assertThat(p.act("ROUT-1", "confirmation").problemCode()).isEqualTo("EXCHANGE_STATE_CONFLICT");
    assertThat(p.act("ROUT-1", "reversal").problemCode()).isEqualTo("EXCHANGE_STATE_CONFLICT");
    assertLedgerBalanced();
  }

  @Test
  void aReversalWithinTheWindowUndoesTheExchangeAndAfterItIsRefused() {
    ItPartner p = ItPartner.create("PREPAID", new BigDecimal("100.00"), 0, 0, 180);
    p.linkNewMember("V-1");
    var in = p.in("VIN-1", "V-1", 2000); // 200 points: 2.00 CNY + fee 0.52
    assertThat(in.status()).as(in.toString()).isEqualTo(201);
    assertThat(p.deposit()).isEqualByComparingTo("97.48");

    var reversed = p.act("VIN-1", "reversal");
    assertThat(reversed.status()).as(reversed.toString()).isEqualTo(200);
    assertThat(reversed.json().getString("state")).isEqualTo("REVERSED");
    assertThat(p.balance("V-1")).isZero();
    assertThat(p.deposit()).isEqualByComparingTo("100.00");
    assertThat(p.act("VIN-1", "reversal").header("Idempotent-Replayed")).hasValue("true");
    assertThat(p.deposit()).isEqualByComparingTo("100.00");

    // an exchange out reversed gives the points back
    assertThat(p.in("VIN-2", "V-1", 1000).status()).isEqualTo(201);
    assertThat(p.out("VOUT-1", "V-1", 30).status()).isEqualTo(201);
    assertThat(p.act("VOUT-1", "confirmation").status()).isEqualTo(200);
    assertThat(p.act("VOUT-1", "reversal").json().getString("state")).isEqualTo("REVERSED");
    assertThat(p.balance("V-1")).isEqualTo(100);

    // the member spent points of an exchange in: it cannot be reversed
    assertThat(p.out("VOUT-2", "V-1", 80).status()).isEqualTo(201);
    assertThat(p.act("VIN-2", "reversal").problemCode()).isEqualTo("POINTS_ALREADY_SPENT");
    assertThat(p.balance("V-1")).isEqualTo(20);

    // past the window's end (moved into the past here: the window itself is the agreement's)
    assertThat(p.in("VIN-3", "V-1", 500).status()).isEqualTo(201);
    RunningAtrium.database()
        .update(
            "update partner_exchange set reversible_until = ? where partner_id = ?"
                + " and partner_txn_id = 'VIN-3'",
            Instant.now().minusSeconds(1),
            p.id);
    var late = p.act("VIN-3", "reversal");
    assertThat(late.status()).isEqualTo(409);
    assertThat(late.problemCode()).isEqualTo("REVERSAL_WINDOW_CLOSED");
    assertThat(p.balance("V-1")).isEqualTo(70);
    assertLedgerBalanced();
  }

  @Test
  void aReplayAnswersTheOriginalAndAnotherBodyUnderTheSameIdIsAConflict() throws Exception {
    ItPartner p = ItPartner.postpaid();
    p.linkNewMember("P-1");
    var first = p.in("PIN-1", "P-1", 1000);
    assertThat(first.status()).isEqualTo(201);
    var replay = p.in("PIN-1", "P-1", 1000);
    assertThat(replay.status()).isEqualTo(201);
    assertThat(replay.header("Idempotent-Replayed")).hasValue("true");
    assertThat(replay.json().getJsonNumber("id")).isEqualTo(first.json().getJsonNumber("id"));
    var other = p.in("PIN-1", "P-1", 2000);
    assertThat(other.status()).isEqualTo(409);
    assertThat(other.problemCode()).isEqualTo("PARTNER_TXN_CONFLICT");
    assertThat(p.out("PIN-1", "P-1", 10).problemCode()).isEqualTo("PARTNER_TXN_CONFLICT");
    assertThat(p.balance("P-1")).isEqualTo(100);

    // eight concurrent copies of one new exchange: one exchange, one credit, the same answer
    int n = 8;
    ExecutorService pool = Executors.newFixedThreadPool(n);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<PosClient.Response>> answers = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      answers.add(
          pool.submit(
              () -> {
                start.await();
                return p.in("PIN-2", "P-1", 3000);
              }));
    }
    start.countDown();
    Set<String> ids = new HashSet<>();
    int replayed = 0;
    for (Future<PosClient.Response> a : answers) {
      PosClient.Response r = a.get();
      assertThat(r.status()).as(r.toString()).isEqualTo(201);
      ids.add(r.json().getJsonNumber("id").toString());
      replayed += r.header("Idempotent-Replayed").orElseThrow().equals("true") ? 1 : 0;
    }
    pool.shutdown();
    assertThat(ids).hasSize(1);
    assertThat(replayed).isEqualTo(n - 1);
    assertThat(p.balance("P-1")).isEqualTo(400);
    assertThat(
            RunningAtrium.database()
                .longValue(
                    "select count(*) from partner_exchange where partner_id = ?"
                        + " and partner_txn_id = 'PIN-2'",
                    p.id))
        .isEqualTo(1);
    assertLedgerBalanced();
  }

  @Test
  void limitsPerExchangePerMemberAndPerPartnerAreKept() {
    ItPartner p = ItPartner.create("POSTPAID", BigDecimal.ZERO, 150, 250, 180);
    p.linkNewMember("X-1");
    p.linkNewMember("X-2");
    assertThat(p.in("XIN-0", "X-1", 99).problemCode()).isEqualTo("EXCHANGE_BELOW_MINIMUM");
    assertThat(p.in("XIN-00", "X-1", 50_010).problemCode()).isEqualTo("EXCHANGE_ABOVE_MAXIMUM");
    assertThat(p.in("XIN-1", "X-1", 1000).status()).isEqualTo(201);
    var over = p.in("XIN-2", "X-1", 600);
    assertThat(over.status()).isEqualTo(409);
    assertThat(over.problemCode()).isEqualTo("MEMBER_DAILY_LIMIT");
    assertThat(p.in("XIN-3", "X-1", 500).status()).isEqualTo(201); // exactly 150
    assertThat(p.in("XIN-4", "X-2", 1000).status()).isEqualTo(201); // partner: 250
    assertThat(p.in("XIN-5", "X-2", 100).problemCode()).isEqualTo("PARTNER_DAILY_CAP");
    // a refused exchange leaves its id free, and a reversed one stops counting
    assertThat(p.act("XIN-4", "reversal").status()).isEqualTo(200);
    assertThat(p.in("XIN-5", "X-2", 100).status()).isEqualTo(201);
    assertThat(p.balance("X-1")).isEqualTo(150);
    assertThat(p.balance("X-2")).isEqualTo(10);
    assertLedgerBalanced();
  }

  @Test
  void aPrepaidDepositThatCannotPayIsRefused() {
    ItPartner p = ItPartner.create("PREPAID", new BigDecimal("1.50"), 0, 0, 180);
    p.linkNewMember("D-1");
    // 100 points: 1.00 CNY + fee 0.50 + 1% = 1.51 > 1.50
    var refused = p.in("DIN-1", "D-1", 1000);
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.problemCode()).isEqualTo("DEPOSIT_EXHAUSTED");
    assertThat(p.balance("D-1")).isZero();
    assertThat(p.deposit()).isEqualByComparingTo("1.50");
    // 90 points: 0.90 + 0.51 = 1.41
    assertThat(p.in("DIN-2", "D-1", 900).status()).isEqualTo(201);
    assertThat(p.deposit()).isEqualByComparingTo("0.09");
    assertThat(
            RunningAtrium.database()
                .longValue(
                    "select count(*) from partner_deposit_movement where partner_id = ?"
                        + " and reason = 'EXCHANGE_IN' and amount = -1.41 and balance_after = 0.09",
                    p.id))
        .isEqualTo(1);
    assertThat(p.in("DIN-3", "D-1", 100).problemCode()).isEqualTo("DEPOSIT_EXHAUSTED");
    assertLedgerBalanced();
  }

  @Test
  void anotherPartnersExchangesAndLinksAreNotFound() {
    ItPartner mine = ItPartner.postpaid();
    ItPartner other = ItPartner.postpaid();
    mine.linkNewMember("O-1");
    assertThat(mine.in("OIN-1", "O-1", 1000).status()).isEqualTo(201);
    for (String action : List.of("confirmation", "rejection", "reversal")) {
      var r = other.act("OIN-1", action);
      assertThat(r.status()).isEqualTo(404);
      assertThat(r.problemCode()).isEqualTo("EXCHANGE_NOT_FOUND");
    }
    assertThat(other.client.get(ItPartner.EXCHANGES + "OIN-1").send().problemCode())
        .isEqualTo("EXCHANGE_NOT_FOUND");
    assertThat(other.client.get(ItPartner.LINKS + "/O-1/balance").send().status()).isEqualTo(404);
    assertThat(other.in("OIN-2", "O-1", 1000).problemCode()).isEqualTo("LINK_NOT_FOUND");
    // the same transaction id is the other partner's own
    other.linkNewMember("O-1");
    assertThat(other.in("OIN-1", "O-1", 2000).status()).isEqualTo(201);
    assertThat(mine.balance("O-1")).isEqualTo(100);
    assertLedgerBalanced();
  }
}
