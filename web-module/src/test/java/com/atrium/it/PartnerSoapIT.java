package com.atrium.it;

import static com.atrium.it.Fixtures.assertLedgerBalanced;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.atrium.it.soap.client.Exchange;
import com.atrium.it.soap.client.Link;
import com.atrium.it.soap.client.PartnerPort;
import com.atrium.it.soap.client.ReconciliationSummary;
import com.atrium.it.soap.client.Right;
import jakarta.xml.ws.Holder;
import jakarta.xml.ws.soap.SOAPFaultException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every partner operation over SOAP through the client generated from the WSDL, on the same facade
 * and with the same guarantees and codes as the REST API (PartnerExchangeIT): link with the
 * one-time code, exchange in, out with confirmation and with rejection, reversal, status, balance,
 * a replay answering the original and another body under the same id refused. Each test makes its
 * own partner (ItPartner) and PARTNER key; the ledger sums to zero after each.
 */
@ExtendWith(RunningAtrium.class)
class PartnerSoapIT {

  @Test
  void whoAmINamesTheKeyAndItsPartner() {
    ItPartner p = ItPartner.postpaid();
    Fixtures.MachineKey key = Fixtures.partnerKey(p.code);
    Holder<String> keyId = new Holder<>();
    Holder<String> partner = new Holder<>();
    SoapPartner.port(key).whoAmI(keyId, partner);
    assertThat(keyId.value).isEqualTo(key.keyId());
    assertThat(partner.value).isEqualTo(p.code);
  }

  @Test
  void aMemberLinksWithTheCodeExchangesInAndOutAndUnlinks() {
    ItPartner p = ItPartner.postpaid();
    PartnerPort soap = SoapPartner.port(Fixtures.partnerKey(p.code));
    String phone = ItPartner.newMember();

    Link asked = soap.linkMember("SM-1", phone);
    assertThat(asked.getState()).isEqualTo("PENDING");
    assertThat(asked.getCodeExpiresAt()).isNotNull();
    assertThat(code(() -> soap.exchangeIn("SE-0", "SM-1", 1000))).isEqualTo("LINK_NOT_FOUND");
    String code = p.codeSentTo(phone);
    String wrong = code.equals("000000") ? "111111" : "000000";
    assertThat(code(() -> soap.confirmLink("SM-1", wrong))).isEqualTo("LINK_CODE_INVALID");
    assertThat(soap.confirmLink("SM-1", code).getState()).isEqualTo("ACTIVE");
    assertThat(soap.getBalance("SM-1").getPoints()).isZero();

    Exchange in = soap.exchangeIn("SIN-1", "SM-1", 1009);
    assertThat(in.getState()).isEqualTo("COMPLETED");
    assertThat(in.getDirection()).isEqualTo("IN");
    assertThat(in.getPoints()).isEqualTo(100); // 1009 / 10, down
    assertThat(in.getRateFrom()).isEqualTo(10);
    assertThat(in.getFee()).isEqualByComparingTo("0.51");
    assertThat(in.isReplayed()).isFalse();
    assertThat(in.getReversibleUntil()).isNotNull();
    var balance = soap.getBalance("SM-1");
    assertThat(balance.getPoints()).isEqualTo(100);
    assertThat(balance.getNextExpiryPoints()).isEqualTo(100L);
    // SOAP and REST see the same exchange
    assertThat(p.balance("SM-1")).isEqualTo(100);

    Exchange out = soap.exchangeOut("SOUT-1", "SM-1", 62);
    assertThat(out.getState()).isEqualTo("PENDING");
    assertThat(out.getPartnerAmount()).isEqualTo(4); // 62 * 8 / 100
    assertThat(soap.getBalance("SM-1").getPoints()).isEqualTo(38);
    Exchange confirmed = soap.confirmExchange("SOUT-1");
    assertThat(confirmed.getState()).isEqualTo("CONFIRMED");
    assertThat(confirmed.isReplayed()).isFalse();
    assertThat(soap.confirmExchange("SOUT-1").isReplayed()).isTrue();
    assertThat(code(() -> soap.rejectExchange("SOUT-1"))).isEqualTo("EXCHANGE_STATE_CONFLICT");
    Exchange status = soap.getExchangeStatus("SOUT-1");
    assertThat(status.getState()).isEqualTo("CONFIRMED");
    assertThat(status.getMemberRef()).isEqualTo("SM-1");
    assertThat(status.getSettledAt()).isNotNull();
    assertThat(code(() -> soap.exchangeOut("SOUT-2", "SM-1", 39))).isEqualTo("INSUFFICIENT_POINTS");
    assertThat(code(() -> soap.getExchangeStatus("NOPE-1"))).isEqualTo("EXCHANGE_NOT_FOUND");

    assertThat(soap.unlink("SM-1").getState()).isEqualTo("UNLINKED");
    assertThat(code(() -> soap.exchangeIn("SIN-2", "SM-1", 1000))).isEqualTo("LINK_NOT_FOUND");
    assertLedgerBalanced();
  }

