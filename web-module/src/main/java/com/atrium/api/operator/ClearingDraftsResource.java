package com.atrium.api.operator;

import com.atrium.api.ClearingJson;
import com.atrium.clearing.ClearingCalculator;
import com.atrium.clearing.DraftRun;
import com.atrium.clearing.Statement;
import com.atrium.clearing.StatementLine;
import com.atrium.ledger.BookedPeriod;
import com.atrium.platform.DomainException;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * Draft clearing statements of one mall and booked period, computed from the ledger on each call
 * and kept nowhere (docs/clearing.md, "Draft statements").
 */
@Path("/v1/operator/clearing/drafts")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class ClearingDraftsResource {

  /** Booked time the databases can hold: nothing is booked outside it. */
  static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");

  static final Instant LATEST = Instant.parse("9999-12-31T00:00:00Z");

  /** A draft covers at most a year of booked time. */
  static final Duration LONGEST = Duration.ofDays(366);

  @EJB ClearingCalculator calculator;

  @GET
  public String draft(
      @QueryParam("mall") String mall,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("breakageSharePercent") String breakageShare) {
    if (mall == null || mall.isBlank()) {
      throw DomainException.invalid("MALL_INVALID", "mall", "mall is a mall's code such as XH");
    }
    Instant start = instant(from, "from");
    Instant end = instant(to, "to");
    if (!end.isAfter(start)) {
      throw DomainException.invalid("PERIOD_INVALID", "to", "to is after from");
    }
    if (Duration.between(start, end).compareTo(LONGEST) > 0) {
      throw DomainException.invalid("PERIOD_TOO_LONG", "to", "A draft covers at most 366 days");
    }
    DraftRun run =
        calculator.draft(mall.trim(), new BookedPeriod(start, end), percent(breakageShare));
    JsonArrayBuilder statements = Json.createArrayBuilder();
    run.statements().forEach(s -> statements.add(statement(s)));
    return Json.createObjectBuilder()
        .add("mall", run.mallCode())
        .add("from", run.from().toString())
        .add("to", run.to().toString())
        .add("statements", statements)
        .build()
        .toString();
  }

  private static JsonObjectBuilder statement(Statement s) {
    JsonArrayBuilder lines = Json.createArrayBuilder();
    for (StatementLine l : s.lines()) {
      lines.add(ClearingLinesJson.line(l));
    }
    JsonObjectBuilder b =
        Json.createObjectBuilder().add("party", s.party()).add("net", s.net()).add("lines", lines);
    s.block().ifPresent(m -> b.add("block", ClearingJson.block(m)));
    return b;
  }

  private static Instant instant(String value, String field) {
    try {
      if (value != null) {
        Instant at = Instant.parse(value);
        if (!at.isBefore(EARLIEST) && !at.isAfter(LATEST)) {
          return at;
        }
      }
    } catch (DateTimeParseException e) {
      // refused below, with the field's name
    }
    throw DomainException.invalid(
        "PERIOD_INVALID",
        field,
        field + " is an ISO-8601 instant from 1970 to 9999 such as 2026-10-31T16:00:00Z");
  }

  /** Absent: null, the mall's configured share; its bounds are the calculator's to check. */
  private static BigDecimal percent(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      if (value.length() <= 12) {
        return new BigDecimal(value.trim());
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw DomainException.invalid(
        "BREAKAGE_SHARE_INVALID",
        "breakageSharePercent",
        "breakageSharePercent is a percentage from 0 to 100");
  }
}
