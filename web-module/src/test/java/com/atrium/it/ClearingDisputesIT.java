package com.atrium.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A tenant's manager and its statements (docs/clearing.md, "Tenant statements and disputes"), on a
 * mall of this test's own: two tenants' sales moved, as booked, into a past day; the day's run
 * started. A draft is nobody's to see; once in review each manager sees its own tenant's statement
 * and lines only, disputes it, which stops the approval until finance answers; a second finance
 * user then approves. The window closes as configured (the submission moved back in time); every
 * refusal leaves the disputes, the run and the audit log as they were.
 */
@ExtendWith(RunningAtrium.class)
class ClearingDisputesIT {

  static final String RUNS = "/api/v1/operator/clearing/runs";
  static final String STATEMENTS = "/api/v1/merchant/clearing/statements";

  /** A run of a past day with a statement for each of two tenants, still a draft. */
  record Review(
      ClearingRunsIT.Mall mall,
      Fixtures.PosKey a,
      Fixtures.PosKey b,
      long runId,
      Map<String, Long> statementIds,
      PortalClient starter) {

    String run() {
      return RUNS + "/" + runId;
    }

    long statementOf(Fixtures.PosKey key) {
      return statementIds.get(key.tenant().code());
    }

    void submit() {
      var submitted = starter.postJson(run() + "/submission", "");
      assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
    }
  }

  /** Sales at two tenants of a new mall, booked three days ago; that day's run, started. */
  static Review draftOfTwoTenants() {
    Instant testStart = Instant.now();
    ClearingRunsIT.Mall mall = ClearingRunsIT.newMall();
    Fixtures.PosKey a = mall.posKey();
    Fixtures.PosKey b = mall.posKey();
    for (Fixtures.PosKey key : List.of(a, b)) {
      PosClient till = PosClient.of(key);
      String phone = PosSalesIT.randomPhone();
      assertThat(
              till.post(
                      "/api/v1/pos/members",
                      "{\"phone\":\"" + phone + "\",\"name\":\"争议会员\",\"acceptTerms\":true}")
                  .send()
                  .status())
          .isEqualTo(201);
      var sale =
          till.post(
                  "/api/v1/pos/sales",
                  "{\"phone\":\""
                      + phone
                      + "\",\"receiptNumber\":\"DP-"
                      + Fixtures.unique()
                      + "\",\"amount\":1000.00}")
              .send();
      assertThat(sale.status()).as(sale.toString()).isEqualTo(201);
    }
    LocalDate day = LocalDate.now(ClearingRunsIT.ZONE).minusDays(3);
    Instant dayStart = day.atStartOfDay(ClearingRunsIT.ZONE).toInstant();
    long back = Duration.between(dayStart.plus(Duration.ofHours(1)), testStart).toSeconds();
    assertThat(
            RunningAtrium.database()
                .update(
                    "update journal_entry set recorded_at = recorded_at - (? * interval '1 second')"
                        + " where id in (select l.entry_id from journal_line l join ledger_account"
                        + " c on c.id = l.account_id where c.tenant_id in (?, ?))",
                    back,
                    a.tenant().id(),
                    b.tenant().id()))
        .isEqualTo(2);
    PortalClient starter = login(Fixtures.operator("OPERATOR_FINANCE"));
    var started =
        starter.postJson(
            RUNS,
            "{\"mall\":\""
                + mall.code()
                + "\",\"periodKind\":\"DAY\",\"periodStart\":\""
                + day
                + "\"}");
    assertThat(started.status()).as(started.body()).isEqualTo(201);
    JsonObject run = json(started.body());
    Map<String, Long> ids =
        run.getJsonArray("statements").stream()
            .map(v -> v.asJsonObject())
            .collect(
                java.util.stream.Collectors.toMap(
                    s -> s.getString("party"), s -> s.getJsonNumber("id").longValue()));
    return new Review(mall, a, b, run.getJsonNumber("id").longValue(), ids, starter);
  }

