package com.atrium.it;

import static com.atrium.it.Fixtures.assertLedgerBalanced;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The README's examples work as printed: each fenced bash block runs as it stands (only the
 * addresses it lets the caller override, {@code BASE} and the like, point at the test's Atrium),
 * and what it answers is what the README says it answers.
 */
@ExtendWith(RunningAtrium.class)
class ReadmeExamplesIT {

  static final Path README = Path.of("..", "README.md");

  @Test
  void thePosScriptRecordsASaleAtStarbucksForTheFirstDemoMember() throws Exception {
    String out = run(block("## Calling the POS API", 0), Map.of("BASE", base()), line -> null);
    JsonObject sale = json(out);
    assertThat(sale.getString("tenantCode")).isEqualTo("FB001");
    long saleId = sale.getJsonNumber("saleId").longValue();
    Map<String, Object> row =
        RunningAtrium.database()
            .row(
                "select s.amount, m.card_number from sale s join member m on m.id = s.member_id"
                    + " where s.id = ?",
                saleId)
            .orElseThrow();
    assertThat((BigDecimal) row.get("amount")).isEqualByComparingTo("88.50");
    assertThat(row.get("card_number")).isEqualTo("880000059506");
    assertLedgerBalanced();
  }

  @Test
  void thePartnerScriptsExchangeDemoBankPointsAndGrantTheRight() throws Exception {
    String script = block("## Calling the partner API", 0);
    BigDecimal deposit = deposit();
    JsonObject exchange = json(run(script, Map.of("BASE", base()), line -> null));
    assertThat(exchange.getString("state")).isEqualTo("COMPLETED");
    assertThat(exchange.getJsonNumber("points").longValue()).isEqualTo(500);
    assertThat(exchange.getJsonNumber("fee").bigDecimalValue()).isEqualByComparingTo("0.05");
    assertThat(deposit()).isEqualByComparingTo(deposit.subtract(new BigDecimal("5.05")));
    PosClient bank =
        new PosClient(RunningAtrium.baseUri(), "partner-demobank", "demo-secret-partner-demobank");
    // undone, so that the demo member's points stay as seeded
    String txn = exchange.getString("partnerTxnId");
    assertThat(bank.post(ItPartner.EXCHANGES + txn + "/reversal", "").send().status())
        .isEqualTo(200);

    // "the same script with these two lines": the rights block's PATH_Q and BODY replace the
    // exchange's
    String rights = script;
    for (String line : block("## Calling the partner API", 1).strip().split("\n")) {
      String name = line.substring(0, line.indexOf('=') + 1);
      rights =
          rights
              .lines()
              .map(l -> l.startsWith(name) ? line : l)
              .reduce((a, b) -> a + "\n" + b)
              .orElseThrow();
    }
    JsonObject grant = json(run(rights, Map.of("BASE", base()), line -> null));
    assertThat(grant.getString("state")).isEqualTo("ACTIVE");
    assertThat(grant.getString("memberRef")).isEqualTo("DB-0001");
    assertThat(grant.getString("rightCode")).isEqualTo("PREMIUM");
    // the README's second partner: the airline sees its member's balance
    PosClient air =
        new PosClient(RunningAtrium.baseUri(), "partner-demoair", "demo-secret-partner-demoair");
    var balance = air.get(ItPartner.LINKS + "/DA-0001/balance").send();
    assertThat(balance.status()).as(balance.toString()).isEqualTo(200);
    assertThat(balance.json().getString("memberRef")).isEqualTo("DA-0001");
    // revoked again: the seed's own grant of the right stays the demo member's only one
    assertThat(
            bank.post(ItPartner.RIGHTS + "/" + grant.getString("grantId") + "/revocation", "")
                .send()
                .status())
        .isEqualTo(200);
    assertLedgerBalanced();
  }

  @Test
  void theSoapRequestPrintedIsTheScriptTheTestsRun() throws Exception {
    // PartnerSoapIT runs docs/soap-partner-whoami.sh; the README prints the same text
    String script = Files.readString(Path.of("..", "docs", "soap-partner-whoami.sh"));
    assertThat(block("## Calling the partner API over SOAP", 0)).isEqualTo(script);
    String out = run(script, Map.of("ATRIUM_URL", base()), line -> null);
    assertThat(out).contains(">partner-demoair<").contains(">DEMOAIR<");
  }

