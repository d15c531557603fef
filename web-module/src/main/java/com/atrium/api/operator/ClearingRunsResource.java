package com.atrium.api.operator;

import com.atrium.api.ClearingJson;
import com.atrium.clearing.ClearingDisputes;
import com.atrium.clearing.ClearingRuns;
import com.atrium.clearing.ClearingTraces;
import com.atrium.clearing.DepositPage;
import com.atrium.clearing.FeePage;
import com.atrium.clearing.LinePage;
import com.atrium.clearing.PeriodKind;
import com.atrium.clearing.RunDetail;
import com.atrium.clearing.RunList;
import com.atrium.clearing.RunView;
import com.atrium.clearing.SettlementPage;
import com.atrium.clearing.StoredStatement;
import com.atrium.clearing.TracedEntryPage;
import com.atrium.platform.Clock;
import com.atrium.platform.DomainException;
import com.atrium.web.clearing.ExportFormat;
import com.atrium.web.clearing.StatementExports;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Clearing runs for finance and the admin: list, one run with its statements, a statement's lines a
 * page at a time, start, compute again, submit, approve, close (docs/clearing.md, "Runs"); a
 * statement as CSV, XLSX or PDF and the run as one XLSX ("Exports").
 */
@Path("/v1/operator/clearing/runs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class ClearingRunsResource {

  /** Lines and runs per page unless asked otherwise. */
  @EJB ClearingRuns runs;

  @Inject Clock clock;
  @EJB ClearingTraces traces;
  @EJB ClearingDisputes disputes;

  @GET
  public String list(
      @QueryParam("mall") String mall,
      @QueryParam("offset") String offset,
      @QueryParam("limit") String limit) {
    RunList list =
        runs.runs(
            mall == null || mall.isBlank() ? null : mall.trim(),
            ClearingJson.offset(offset),
            ClearingJson.limit(limit));
    JsonArrayBuilder items = Json.createArrayBuilder();
    list.runs().forEach(r -> items.add(run(r)));
    return Json.createObjectBuilder()
        .add("runs", items)
        .add("offset", list.offset())
        .add("limit", list.limit())
        .add("total", list.total())
        .build()
        .toString();
  }

  @POST
  public Response start(String body, @Context UriInfo uri) {
    JsonObject o = JsonBodies.object(body);
    RunDetail d = runs.start(mall(o), kind(o), day(o), share(o));
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(d.run().id())).build())
        .entity(detail(d))
        .build();
  }

  @GET
  @Path("{id}")
  public String get(@PathParam("id") long id) {
    return detail(runs.run(id));
  }

  @GET
  @Path("{id}/statements/{statementId}/lines")
  public String lines(
      @PathParam("id") long id,
      @PathParam("statementId") long statementId,
      @QueryParam("offset") String offset,
      @QueryParam("limit") String limit) {
    LinePage page =
        runs.lines(id, statementId, ClearingJson.offset(offset), ClearingJson.limit(limit));
    JsonArrayBuilder lines = Json.createArrayBuilder();
    page.lines().forEach(l -> lines.add(ClearingLinesJson.line(l)));
    return Json.createObjectBuilder()
        .add("lines", lines)
        .add("offset", page.offset())
        .add("limit", page.limit())
        .add("total", page.total())
        .build()
        .toString();
  }

  // Exports (docs/clearing.md, "Exports"): the stored statement rendered as a file.

  @GET
  @Path("{id}/statements/{statementId}/export.csv")
  @Produces("text/csv")
  public Response exportCsv(@PathParam("id") long id, @PathParam("statementId") long statementId) {
    return export(id, statementId, ExportFormat.CSV);
  }

  @GET
  @Path("{id}/statements/{statementId}/export.xlsx")
  @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
  public Response exportXlsx(@PathParam("id") long id, @PathParam("statementId") long statementId) {
    return export(id, statementId, ExportFormat.XLSX);
  }

  @GET
  @Path("{id}/statements/{statementId}/export.pdf")
  @Produces("application/pdf")
  public Response exportPdf(@PathParam("id") long id, @PathParam("statementId") long statementId) {
    return export(id, statementId, ExportFormat.PDF);
  }

  @GET
  @Path("{id}/export.xlsx")
  @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
  public Response exportRun(@PathParam("id") long id) {
    return StatementExports.download(runs.runDocument(id), clock.now());
  }

  private Response export(long id, long statementId, ExportFormat format) {
    return StatementExports.download(runs.statementDocument(id, statementId), format, clock.now());
  }

  // A parking line's drill-down (docs/clearing.md, "Parking"): its charges, sessions and sales.
  @GET
  @Path("{id}/statements/{statementId}/lines/{lineId}/settlements")
  public String settlements(
      @PathParam("id") long id,
      @PathParam("statementId") long statementId,
      @PathParam("lineId") long lineId,
      @QueryParam("after") String after,
      @QueryParam("limit") String limit) {
    SettlementPage page =
        traces.settlements(
            id, statementId, lineId, ClearingJson.after(after), ClearingJson.limit(limit));
    return ClearingJson.settlements(page);
  }

  // An exchange fee line's drill-down (docs/clearing.md, "Partners"): its exchanges, each fee.
  @GET
  @Path("{id}/statements/{statementId}/lines/{lineId}/exchanges")
  public String exchanges(
      @PathParam("id") long id,
      @PathParam("statementId") long statementId,
      @PathParam("lineId") long lineId,
      @QueryParam("after") String after,
      @QueryParam("limit") String limit) {
    FeePage page =
        traces.fees(id, statementId, lineId, ClearingJson.after(after), ClearingJson.limit(limit));
    JsonArrayBuilder exchanges = Json.createArrayBuilder();
    page.exchanges()
        .forEach(
            x -> {
              JsonObjectBuilder b =
                  Json.createObjectBuilder()
                      .add("entryId", x.entryId())
                      .add("bookedAt", x.bookedAt().toString())
                      .add("partner", x.partner())
                      .add("partnerTxnId", x.partnerTxnId())
                      .add("direction", x.direction())
                      .add("points", x.points())
                      .add("fee", x.fee())
                      .add("amount", x.amount());
              if (x.reversesEntryId() != null) {
                b.add("reversesEntryId", x.reversesEntryId());
              }
              exchanges.add(b);
            });
    return Json.createObjectBuilder()
        .add("exchanges", exchanges)
        .add("after", page.after())
        .add("limit", page.limit())
        .add("total", page.total())
        .build()
        .toString();
  }

  // A deposit memo line's drill-down (docs/clearing.md, "Partners"): the deposit's movements.
  @GET
  @Path("{id}/statements/{statementId}/lines/{lineId}/movements")
  public String movements(
      @PathParam("id") long id,
      @PathParam("statementId") long statementId,
      @PathParam("lineId") long lineId,
      @QueryParam("after") String after,
      @QueryParam("limit") String limit) {
    DepositPage page =
        traces.movements(
            id, statementId, lineId, ClearingJson.after(after), ClearingJson.limit(limit));
    JsonArrayBuilder movements = Json.createArrayBuilder();
    page.movements()
        .forEach(
            m -> {
              JsonObjectBuilder b =
                  Json.createObjectBuilder()
                      .add("movementId", m.movementId())
                      .add("at", m.at().toString())
                      .add("reason", m.reason())
                      .add("amount", m.amount())
                      .add("memo", m.memo())
                      .add("balanceAfter", m.balanceAfter());
              if (m.reference() != null) {
                b.add("reference", m.reference());
              }
              if (m.partnerTxnId() != null) {
                b.add("partnerTxnId", m.partnerTxnId());
              }
              movements.add(b);
            });
    return Json.createObjectBuilder()
        .add("movements", movements)
        .add("after", page.after())
        .add("limit", page.limit())
        .build()
        .toString();
  }

  @GET
  @Path("{id}/statements/{statementId}/lines/{lineId}/entries")
  public String entries(
      @PathParam("id") long id,
      @PathParam("statementId") long statementId,
      @PathParam("lineId") long lineId,
      @QueryParam("after") String after,
      @QueryParam("offset") String offset,
      @QueryParam("limit") String limit) {
    TracedEntryPage page =
        traces.entries(
            id,
            statementId,
            lineId,
            ClearingJson.after(after),
            ClearingJson.offset(offset),
            ClearingJson.limit(limit));
    JsonArrayBuilder entries = Json.createArrayBuilder();
    page.entries()
        .forEach(
            e -> {
              JsonObjectBuilder b =
                  Json.createObjectBuilder()
                      .add("entryId", e.entryId())
                      .add("kind", e.kind().name())
                      .add("bookedAt", e.bookedAt().toString())
                      .add("occurredAt", e.occurredAt().toString())
                      .add("points", e.points());
              if (e.memberId() != null) {
                b.add("memberId", e.memberId());
              }
              if (e.description() != null) {
                b.add("reference", e.description());
              }
              if (e.reversesEntryId() != null) {
                b.add("reversesEntryId", e.reversesEntryId());
              }
              entries.add(b);
            });
    JsonObjectBuilder b =
        Json.createObjectBuilder()
            .add("entries", entries)
            .add("offset", page.offset())
            .add("limit", page.limit());
    if (page.total() != null) {
      b.add("total", page.total());
    }
    return b.build().toString();
  }

  @GET
  @Path("{id}/disputes")
  public String disputes(
      @PathParam("id") long id,
      @QueryParam("offset") String offset,
      @QueryParam("limit") String limit) {
    return ClearingJson.disputes(
        disputes.ofRun(id, ClearingJson.offset(offset), ClearingJson.limit(limit)));
  }

  // The transitions take no body; one sent anyway is read and ignored, since a body left unread
  // stalls the client that is still writing it.

  @POST
  @Path("{id}/recomputation")
  public String recompute(@PathParam("id") long id, String ignoredBody) {
    return detail(runs.recompute(id));
  }

  @POST
  @Path("{id}/submission")
  public String submit(@PathParam("id") long id, String ignoredBody) {
    return detail(runs.submit(id));
  }

  @POST
  @Path("{id}/approval")
  public String approve(@PathParam("id") long id, String ignoredBody) {
    return detail(runs.approve(id));
  }

  @POST
  @Path("{id}/closing")
  public String close(@PathParam("id") long id, String ignoredBody) {
    return detail(runs.close(id));
  }

  private static String detail(RunDetail d) {
    JsonArrayBuilder statements = Json.createArrayBuilder();
    d.statements().forEach(s -> statements.add(statement(s)));
    return run(d.run()).add("statements", statements).build().toString();
  }

  private static JsonObjectBuilder run(RunView r) {
    JsonObjectBuilder b =
        Json.createObjectBuilder()
            .add("id", r.id())
            .add("mall", r.mallCode())
            .add("periodKind", r.periodKind().name())
            .add("periodStart", r.periodStart().toString())
            .add("periodEnd", r.periodEnd().toString())
            .add("zone", r.zone())
            .add("bookedFrom", r.bookedFrom().toString())
            .add("bookedTo", r.bookedTo().toString())
            .add("breakageSharePercent", r.breakageSharePercent())
            .add("status", r.status().name())
            .add("digest", r.digest())
            .add("startedBy", r.startedBy())
            .add("startedAt", r.startedAt().toString())
            .add("computedBy", r.computedBy())
            .add("computedAt", r.computedAt().toString());
    optional(b, "submittedBy", r.submittedBy(), "submittedAt", r.submittedAt());
    optional(b, "approvedBy", r.approvedBy(), "approvedAt", r.approvedAt());
    optional(b, "closedBy", r.closedBy(), "closedAt", r.closedAt());
    return b;
  }

  private static void optional(
      JsonObjectBuilder b, String byField, String by, String atField, Instant at) {
    if (by != null) {
      b.add(byField, by).add(atField, at.toString());
    }
  }

  private static JsonObjectBuilder statement(StoredStatement s) {
    JsonObjectBuilder b =
        Json.createObjectBuilder()
            .add("id", s.id())
            .add("partyKind", s.partyKind().name())
            .add("party", s.party());
    if (s.partyId() != null) {
      b.add("partyId", s.partyId());
    }
    b.add("net", s.net()).add("lineCount", s.lineCount());
    s.block().ifPresent(m -> b.add("block", ClearingJson.block(m)));
    return b;
  }

  private static String mall(JsonObject o) {
    if (o.get("mall") instanceof JsonString s && !s.getString().isBlank()) {
      if (s.getString().length() <= 64) {
        return s.getString().trim();
      }
    }
    throw DomainException.invalid("MALL_INVALID", "mall", "mall is a mall's code such as XH");
  }

  private static PeriodKind kind(JsonObject o) {
    if (o.get("periodKind") instanceof JsonString s) {
      for (PeriodKind k : PeriodKind.values()) {
        if (k.name().equals(s.getString())) {
          return k;
        }
      }
    }
    throw DomainException.invalid(
        "PERIOD_KIND_INVALID", "periodKind", "periodKind is DAY or MONTH");
  }

  private static LocalDate day(JsonObject o) {
    try {
      if (o.get("periodStart") instanceof JsonString s && s.getString().length() == 10) {
        return LocalDate.parse(s.getString());
      }
    } catch (DateTimeParseException e) {
      // refused below, with the field's name
    }
    throw DomainException.invalid(
        "PERIOD_START_INVALID",
        "periodStart",
        "periodStart is a day of the mall such as 2026-11-01 (a month starts on its first day)");
  }

  /** Optional; absent or null: the mall's configured share. Bounds are the service's. */
  private static BigDecimal share(JsonObject o) {
    JsonValue v = o.get("breakageSharePercent");
    if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (v instanceof JsonNumber n) {
      BigDecimal d = n.bigDecimalValue();
      if (d.precision() - d.scale() <= 12 && d.scale() <= 12) {
        return d;
      }
    }
    throw DomainException.invalid(
        "BREAKAGE_SHARE_INVALID",
        "breakageSharePercent",
        "breakageSharePercent is a percentage from 0 to 100");
  }
}