  @Test
  void aManagerSeesItsOwnStatementInReviewDisputesItAndFinanceAnswersBeforeApproval() {
    Review review = draftOfTwoTenants();
    Fixtures.PosKey a = review.a();
    long own = review.statementOf(a);
    long other = review.statementOf(review.b());
    PortalClient manager = login(Fixtures.manager(a.tenant().id()));
    PortalClient assistant = login(Fixtures.assistant(a.tenant().id()));

    // a draft is nobody's to see yet
    assertProblem(manager.get(STATEMENTS + "/" + own), 404, "STATEMENT_NOT_FOUND");
    assertThat(json(manager.get(STATEMENTS).body()).getInt("total")).isZero();
    assertProblem(
        manager.postJson(STATEMENTS + "/" + own + "/disputes", "{\"comment\":\"too early\"}"),
        404,
        "STATEMENT_NOT_FOUND");

    review.submit();
    JsonObject list = json(manager.get(STATEMENTS).body());
    assertThat(list.getInt("total")).isEqualTo(1);
    JsonObject listed = list.getJsonArray("statements").getJsonObject(0);
    assertThat(listed.getJsonNumber("id").longValue()).isEqualTo(own);
    assertThat(listed.getString("runStatus")).isEqualTo("IN_REVIEW");
    assertThat(listed.getBoolean("disputable")).isTrue();
    // 1,000 points × 0.0110 = 11.00 charged to A
    assertThat(listed.getJsonNumber("net").bigDecimalValue().toPlainString()).isEqualTo("-11.00");
    Instant submittedAt = Instant.parse(listed.getString("submittedAt"));
    assertThat(Instant.parse(listed.getString("disputeUntil")))
        .isEqualTo(submittedAt.plus(Duration.ofDays(7)));

    var page = manager.get(STATEMENTS + "/" + own);
    assertThat(page.status()).as(page.body()).isEqualTo(200);
    JsonObject statement = json(page.body());
    assertThat(statement.getString("party")).isEqualTo(a.tenant().code());
    assertThat(statement.getJsonArray("lines")).hasSize(1);
    JsonObject line = statement.getJsonArray("lines").getJsonObject(0);
    assertThat(line.getString("kind")).isEqualTo("ISSUANCE_CHARGE");
    assertThat(line.getJsonNumber("points").longValue()).isEqualTo(1000);
    assertThat(line.getJsonNumber("amount").bigDecimalValue().toPlainString()).isEqualTo("-11.00");
    long lineId = line.getJsonNumber("id").longValue();

    // another tenant's statement, the operator's, an unknown one: not found; nor for the assistant
    assertProblem(manager.get(STATEMENTS + "/" + other), 404, "STATEMENT_NOT_FOUND");
    assertProblem(
        manager.get(STATEMENTS + "/" + review.statementIds().get("OPERATOR")),
        404,
        "STATEMENT_NOT_FOUND");
    assertThat(assistant.get(STATEMENTS).status()).isEqualTo(403);
    assertThat(manager.get(RUNS + "/" + review.runId()).status()).isEqualTo(403);

    // refusals change nothing
    Map<String, Long> before = counts(review);
    assertProblem(
        manager.postJson(STATEMENTS + "/" + other + "/disputes", "{\"comment\":\"not mine\"}"),
        404,
        "STATEMENT_NOT_FOUND");
    assertProblem(
        manager.postJson(
            STATEMENTS + "/" + own + "/disputes", "{\"comment\":\"" + "长".repeat(1001) + "\"}"),
        400,
        "COMMENT_INVALID");
    assertProblem(
        manager.postJson(STATEMENTS + "/" + own + "/disputes", "{\"comment\":\"   \"}"),
        400,
        "COMMENT_INVALID");
    assertProblem(
        manager.postJson(STATEMENTS + "/" + own + "/disputes", "{\"comment\":"),
        400,
        "BODY_INVALID");
    assertProblem(
        manager.postJson(
            STATEMENTS + "/" + own + "/disputes", "{\"comment\":\"x\",\"lineId\":\"one\"}"),
        400,
        "LINE_INVALID");
    assertProblem(
        manager.postJson(STATEMENTS + "/" + own + "/disputes", "{\"comment\":\"x\",\"lineId\":1}"),
        404,
        "LINE_NOT_FOUND");
    assertThat(
            manager
                .postJsonWithoutCsrfHeader(
                    STATEMENTS + "/" + own + "/disputes", "{\"comment\":\"no header\"}")
                .status())
        .isEqualTo(403);
    assertThat(counts(review)).isEqualTo(before);

    // the dispute, naming the line, at most 1,000 characters
    String comment = "退款已在上期扣除 " + "x".repeat(991);
    assertThat(comment.length()).isEqualTo(1000);
    var raised =
        manager.postJson(
            STATEMENTS + "/" + own + "/disputes",
            "{\"lineId\":" + lineId + ",\"comment\":\"" + comment + "\"}");
    assertThat(raised.status()).as(raised.body()).isEqualTo(201);
    JsonObject dispute = json(raised.body());
    long disputeId = dispute.getJsonNumber("id").longValue();
    assertThat(dispute.getString("status")).isEqualTo("OPEN");
    assertThat(dispute.getJsonNumber("lineId").longValue()).isEqualTo(lineId);
    assertThat(dispute.getString("comment")).isEqualTo(comment);
    assertThat(dispute.getString("tenant")).isEqualTo(a.tenant().code());
    assertThat(json(manager.get("/api/v1/merchant/clearing/disputes").body()).getInt("total"))
        .isEqualTo(1);
    assertThat(
            json(manager.get(STATEMENTS + "/" + own).body())
                .getJsonArray("disputes")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue())
        .isEqualTo(disputeId);

    // no approval while a dispute is open, not even by a second finance user
    PortalClient second = login(Fixtures.operator("OPERATOR_FINANCE"));
    assertProblem(second.postJson(review.run() + "/approval", ""), 409, "DISPUTES_OPEN");
    assertThat(runStatus(review)).isEqualTo("IN_REVIEW");

    // finance reads the run's disputes and answers
    JsonObject ofRun = json(second.get(review.run() + "/disputes").body());
    assertThat(ofRun.getInt("total")).isEqualTo(1);
    assertThat(ofRun.getJsonArray("disputes").getJsonObject(0).getString("raisedBy")).isNotBlank();
    String answer = "/api/v1/operator/clearing/disputes/" + disputeId + "/answer";
    Map<String, Long> unanswered = counts(review);
    assertProblem(
        second.postJson(answer, "{\"outcome\":\"ACCEPTED\",\"comment\":\"no amount\"}"),
        400,
        "CORRECTION_INVALID");
    assertProblem(
        second.postJson(
            answer, "{\"outcome\":\"ACCEPTED\",\"correction\":1.234,\"comment\":\"fen only\"}"),
        400,
        "CORRECTION_INVALID");
    assertProblem(
        second.postJson(
            answer, "{\"outcome\":\"REJECTED\",\"correction\":1.00,\"comment\":\"contradiction\"}"),
        400,
        "CORRECTION_INVALID");
    assertProblem(
        second.postJson(answer, "{\"outcome\":\"MAYBE\",\"comment\":\"x\"}"),
        400,
        "OUTCOME_INVALID");
    assertProblem(
        second.postJson(
            "/api/v1/operator/clearing/disputes/0/answer",
            "{\"outcome\":\"REJECTED\",\"comment\":\"x\"}"),
        404,
        "DISPUTE_NOT_FOUND");
    assertProblem(
        login(Fixtures.operator("OPERATOR_ADMIN"))
            .postJson(answer, "{\"outcome\":\"REJECTED\",\"comment\":\"admin\"}"),
        403,
        "FINANCE_ROLE_REQUIRED");
    PortalClient elsewhere =
        login(Fixtures.mallOperator("OPERATOR_FINANCE", Fixtures.mallId("XH")));
    assertProblem(
        elsewhere.postJson(answer, "{\"outcome\":\"REJECTED\",\"comment\":\"x\"}"),
        404,
        "DISPUTE_NOT_FOUND");
    assertProblem(elsewhere.get(review.run() + "/disputes"), 404, "CLEARING_RUN_NOT_FOUND");
    assertThat(counts(review)).isEqualTo(unanswered);

    var answered =
        second.postJson(
            answer,
            "{\"outcome\":\"ACCEPTED\",\"correction\":5.50,\"comment\":\"同意，下期调整 agreed\"}");
    assertThat(answered.status()).as(answered.body()).isEqualTo(200);
    JsonObject accepted = json(answered.body());
    assertThat(accepted.getString("status")).isEqualTo("ACCEPTED");
    assertThat(accepted.getJsonNumber("correction").bigDecimalValue().toPlainString())
        .isEqualTo("5.50");
    assertThat(accepted.containsKey("carriedRunId")).isFalse();
    Map<String, Long> once = counts(review);
    assertProblem(
        second.postJson(answer, "{\"outcome\":\"REJECTED\",\"comment\":\"twice\"}"),
        409,
        "DISPUTE_ANSWERED");
    assertThat(counts(review)).isEqualTo(once);
    assertThat(
            RunningAtrium.database()
                .row(
                    "select status, correction, tenant_id, run_id, carried_run_id"
                        + " from clearing_dispute where id = ?",
                    disputeId)
                .orElseThrow())
        .containsEntry("status", "ACCEPTED")
        .containsEntry("correction", new java.math.BigDecimal("5.50"))
        .containsEntry("tenant_id", a.tenant().id())
        .containsEntry("run_id", review.runId())
        .containsEntry("carried_run_id", null);

    // answered: the second finance user approves; the statement never changed
    var approved = second.postJson(review.run() + "/approval", "");
    assertThat(approved.status()).as(approved.body()).isEqualTo(200);
    assertThat(json(approved.body()).getString("status")).isEqualTo("APPROVED");
    JsonObject after = json(manager.get(STATEMENTS + "/" + own).body());
    assertThat(after.getString("runStatus")).isEqualTo("APPROVED");
    assertThat(after.getBoolean("disputable")).isFalse();
    assertThat(after.getJsonNumber("net").bigDecimalValue().toPlainString()).isEqualTo("-11.00");
    assertProblem(
        manager.postJson(STATEMENTS + "/" + own + "/disputes", "{\"comment\":\"late\"}"),
        409,
        "RUN_NOT_IN_REVIEW");

    assertThat(
            RunningAtrium.database()
                .rows(
                    "select action from audit_event where subject = 'clearing_dispute'"
                        + " and subject_id = ? order by id",
                    Long.toString(disputeId))
                .stream()
                .map(r -> r.get("action")))
        .containsExactly("DISPUTE_RAISED", "DISPUTE_ANSWERED");
    Fixtures.assertLedgerBalanced();
  }