  @Test
  void theParkingScriptQuotesAndSettlesTheFirstDemoMembersCar() throws Exception {
    String out = run(block("## Parking perks", 0), Map.of("BASE", base()), line -> null);
    List<String> answers = out.lines().filter(l -> l.startsWith("{")).toList();
    assertThat(answers).as(out).hasSize(2);
    JsonObject quote = json(answers.get(0));
    JsonObject settlement = json(answers.get(1));
    assertThat(quote.getJsonObject("member").getString("plate")).isEqualTo("沪A·****45");
    assertThat(quote.getJsonObject("member").getString("cardNumber")).isEqualTo("88******9506");
    String session = settlement.getString("sessionId");
    assertThat(session).startsWith("XH-");
    assertThat(
            RunningAtrium.database()
                .longValue(
                    "select count(*) from parking_settlement where session_id = ? and id = ?",
                    session,
                    settlement.getJsonNumber("receiptId").longValue()))
        .isEqualTo(1);
    // released, so that the demo car's caps of the day stay free for ParkingIT
    PosClient park = new PosClient(RunningAtrium.baseUri(), "park-xh", "demo-secret-park-xh");
    assertThat(park.post("/api/v1/parking/settlements/" + session + "/release", "").send().status())
        .isEqualTo(200);
    assertLedgerBalanced();
  }

  @Test
  void theWifiScriptLogsAMemberInThroughFreeRadius() throws Exception {
    String phone = ItWifi.member("GOLD");
    try (ItFreeRadius radius =
        ItFreeRadius.start(
            new Fixtures.MachineKey("wifi-xh", "demo-secret-wifi-xh", "WIFI_CONTROLLER"))) {
      String out =
          run(
              block("## WiFi perks", 0),
              Map.of(
                  "BASE",
                  base(),
                  "PHONE",
                  phone,
                  "RADIUS",
                  "127.0.0.1:" + radius.authPort,
                  "RADIUS_SECRET",
                  ItFreeRadius.SECRET),
              // the code request's answer is out: the code is in the outbox, typed as asked
              line -> line.startsWith("{") ? ItWifi.codeSentTo(phone) : null);
      assertThat(out)
          .as(radius.log())
          .contains("Received Access-Accept")
          .contains("Session-Timeout = 7200")
          .contains("WISPr-Bandwidth-Max-Up = 8192000")
          .contains("WISPr-Bandwidth-Max-Down = 16384000")
          .contains("ChilliSpot-Max-Total-Octets = 2147483648");
    }
  }

  /** The {@code index}-th fenced bash block under the README's {@code heading}. */
  static String block(String heading, int index) throws IOException {
    List<String> lines = Files.readAllLines(README);
    int at = lines.indexOf(heading);
    assertThat(at).as("README has " + heading).isNotNegative();
    List<String> blocks = new ArrayList<>();
    StringBuilder current = null;
    for (String line : lines.subList(at + 1, lines.size())) {
      if (line.startsWith("## ")) {
        break;
      }
      if (current == null && line.equals("```bash")) {
        current = new StringBuilder();
      } else if (current != null && line.equals("```")) {
        blocks.add(current.toString());
        current = null;
      } else if (current != null) {
        current.append(line).append('\n');
      }
    }
    assertThat(blocks).as(heading + " has a bash block " + index).hasSizeGreaterThan(index);
    return blocks.get(index);
  }

  /**
   * Runs a script with bash; each line it prints goes to {@code answer}, and a non-null answer is
   * typed on its standard input (as a person would, after reading it).
   */
  static String run(String script, Map<String, String> env, Function<String, String> answer)
      throws Exception {
    Path file = Files.createTempFile("atrium-readme-", ".sh");
    try {
      Files.writeString(file, script);
      ProcessBuilder pb = new ProcessBuilder("bash", file.toString()).redirectErrorStream(true);
      pb.environment().putAll(env);
      Process p = pb.start();
      StringBuilder out = new StringBuilder();
      try (BufferedReader r =
              new BufferedReader(
                  new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
          Writer w = new java.io.OutputStreamWriter(p.getOutputStream(), StandardCharsets.UTF_8)) {
        String line;
        while ((line = r.readLine()) != null) {
          out.append(line).append('\n');
          String typed = answer.apply(line);
          if (typed != null) {
            w.write(typed + "\n");
            w.flush();
          }
        }
      }
      assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("the script ends: " + out).isTrue();
      assertThat(p.exitValue()).as(out.toString()).isZero();
      return out.toString();
    } finally {
      Files.deleteIfExists(file);
    }
  }

  static String base() {
    return RunningAtrium.baseUri().toString().replaceAll("/+$", "");
  }

  static JsonObject json(String text) {
    try (var reader = Json.createReader(new StringReader(text.strip()))) {
      return reader.readObject();
    }
  }

  static BigDecimal deposit() {
    return (BigDecimal)
        RunningAtrium.database()
            .value("select deposit_balance from partner where code = 'DEMOBANK'");
  }
}