  @Test
  void aRejectionGivesThePointsBackAndAReversalUndoesAnExchange() {
    ItPartner p = ItPartner.create("PREPAID", new BigDecimal("100.00"), 0, 0, 180);
    p.linkNewMember("SR-1");
    PartnerPort soap = SoapPartner.port(Fixtures.partnerKey(p.code));

    assertThat(soap.exchangeIn("RIN-1", "SR-1", 1000).getPoints()).isEqualTo(100);
    assertThat(soap.exchangeOut("ROUT-1", "SR-1", 60).getState()).isEqualTo("PENDING");
    assertThat(soap.getBalance("SR-1").getPoints()).isEqualTo(40);
    assertThat(soap.rejectExchange("ROUT-1").getState()).isEqualTo("REJECTED");
    assertThat(soap.getBalance("SR-1").getPoints()).isEqualTo(100);
    assertThat(soap.rejectExchange("ROUT-1").isReplayed()).isTrue();

    assertThat(p.deposit()).isEqualByComparingTo("98.49"); // 1.00 + fee 0.51
    Exchange reversed = soap.reverseExchange("RIN-1");
    assertThat(reversed.getState()).isEqualTo("REVERSED");
    assertThat(soap.getBalance("SR-1").getPoints()).isZero();
    assertThat(p.deposit()).isEqualByComparingTo("100.00");
    assertThat(soap.reverseExchange("RIN-1").isReplayed()).isTrue();
    assertLedgerBalanced();
  }

  @Test
  void aReplayAnswersTheOriginalAndAnotherBodyUnderTheSameIdIsAConflict() {
    ItPartner p = ItPartner.postpaid();
    p.linkNewMember("SP-1");
    PartnerPort soap = SoapPartner.port(Fixtures.partnerKey(p.code));

    Exchange first = soap.exchangeIn("PIN-1", "SP-1", 500);
    Exchange replay = soap.exchangeIn("PIN-1", "SP-1", 500);
    assertThat(replay.isReplayed()).isTrue();
    assertThat(replay.getId()).isEqualTo(first.getId());
    assertThat(replay.getPoints()).isEqualTo(50);
    assertThat(code(() -> soap.exchangeIn("PIN-1", "SP-1", 600))).isEqualTo("PARTNER_TXN_CONFLICT");
    assertThat(soap.getBalance("SP-1").getPoints()).isEqualTo(50);
    // REST sees the SOAP exchange as its own: the same id over REST is a replay
    var rest = p.in("PIN-1", "SP-1", 500);
    assertThat(rest.status()).isEqualTo(201);
    assertThat(rest.header("Idempotent-Replayed")).hasValue("true");

    // another partner's id is unknown
    ItPartner other = ItPartner.postpaid();
    PartnerPort stranger = SoapPartner.port(Fixtures.partnerKey(other.code));
    assertThat(code(() -> stranger.getExchangeStatus("PIN-1"))).isEqualTo("EXCHANGE_NOT_FOUND");
    assertThat(code(() -> stranger.getBalance("SP-1"))).isEqualTo("LINK_NOT_FOUND");
    assertLedgerBalanced();
  }