  @Test
  void theWindowClosesAfterTheConfiguredDaysAndARejectionAllowsApproval() {
    Review review = draftOfTwoTenants();
    review.submit();
    PortalClient managerB = login(Fixtures.manager(review.b().tenant().id()));
    long own = review.statementOf(review.b());
    var raised =
        managerB.postJson(
            STATEMENTS + "/" + own + "/disputes", "{\"comment\":\"whole statement\"}");
    assertThat(raised.status()).as(raised.body()).isEqualTo(201);
    assertThat(json(raised.body()).containsKey("lineId")).isFalse();

    // as if submitted eight days ago: the default window of seven days is over
    RunningAtrium.database()
        .update(
            "update clearing_run set submitted_at = submitted_at - interval '8 days' where id = ?",
            review.runId());
    Map<String, Long> before = counts(review);
    assertProblem(
        managerB.postJson(STATEMENTS + "/" + own + "/disputes", "{\"comment\":\"too late\"}"),
        409,
        "DISPUTE_WINDOW_CLOSED");
    assertThat(counts(review)).isEqualTo(before);
    assertThat(json(managerB.get(STATEMENTS + "/" + own).body()).getBoolean("disputable"))
        .isFalse();

    // the dispute raised in time still stops the approval until it is answered
    PortalClient second = login(Fixtures.operator("OPERATOR_FINANCE"));
    assertProblem(second.postJson(review.run() + "/approval", ""), 409, "DISPUTES_OPEN");
    long disputeId =
        json(second.get(review.run() + "/disputes").body())
            .getJsonArray("disputes")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    var rejected =
        second.postJson(
            "/api/v1/operator/clearing/disputes/" + disputeId + "/answer",
            "{\"outcome\":\"REJECTED\",\"comment\":\"the figures stand\"}");
    assertThat(rejected.status()).as(rejected.body()).isEqualTo(200);
    assertThat(json(rejected.body()).containsKey("correction")).isFalse();
    assertThat(second.postJson(review.run() + "/approval", "").status()).isEqualTo(200);
    JsonObject mine = json(managerB.get("/api/v1/merchant/clearing/disputes").body());
    assertThat(mine.getJsonArray("disputes").getJsonObject(0).getString("status"))
        .isEqualTo("REJECTED");
    assertThat(mine.getJsonArray("disputes").getJsonObject(0).getString("answer"))
        .isEqualTo("the figures stand");
  }

