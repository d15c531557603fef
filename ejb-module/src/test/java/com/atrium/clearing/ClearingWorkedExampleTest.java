package com.atrium.clearing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/clearing.md's worked example, number for number: the figures, blocks, breakage share,
 * partners' exchanges and deposits and the parking charges between its {@code example:} markers go
 * into {@link StatementArithmetic}, and every line (with its parking minutes and memo), block and
 * net it computes must be the page's. Editing either side alone fails this test.
 */
class ClearingWorkedExampleTest {

  static final Path DOC = Path.of("../docs/clearing.md");
  static final ZoneId MALL_ZONE = ZoneId.of("Asia/Shanghai");

  @Test
  void theDocumentsWorkedExampleIsWhatTheArithmeticComputes() throws IOException {
    String doc = Files.readString(DOC);
    BigDecimal share = new BigDecimal(section(doc, "breakage-share").trim());
    Map<String, List<String>> blocks = new LinkedHashMap<>();
    for (List<String> row : table(section(doc, "blocks"))) {
      blocks.put(row.get(0), row);
    }

    Map<String, List<List<String>>> figuresByParty = new LinkedHashMap<>();
    for (List<String> row : table(section(doc, "figures"))) {
      figuresByParty.computeIfAbsent(row.get(0), p -> new ArrayList<>()).add(row);
    }
    assertThat(figuresByParty).hasSize(3);
    Map<String, List<List<String>>> exchangesByParty = new LinkedHashMap<>();
    for (List<String> row : table(section(doc, "exchanges"))) {
      exchangesByParty.computeIfAbsent(row.get(0), p -> new ArrayList<>()).add(row);
    }
    assertThat(exchangesByParty).hasSize(2);
    Map<String, List<String>> deposits = new LinkedHashMap<>();
    for (List<String> row : table(section(doc, "deposits"))) {
      deposits.put(row.get(0), row);
    }
    Map<String, ParkingFigures> parking = new LinkedHashMap<>();
    for (List<String> row : table(section(doc, "parking"))) {
      parking.put(
          row.get(0),
          new ParkingFigures(
              new BigDecimal(row.get(1)), new BigDecimal(row.get(2)), LineTrace.NONE));
    }

    List<Statement> tenants = new ArrayList<>();
    for (var party : figuresByParty.entrySet()) {
      List<RatedPoints> periods = new ArrayList<>();
      SettlementMode mode = SettlementMode.valueOf(party.getValue().get(0).get(1));
      for (List<String> r : party.getValue()) {
        periods.add(
            new RatedPoints(
                new RatePeriod(
                    day(r.get(2)),
                    day(r.get(3)),
                    new BigDecimal(r.get(4)),
                    new BigDecimal(r.get(5)),
                    new BigDecimal(r.get(6))),
                new PointFigures(
                    Long.parseLong(r.get(7)),
                    Long.parseLong(r.get(8)),
                    Long.parseLong(r.get(9)),
                    Long.parseLong(r.get(10)),
                    Long.parseLong(r.get(11)))));
      }
      TenantFigures figures =
          mode == SettlementMode.PREPAID
              ? TenantFigures.prepaid(
                  party.getKey(),
                  new PrepaidBlock(
                      Long.parseLong(blocks.get(party.getKey()).get(1)),
                      Long.parseLong(blocks.get(party.getKey()).get(2))),
                  periods)
              : TenantFigures.postpaid(party.getKey(), periods);
      tenants.add(
          StatementArithmetic.withParking(
              StatementArithmetic.tenantStatement(figures, share),
              day("2026-11-01"),
              day("2026-12-01"),
              parking.getOrDefault(party.getKey(), ParkingFigures.NONE)));
    }
    List<Statement> others = new ArrayList<>(tenants);
    for (var partner : exchangesByParty.entrySet()) {
      List<ExchangeFigures> exchanges = new ArrayList<>();
      for (List<String> r : partner.getValue()) {
        exchanges.add(
            new ExchangeFigures(
                ExchangeFigures.Direction.valueOf(r.get(2)),
                r.get(3).equals("yes"),
                // the worked example's prepaid partner drew every exchange in from its deposit
                r.get(1).equals("PREPAID") && r.get(2).equals("IN"),
                new BigDecimal(r.get(4)),
                Long.parseLong(r.get(5)),
                new BigDecimal(r.get(6)),
                LineTrace.NONE,
                r.get(7).isEmpty()
                    ? null
                    : new Adjustment(
                        Adjustment.Source.ENTRY,
                        Long.parseLong(r.get(7)),
                        r.get(8),
                        day(r.get(9)))));
      }
      List<String> d = deposits.get(partner.getKey());
      others.add(
          StatementArithmetic.partnerStatement(
              new PartnerFigures(
                  partner.getKey(),
                  SettlementMode.valueOf(partner.getValue().get(0).get(1)),
                  exchanges,
                  d == null
                      ? null
                      : new DepositFigures(
                          new BigDecimal(d.get(1)),
                          new BigDecimal(d.get(2)),
                          new BigDecimal(d.get(3)),
                          new BigDecimal(d.get(4)),
                          new BigDecimal(d.get(5))),
                  parking.getOrDefault(partner.getKey(), ParkingFigures.NONE)),
              day("2026-11-01"),
              day("2026-12-01")));
    }
    List<Statement> all = new ArrayList<>(others);
    all.add(
        StatementArithmetic.operatorStatement(
            "OPERATOR",
            day("2026-11-01"),
            day("2026-12-01"),
            others,
            parking.getOrDefault("OPERATOR", ParkingFigures.NONE)));

    List<String> computedLines = new ArrayList<>();
    List<String> computedMinutes = new ArrayList<>();
    for (Statement s : all) {
      for (StatementLine l : s.lines()) {
        computedLines.add(
            String.join(
                " | ",
                s.party(),
                l.kind().name(),
                l.from().toString(),
                l.to().toString(),
                Long.toString(l.points()),
                l.rate() == null ? "" : l.rate().toPlainString(),
                l.amount().toPlainString()));
        // a parking line's minutes and a memo line's CNY are written in the page's "exact" column
        if (l.minutes() != null) {
          computedMinutes.add(
              s.party() + " " + l.kind() + " " + l.minutes().toPlainString() + " min");
        }
        if (l.memo() != null) {
          computedMinutes.add(s.party() + " " + l.kind() + " memo " + l.memo().toPlainString());
        }
      }
    }
    List<String> documentedLines = new ArrayList<>();
    for (List<String> r : table(section(doc, "lines"))) {
      documentedLines.add(
          String.join(
              " | ",
              r.get(0),
              r.get(1),
              day(r.get(2)).toString(),
              day(r.get(3)).toString(),
              r.get(4),
              r.get(5),
              r.get(7)));
    }
    assertThat(computedLines).containsExactlyElementsOf(documentedLines);
    List<String> documentedMinutes = new ArrayList<>();
    Pattern minutes = Pattern.compile("(\\d+\\.\\d{2}) min");
    Pattern memo = Pattern.compile("memo (\\d+\\.\\d{2})");
    for (List<String> r : table(section(doc, "lines"))) {
      Matcher m = minutes.matcher(r.get(6));
      if (m.find()) {
        documentedMinutes.add(r.get(0) + " " + r.get(1) + " " + m.group(1) + " min");
      }
      Matcher o = memo.matcher(r.get(6));
      if (o.find()) {
        documentedMinutes.add(r.get(0) + " " + r.get(1) + " memo " + o.group(1));
      }
    }
    assertThat(computedMinutes).containsExactlyElementsOf(documentedMinutes);

    Map<String, String> computedNets = new LinkedHashMap<>();
    all.forEach(s -> computedNets.put(s.party(), s.net().toPlainString()));
    Map<String, String> documentedNets = new LinkedHashMap<>();
    table(section(doc, "nets")).forEach(r -> documentedNets.put(r.get(0), r.get(1)));
    assertThat(computedNets).containsExactlyEntriesOf(documentedNets);
    assertThat(all.stream().map(Statement::net).reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo("0.00");

    for (Statement s : tenants) {
      s.block()
          .ifPresent(
              b ->
                  assertThat(
                          List.of(
                              b.opening(), b.purchased(), b.drawn(), b.closing(), b.overdraft()))
                      .as("block of %s", s.party())
                      .containsExactlyElementsOf(
                          blocks.get(s.party()).subList(1, 6).stream()
                              .map(Long::parseLong)
                              .toList()));
    }
    assertThat(tenants.stream().filter(s -> s.block().isPresent()).map(Statement::party))
        .containsExactlyElementsOf(blocks.keySet());
  }

  private static Instant day(String date) {
    return LocalDate.parse(date).atStartOfDay(MALL_ZONE).toInstant();
  }

  /** The text between {@code <!-- example:name -->} and {@code <!-- /example:name -->}. */
  private static String section(String doc, String name) {
    Matcher m =
        Pattern.compile(
                "<!-- example:" + name + " -->(.*?)<!-- /example:" + name + " -->", Pattern.DOTALL)
            .matcher(doc);
    assertThat(m.find()).as("docs/clearing.md has the example:%s section", name).isTrue();
    return m.group(1);
  }

  /** The body rows of a markdown table, cells trimmed, the header and its rule left out. */
  private static List<List<String>> table(String text) {
    List<List<String>> rows = new ArrayList<>();
    for (String line : text.strip().split("\n")) {
      if (!line.startsWith("|")) {
        continue;
      }
      List<String> cells = new ArrayList<>();
      for (String cell : line.substring(1, line.length() - 1).split("\\|", -1)) {
        cells.add(cell.trim());
      }
      rows.add(cells);
    }
    assertThat(rows.size()).as("a header, its rule and rows").isGreaterThan(2);
    return rows.subList(2, rows.size());
  }
}