  /**
   * PartnerExchangeIT's eight concurrent copies over SOAP: each copy through its own generated
   * client with its own UsernameToken; one exchange, one credit, the same answer to all.
   */
  @Test
  void eightConcurrentCopiesOfAnExchangeMakeOneAndAnswerTheSame() throws Exception {
    ItPartner p = ItPartner.postpaid();
    p.linkNewMember("SC-1");
    Fixtures.MachineKey key = Fixtures.partnerKey(p.code);
    int n = 8;
    List<PartnerPort> ports = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      ports.add(SoapPartner.port(key)); // made beforehand: the copies race, not the WSDL reads
    }
    ExecutorService pool = Executors.newFixedThreadPool(n);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Exchange>> answers = new ArrayList<>();
    for (PartnerPort port : ports) {
      answers.add(
          pool.submit(
              () -> {
                start.await();
                return port.exchangeIn("SCIN-1", "SC-1", 3000);
              }));
    }
    start.countDown();
    List<Exchange> exchanges = new ArrayList<>();
    for (Future<Exchange> a : answers) {
      exchanges.add(a.get());
    }
    pool.shutdown();

    List<Exchange> originals = exchanges.stream().filter(e -> !e.isReplayed()).toList();
    assertThat(originals).hasSize(1);
    Exchange original = originals.get(0);
    assertThat(original.getState()).isEqualTo("COMPLETED");
    assertThat(original.getPoints()).isEqualTo(300);
    assertThat(original.getFee()).isEqualByComparingTo("0.53"); // 0.50 + 1% of 3.00
    for (Exchange e : exchanges) {
      assertThat(e).usingRecursiveComparison().ignoringFields("replayed").isEqualTo(original);
    }
    assertThat(exchanges).filteredOn(Exchange::isReplayed).hasSize(n - 1);
    assertThat(p.exchanges()).isEqualTo(1);
    assertThat(ports.get(0).getBalance("SC-1").getPoints()).isEqualTo(300);
    assertThat(p.balance("SC-1")).isEqualTo(300);
    assertLedgerBalanced();
  }

  /**
   * PartnerExchangeIT's limits over SOAP: per exchange (both directions), the member's day and the
   * partner's day; each a fault with REST's code for the same request, neither changing anything.
   */
  @Test
  void limitsPerExchangePerMemberAndPerPartnerAreFaultsWithRestsCodes() {
    ItPartner p = ItPartner.create("POSTPAID", BigDecimal.ZERO, 150, 250, 180);
    p.linkNewMember("SX-1");
    p.linkNewMember("SX-2");
    PartnerPort soap = SoapPartner.port(Fixtures.partnerKey(p.code));

    refusesIn(p, soap, "XIN-0", "SX-1", 99, 400, "EXCHANGE_BELOW_MINIMUM");
    refusesIn(p, soap, "XIN-00", "SX-1", 50_010, 400, "EXCHANGE_ABOVE_MAXIMUM");
    assertThat(soap.exchangeIn("XIN-1", "SX-1", 1000).getPoints()).isEqualTo(100);
    refusesIn(p, soap, "XIN-2", "SX-1", 600, 409, "MEMBER_DAILY_LIMIT");
    assertThat(soap.exchangeIn("XIN-3", "SX-1", 500).getPoints()).isEqualTo(50); // exactly 150
    assertThat(soap.exchangeIn("XIN-4", "SX-2", 1000).getPoints()).isEqualTo(100); // partner: 250
    refusesIn(p, soap, "XIN-5", "SX-2", 100, 409, "PARTNER_DAILY_CAP");
    // out has its own bounds per exchange: 9 and 5,001 points
    refusesOut(p, soap, "XOUT-0", "SX-1", 9, 400, "EXCHANGE_BELOW_MINIMUM");
    refusesOut(p, soap, "XOUT-00", "SX-1", 5001, 400, "EXCHANGE_ABOVE_MAXIMUM");
    // a refused exchange leaves its id free, and a reversed one stops counting
    assertThat(soap.reverseExchange("XIN-4").getState()).isEqualTo("REVERSED");
    assertThat(soap.exchangeIn("XIN-5", "SX-2", 100).getPoints()).isEqualTo(10);
    assertThat(soap.getBalance("SX-1").getPoints()).isEqualTo(150);
    assertThat(soap.getBalance("SX-2").getPoints()).isEqualTo(10);
    assertThat(p.exchanges()).isEqualTo(4);
    assertLedgerBalanced();
  }

  @Test
  void aMembersMonthlyLimitIsAFaultWithRestsCode() {
    ItPartner p = ItPartner.create("POSTPAID", BigDecimal.ZERO, 0, 150, 0, 180);
    p.linkNewMember("SM-1");
    PartnerPort soap = SoapPartner.port(Fixtures.partnerKey(p.code));

    assertThat(soap.exchangeIn("MIN-1", "SM-1", 1000).getPoints()).isEqualTo(100);
    refusesIn(p, soap, "MIN-2", "SM-1", 600, 409, "MEMBER_MONTHLY_LIMIT");
    assertThat(soap.exchangeIn("MIN-3", "SM-1", 500).getPoints()).isEqualTo(50); // exactly 150
    refusesIn(p, soap, "MIN-4", "SM-1", 100, 409, "MEMBER_MONTHLY_LIMIT");
    assertThat(soap.getBalance("SM-1").getPoints()).isEqualTo(150);
    assertLedgerBalanced();
  }

  @Test
  void aPrepaidDepositThatCannotPayIsAFaultWithRestsCode() {
    ItPartner p = ItPartner.create("PREPAID", new BigDecimal("1.50"), 0, 0, 180);
    p.linkNewMember("SD-1");
    PartnerPort soap = SoapPartner.port(Fixtures.partnerKey(p.code));

    // 100 points: 1.00 CNY + fee 0.50 + 1% = 1.51 > 1.50
    refusesIn(p, soap, "DIN-1", "SD-1", 1000, 409, "DEPOSIT_EXHAUSTED");
    assertThat(p.deposit()).isEqualByComparingTo("1.50");
    // 90 points: 0.90 + 0.51 = 1.41
    assertThat(soap.exchangeIn("DIN-2", "SD-1", 900).getPoints()).isEqualTo(90);
    assertThat(p.deposit()).isEqualByComparingTo("0.09");
    refusesIn(p, soap, "DIN-3", "SD-1", 100, 409, "DEPOSIT_EXHAUSTED");
    assertThat(p.deposit()).isEqualByComparingTo("0.09");
    assertThat(soap.getBalance("SD-1").getPoints()).isEqualTo(90);
    // one movement, the exchange's: the refusals drew nothing
    assertThat(
            RunningAtrium.database()
                .longValue(
                    "select count(*) from partner_deposit_movement where partner_id = ?"
                        + " and reason = 'EXCHANGE_IN' and amount = -1.41 and balance_after = 0.09",
                    p.id))
        .isEqualTo(1);
    assertThat(
            RunningAtrium.database()
                .longValue(
                    "select count(*) from partner_deposit_movement where partner_id = ?", p.id))
        .isEqualTo(1);
    assertLedgerBalanced();
  }

  @Test
  void aReversalAfterItsWindowIsAFaultWithRestsCodeAndChangesNothing() {
    ItPartner p = ItPartner.create("PREPAID", new BigDecimal("100.00"), 0, 0, 180);
    p.linkNewMember("SW-1");
    PartnerPort soap = SoapPartner.port(Fixtures.partnerKey(p.code));
    assertThat(soap.exchangeIn("WIN-1", "SW-1", 1000).getPoints()).isEqualTo(100);
    assertThat(p.deposit()).isEqualByComparingTo("98.49"); // 1.00 + fee 0.51
    // past the window's end (moved into the past here: the window itself is the agreement's)
    RunningAtrium.database()
        .update(
            "update partner_exchange set reversible_until = ? where partner_id = ?"
                + " and partner_txn_id = 'WIN-1'",
            Instant.now().minusSeconds(1),
            p.id);

    assertThat(code(() -> soap.reverseExchange("WIN-1"))).isEqualTo("REVERSAL_WINDOW_CLOSED");
    var rest = p.act("WIN-1", "reversal");
    assertThat(rest.status()).as(rest.toString()).isEqualTo(409);
    assertThat(rest.problemCode()).isEqualTo("REVERSAL_WINDOW_CLOSED");
    assertThat(soap.getExchangeStatus("WIN-1").getState()).isEqualTo("COMPLETED");
    assertThat(soap.getBalance("SW-1").getPoints()).isEqualTo(100);
    assertThat(p.deposit()).isEqualByComparingTo("98.49");
    assertThat(p.exchanges()).isEqualTo(1);
    assertLedgerBalanced();
  }

  /**
   * A suspended partner's new exchanges are faults with REST's code (PartnerEndpointFaultsTest pins
   * the mapping; this runs it); what is in flight, here a reversal, stays possible.
   */
  @Test
  void aSuspendedPartnersNewExchangeIsAFaultWithRestsCodeAndAReversalStillRuns() {
    ItPartner p = ItPartner.postpaid();
    p.linkNewMember("SS-1");
    PartnerPort soap = SoapPartner.port(Fixtures.partnerKey(p.code));
    assertThat(soap.exchangeIn("SSIN-1", "SS-1", 1000).getPoints()).isEqualTo(100);
    RunningAtrium.database().update("update partner set status = 'SUSPENDED' where id = ?", p.id);

    refusesIn(p, soap, "SSIN-2", "SS-1", 1000, 409, "PARTNER_SUSPENDED");
    refusesOut(p, soap, "SSOUT-1", "SS-1", 50, 409, "PARTNER_SUSPENDED");
    assertThat(soap.reverseExchange("SSIN-1").getState()).isEqualTo("REVERSED");
    assertThat(soap.getBalance("SS-1").getPoints()).isZero();
    assertThat(p.exchanges()).isEqualTo(1);
    assertLedgerBalanced();
  }

  @Test
  void aRightIsGrantedListedRevokedAndReplayedOverSoapAsOverRest() throws Exception {
    ItPartner p = ItPartner.postpaid().defineRight("PREMIUM", "GOLD", 120, 100);
    String phone = p.linkNewMember("SRT-1");
    PartnerPort soap = SoapPartner.port(Fixtures.partnerKey(p.code));
    javax.xml.datatype.XMLGregorianCalendar until =
        javax.xml.datatype.DatatypeFactory.newInstance()
            .newXMLGregorianCalendar("2099-12-31T16:00:00Z");

    Right granted = soap.grantRight("SG-1", "SRT-1", "PREMIUM", null, until);
    assertThat(granted.getState()).isEqualTo("ACTIVE");
    assertThat(granted.getRightCode()).isEqualTo("PREMIUM");
    assertThat(granted.isReplayed()).isFalse();
    assertThat(granted.getValidUntil().toGregorianCalendar().toInstant())
        .isEqualTo(java.time.Instant.parse("2099-12-31T16:00:00Z"));
    assertThat(
            RunningAtrium.database()
                .value("select tier from member where id = ?", p.memberId(phone)))
        .isEqualTo("GOLD");
    Right replay = soap.grantRight("SG-1", "SRT-1", "PREMIUM", null, until);
    assertThat(replay.isReplayed()).isTrue();
    assertThat(replay.getId()).isEqualTo(granted.getId());
    assertThat(code(() -> soap.grantRight("SG-1", "SRT-1", "OTHER", null, until)))
        .isEqualTo("RIGHT_GRANT_CONFLICT");
    assertThat(code(() -> soap.grantRight("SG-2", "SRT-1", "NOSUCH", null, until)))
        .isEqualTo("RIGHT_CODE_UNKNOWN");
    assertThat(soap.getRight("SG-1").getMemberRef()).isEqualTo("SRT-1");
    assertThat(soap.listRights("SRT-1", null, null))
        .extracting(Right::getGrantId)
        .containsExactly("SG-1");
    // page by page as over REST: newest first, sizes out of range a fault
    assertThat(soap.grantRight("SG-1B", "SRT-1", "PREMIUM", null, until).getState())
        .isEqualTo("ACTIVE");
    assertThat(soap.listRights("SRT-1", null, 1))
        .extracting(Right::getGrantId)
        .containsExactly("SG-1B");
    assertThat(soap.listRights("SRT-1", 1, 1))
        .extracting(Right::getGrantId)
        .containsExactly("SG-1");
    assertThat(soap.listRights("SRT-1", 2, null)).isEmpty();
    assertThat(code(() -> soap.listRights("SRT-1", null, 0))).isEqualTo("LIMIT_INVALID");
    assertThat(code(() -> soap.listRights("SRT-1", null, 201))).isEqualTo("LIMIT_INVALID");
    assertThat(code(() -> soap.listRights("SRT-1", -1, null))).isEqualTo("OFFSET_INVALID");
    // REST sees the SOAP grant as its own
    assertThat(p.client.get(ItPartner.RIGHTS + "/SG-1").send().json().getString("state"))
        .isEqualTo("ACTIVE");

    PartnerPort stranger = SoapPartner.port(Fixtures.partnerKey(ItPartner.postpaid().code));
    assertThat(code(() -> stranger.revokeRight("SG-1"))).isEqualTo("RIGHT_GRANT_NOT_FOUND");
    assertThat(code(() -> stranger.getRight("SG-1"))).isEqualTo("RIGHT_GRANT_NOT_FOUND");

    Right revoked = soap.revokeRight("SG-1");
    assertThat(revoked.getState()).isEqualTo("REVOKED");
    assertThat(revoked.getRevokedAt()).isNotNull();
    assertThat(soap.revokeRight("SG-1").isReplayed()).isTrue();

    // a retired right is granted no more, over SOAP as over REST; a grant made before still answers
    RunningAtrium.database()
        .update(
            "update partner_right set retired_at = now() where partner_id = (select id from partner"
                + " where code = ?) and code = 'PREMIUM'",
            p.code);
    assertThat(code(() -> soap.grantRight("SG-3", "SRT-1", "PREMIUM", null, until)))
        .isEqualTo("RIGHT_RETIRED");
    assertThat(soap.grantRight("SG-1", "SRT-1", "PREMIUM", null, until).isReplayed()).isTrue();
    assertLedgerBalanced();
  }

  @Test
  void theDocumentedScriptCallsWhoAmIWithTheDemoAirlinesKey() throws Exception {
    java.nio.file.Path script =
        java.nio.file.Path.of(
                System.getProperty("atrium.build.directory"),
                "..",
                "..",
                "docs",
                "soap-partner-whoami.sh")
            .normalize();
    ProcessBuilder run = new ProcessBuilder("bash", script.toString()).redirectErrorStream(true);
    run.environment().put("ATRIUM_URL", RunningAtrium.baseUri().toString().replaceAll("/$", ""));
    Process process = run.start();
    String out =
        new String(
            process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(process.waitFor()).as(out).isZero();
    assertThat(out).contains(">partner-demoair<").contains(">DEMOAIR<");
  }

  @Test
  void thePartnerDownloadsAtriumsDailyFileAndUploadsItsOwnOverSoap() {
    ItPartner p = ItPartner.postpaid();
    PartnerPort soap = SoapPartner.port(Fixtures.partnerKey(p.code));
    p.linkNewMember("SR-1");
    assertThat(soap.exchangeIn("SR-IN-1", "SR-1", 1009).getPoints()).isEqualTo(100);
    String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();

    String file = new String(soap.getReconciliationFile(today), StandardCharsets.UTF_8);
    List<String> lines = file.lines().toList();
    assertThat(lines.get(0)).startsWith("H," + p.code + "," + today + ",");
    assertThat(lines.get(1)).startsWith("D,SR-IN-1,").contains(",SR-1,IN,100,1009,10:1,");
    assertThat(lines.get(2)).isEqualTo("T,1,100,1009");
    // the same lines as the REST file (the header names when each was made)
    var rest = p.client.get("/api/v1/partner/reconciliation-files/" + today).send();
    assertThat(rest.body().lines().skip(1).toList()).isEqualTo(lines.subList(1, lines.size()));

    String theirs =
        "H,"
            + p.code
            + ","
            + today
            + "\nD,SR-IN-1,,SR-1,IN,100,1009,,,COMPLETED,\nD,SR-THEIRS,,SR-1,IN,10,100,,,COMPLETED,"
            + "\nT,2,110,1109\n";
    ReconciliationSummary summary =
        soap.uploadReconciliationFile(today, theirs.getBytes(StandardCharsets.UTF_8));
    assertThat(summary.getPartnerCode()).isEqualTo(p.code);
    assertThat(summary.getBusinessDay()).isEqualTo(today);
    assertThat(summary.getLines()).isEqualTo(2);
    assertThat(summary.getMatched()).isEqualTo(1);
    assertThat(summary.getMissingInAtrium()).isEqualTo(1);
    assertThat(summary.getMissingAtPartner()).isZero();
    assertThat(summary.getAmountsDiffer()).isZero();

    // the REST refusals, as faults, with nothing stored
    long uploads = uploads(p);
    assertThat(code(() -> soap.getReconciliationFile("2026-13-01"))).isEqualTo("RECON_DAY_INVALID");
    assertThat(
            code(
                () ->
                    soap.uploadReconciliationFile(
                        today, theirs.replace("T,2,", "T,3,").getBytes(StandardCharsets.UTF_8))))
        .isEqualTo("RECON_FILE_INVALID");
    assertThat(
            code(
                () ->
                    soap.uploadReconciliationFile(
                        today, new byte[] {'H', ',', (byte) 0xC3, (byte) 0x28})))
        .isEqualTo("RECON_FILE_INVALID");
    assertThat(
            code(
                () ->
                    soap.uploadReconciliationFile(
                        LocalDate.parse(today).plusDays(1).toString(),
                        theirs.getBytes(StandardCharsets.UTF_8))))
        .isEqualTo("RECON_DAY_INVALID");
    assertThat(uploads(p)).isEqualTo(uploads);
    assertLedgerBalanced();
  }

  @Test
  void aFileLargerThanOtherRequestsMayBeUploadedOverSoap() {
    ItPartner p = ItPartner.postpaid();
    PartnerPort soap = SoapPartner.port(Fixtures.partnerKey(p.code));
    String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
    StringBuilder file = new StringBuilder("H," + p.code + "," + today + "\n");
    int n = 2000; // about 90 KB, base64 about 120 KB: over the 64 KiB of any other request
    for (int i = 0; i < n; i++) {
      file.append("D,SR-BIG-").append(i).append(",,SR-9,IN,10,100,,,COMPLETED,\n");
    }
    file.append("T,").append(n).append(",").append(10 * n).append(",").append(100 * n).append("\n");
    ReconciliationSummary summary =
        soap.uploadReconciliationFile(today, file.toString().getBytes(StandardCharsets.UTF_8));
    assertThat(summary.getLines()).isEqualTo(n);
    assertThat(summary.getMissingInAtrium()).isEqualTo(n);
  }

  private static long uploads(ItPartner p) {
    return RunningAtrium.database()
        .longValue("select count(*) from partner_recon_upload where partner_id = ?", p.id);
  }

  /**
   * An exchange in refused over SOAP with the fault {@code code}, and the same request over REST
   * with {@code restStatus} and the same code; neither left an exchange, a point or a deposit
   * movement, and the id stays unknown.
   */
  private static void refusesIn(
      ItPartner p,
      PartnerPort soap,
      String txn,
      String ref,
      long units,
      int restStatus,
      String code) {
    refuses(
        p,
        soap,
        txn,
        ref,
        () -> soap.exchangeIn(txn, ref, units),
        () -> p.in(txn, ref, units),
        restStatus,
        code);
  }

  /** As {@link #refusesIn}, for an exchange out. */
  private static void refusesOut(
      ItPartner p,
      PartnerPort soap,
      String txn,
      String ref,
      long points,
      int restStatus,
      String code) {
    refuses(
        p,
        soap,
        txn,
        ref,
        () -> soap.exchangeOut(txn, ref, points),
        () -> p.out(txn, ref, points),
        restStatus,
        code);
  }

  private static void refuses(
      ItPartner p,
      PartnerPort soap,
      String txn,
      String ref,
      Runnable overSoap,
      Supplier<PosClient.Response> overRest,
      int restStatus,
      String code) {
    long points = soap.getBalance(ref).getPoints();
    long exchanges = p.exchanges();
    BigDecimal deposit = p.deposit();
    assertThat(code(overSoap)).isEqualTo(code);
    PosClient.Response rest = overRest.get();
    assertThat(rest.status()).as(rest.toString()).isEqualTo(restStatus);
    assertThat(rest.problemCode()).isEqualTo(code);
    assertThat(soap.getBalance(ref).getPoints()).isEqualTo(points);
    assertThat(p.exchanges()).isEqualTo(exchanges);
    assertThat(p.deposit()).isEqualByComparingTo(deposit);
    assertThat(code(() -> soap.getExchangeStatus(txn))).isEqualTo("EXCHANGE_NOT_FOUND");
  }

  private static String code(Runnable call) {
    SOAPFaultException fault = catchThrowableOfType(SOAPFaultException.class, call::run);
    assertThat(fault).as("a SOAP fault").isNotNull();
    return SoapPartner.codeOf(fault);
  }
}