  /**
   * An accepted correction lands on the next period's statement of its tenant, though the tenant
   * booked nothing that day, mirrored by the operator; the run that goes to review records it as
   * carried, so a further run carries it no more (docs/clearing.md, "Dispute corrections").
   */
  @Test
  void anAcceptedCorrectionIsCarriedOntoTheNextPeriodOnce() {
    Review review = draftOfTwoTenants();
    review.submit();
    Fixtures.PosKey a = review.a();
    PortalClient manager = login(Fixtures.manager(a.tenant().id()));
    long own = review.statementOf(a);
    var raised =
        manager.postJson(
            STATEMENTS + "/" + own + "/disputes", "{\"comment\":\"charged twice for one sale\"}");
    assertThat(raised.status()).as(raised.body()).isEqualTo(201);
    long disputeId = json(raised.body()).getJsonNumber("id").longValue();
    PortalClient second = login(Fixtures.operator("OPERATOR_FINANCE"));
    var answered =
        second.postJson(
            "/api/v1/operator/clearing/disputes/" + disputeId + "/answer",
            "{\"outcome\":\"ACCEPTED\",\"correction\":7.35,\"comment\":\"refunded next day\"}");
    assertThat(answered.status()).as(answered.body()).isEqualTo(200);
    assertThat(second.postJson(review.run() + "/approval", "").status()).isEqualTo(200);
    var closed = review.starter().postJson(review.run() + "/closing", "");
    assertThat(closed.status()).as(closed.body()).isEqualTo(200);

    // the next day: nothing booked, yet A's statement carries the correction
    LocalDate day = LocalDate.now(ClearingRunsIT.ZONE).minusDays(3);
    JsonObject next = start(review, day.plusDays(1));
    String nextRun = RUNS + "/" + next.getJsonNumber("id").longValue();
    Map<String, JsonObject> parties = ClearingRunsIT.byParty(next);
    assertThat(parties.keySet()).containsExactlyInAnyOrder(a.tenant().code(), "OPERATOR");
    JsonObject ofA = parties.get(a.tenant().code());
    assertThat(ofA.getJsonNumber("net").bigDecimalValue().toPlainString()).isEqualTo("7.35");
    JsonObject line = onlyLine(review.starter(), nextRun, ofA);
    assertThat(line.getString("kind")).isEqualTo("DISPUTE_CORRECTION");
    assertThat(line.getJsonNumber("points").longValue()).isZero();
    assertThat(line.containsKey("rate")).isFalse();
    assertThat(line.getJsonNumber("amount").bigDecimalValue().toPlainString()).isEqualTo("7.35");
    assertThat(line.getJsonNumber("entries").longValue()).isZero();
    JsonObject adjusts = line.getJsonObject("adjusts");
    assertThat(adjusts.getString("source")).isEqualTo("DISPUTE");
    assertThat(adjusts.getJsonNumber("id").longValue()).isEqualTo(disputeId);
    assertThat(adjusts.getString("reference"))
        .isEqualTo("Dispute " + disputeId + ", run " + review.runId());
    assertThat(adjusts.getString("periodStart")).isEqualTo(day.toString());
    assertThat(Instant.parse(adjusts.getString("bookedAt")))
        .isEqualTo(day.atStartOfDay(ClearingRunsIT.ZONE).toInstant());
    JsonObject operator = parties.get("OPERATOR");
    JsonObject mirror = onlyLine(review.starter(), nextRun, operator);
    assertThat(mirror.getString("kind")).isEqualTo("DISPUTE_CORRECTION");
    assertThat(mirror.getJsonNumber("amount").bigDecimalValue().toPlainString()).isEqualTo("-7.35");
    assertThat(
            ofA.getJsonNumber("net")
                .bigDecimalValue()
                .add(operator.getJsonNumber("net").bigDecimalValue())
                .toPlainString())
        .isEqualTo("0.00");

    // a draft computed again is the same, and carries nothing yet
    String before = ClearingRunsIT.canonical(review.starter(), nextRun);
    assertThat(review.starter().postJson(nextRun + "/recomputation", "").status()).isEqualTo(200);
    assertThat(ClearingRunsIT.canonical(review.starter(), nextRun)).isEqualTo(before);
    assertThat(carriedBy(disputeId)).isNull();

    // in review, the run has carried it
    var submitted = review.starter().postJson(nextRun + "/submission", "");
    assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
    assertThat(carriedBy(disputeId)).isEqualTo(next.getJsonNumber("id").longValue());
    assertThat(
            json(manager.get("/api/v1/merchant/clearing/disputes").body())
                .getJsonArray("disputes")
                .getJsonObject(0)
                .getJsonNumber("carriedRunId")
                .longValue())
        .isEqualTo(next.getJsonNumber("id").longValue());
    assertThat(second.postJson(nextRun + "/approval", "").status()).isEqualTo(200);
    assertThat(review.starter().postJson(nextRun + "/closing", "").status()).isEqualTo(200);

    // the day after: carried once, never again
    JsonObject further = start(review, day.plusDays(2));
    assertThat(ClearingRunsIT.byParty(further).keySet()).containsExactly("OPERATOR");
    assertThat(
            ClearingRunsIT.byParty(further)
                .get("OPERATOR")
                .getJsonNumber("net")
                .bigDecimalValue()
                .toPlainString())
        .isEqualTo("0.00");
    Fixtures.assertLedgerBalanced();
  }

  private static JsonObject start(Review review, LocalDate day) {
    var started =
        review
            .starter()
            .postJson(
                RUNS,
                "{\"mall\":\""
                    + review.mall().code()
                    + "\",\"periodKind\":\"DAY\",\"periodStart\":\""
                    + day
                    + "\"}");
    assertThat(started.status()).as(started.body()).isEqualTo(201);
    return json(started.body());
  }

  private static JsonObject onlyLine(PortalClient client, String run, JsonObject statement) {
    var page = client.get(run + "/statements/" + statement.getJsonNumber("id") + "/lines");
    assertThat(page.status()).as(page.body()).isEqualTo(200);
    var lines = json(page.body()).getJsonArray("lines");
    assertThat(lines).hasSize(1);
    return lines.getJsonObject(0);
  }

  private static Long carriedBy(long disputeId) {
    Object run =
        RunningAtrium.database()
            .value("select carried_run_id from clearing_dispute where id = ?", disputeId);
    return run == null ? null : ((Number) run).longValue();
  }

  private static Map<String, Long> counts(Review review) {
    ItDatabase db = RunningAtrium.database();
    return Map.of(
        "disputes",
        db.longValue("select count(*) from clearing_dispute where run_id = ?", review.runId()),
        "open",
        db.longValue(
            "select count(*) from clearing_dispute where run_id = ? and status = 'OPEN'",
            review.runId()),
        "audit",
        db.longValue(
            "select count(*) from audit_event where subject in ('clearing_dispute', 'clearing_run')"
                + " and (subject_id = ? or subject_id in (select cast(id as varchar)"
                + " from clearing_dispute where run_id = ?))",
            Long.toString(review.runId()),
            review.runId()));
  }

  private static String runStatus(Review review) {
    return (String)
        RunningAtrium.database()
            .value("select status from clearing_run where id = ?", review.runId());
  }

  static void assertProblem(PortalClient.Page answer, int status, String code) {
    assertThat(answer.status()).as(answer.body()).isEqualTo(status);
    assertThat(answer.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    assertThat(json(answer.body()).getString("code")).isEqualTo(code);
  }

  static PortalClient login(Fixtures.UserRow user) {
    PortalClient client = new PortalClient("en");
    assertThat(client.login(user.username(), user.password()).redirectPath()).isPresent();
    return client;
  }

  static JsonObject json(String body) {
    return Json.createReader(new StringReader(body)).readObject();
  }
}
