package com.atrium.api.merchant;

import com.atrium.api.ClearingJson;
import com.atrium.api.operator.JsonBodies;
import com.atrium.clearing.ClearingDisputes;
import com.atrium.clearing.DisputeView;
import com.atrium.clearing.TenantEntry;
import com.atrium.clearing.TenantEntryPage;
import com.atrium.clearing.TenantStatement;
import com.atrium.clearing.TenantStatementDetail;
import com.atrium.clearing.TenantStatementList;
import com.atrium.clearing.TenantStatements;
import com.atrium.platform.DomainException;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;

/**
 * A tenant manager's own clearing statements (runs in review, approved or closed), one with its
 * lines and disputes, and a dispute raised on one (docs/clearing.md, "Tenant statements and
 * disputes").
 */
@Path("/v1/merchant/clearing/statements")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class MerchantStatementsResource {

  @EJB TenantStatements statements;
  @EJB ClearingDisputes disputes;

  @GET
  public String list(@QueryParam("offset") String offset, @QueryParam("limit") String limit) {
    TenantStatementList list =
        statements.statements(ClearingJson.offset(offset), ClearingJson.limit(limit));
    JsonArrayBuilder items = Json.createArrayBuilder();
    list.statements().forEach(s -> items.add(statement(s)));
    return Json.createObjectBuilder()
        .add("statements", items)
        .add("offset", list.offset())
        .add("limit", list.limit())
        .add("total", list.total())
        .build()
        .toString();
  }

  @GET
  @Path("{id}")
  public String get(@PathParam("id") long id) {
    TenantStatementDetail d = statements.statement(id);
    JsonArrayBuilder lines = Json.createArrayBuilder();
    d.lines().forEach(l -> lines.add(ClearingJson.line(l.line()).add("id", l.id())));
    JsonArrayBuilder raised = Json.createArrayBuilder();
    d.disputes().forEach(x -> raised.add(ClearingJson.dispute(x)));
    return statement(d.statement()).add("lines", lines).add("disputes", raised).build().toString();
  }

  // Drill-down (docs/clearing.md, "Traceability"): a line's journal entries, the member masked.

  @GET
  @Path("{id}/lines/{lineId}/entries")
  public String entries(
      @PathParam("id") long id,
      @PathParam("lineId") long lineId,
      @QueryParam("after") String after,
      @QueryParam("limit") String limit) {
    TenantEntryPage page =
        statements.entries(id, lineId, ClearingJson.after(after), ClearingJson.limit(limit));
    JsonArrayBuilder entries = Json.createArrayBuilder();
    page.entries().forEach(e -> entries.add(entry(e)));
    JsonObjectBuilder b =
        Json.createObjectBuilder()
            .add("entries", entries)
            .add("after", page.after())
            .add("limit", page.limit());
    if (page.total() != null) {
      b.add("total", page.total());
    }
    return b.build().toString();
  }

  // A parking line's drill-down (docs/clearing.md, "Parking"): its charges, sessions and receipts.
  @GET
  @Path("{id}/lines/{lineId}/settlements")
  public String settlements(
      @PathParam("id") long id,
      @PathParam("lineId") long lineId,
      @QueryParam("after") String after,
      @QueryParam("limit") String limit) {
    return ClearingJson.settlements(
        statements.settlements(id, lineId, ClearingJson.after(after), ClearingJson.limit(limit)));
  }

  private static JsonObjectBuilder entry(TenantEntry e) {
    JsonObjectBuilder b =
        Json.createObjectBuilder()
            .add("entryId", e.entryId())
            .add("kind", e.kind().name())
            .add("bookedAt", e.bookedAt().toString())
            .add("occurredAt", e.occurredAt().toString())
            .add("points", e.points());
    if (e.memberCard() != null) {
      b.add("memberCard", e.memberCard());
    }
    if (e.reference() != null) {
      b.add("reference", e.reference());
    }
    if (e.reversesEntryId() != null) {
      b.add("reversesEntryId", e.reversesEntryId());
    }
    return b;
  }

  @POST
  @Path("{id}/disputes")
  public Response dispute(@PathParam("id") long id, String body) {
    JsonObject o = JsonBodies.object(body);
    DisputeView d = disputes.raise(id, lineId(o), comment(o));
    return Response.status(Response.Status.CREATED)
        .entity(ClearingJson.dispute(d).build().toString())
        .build();
  }

  private static JsonObjectBuilder statement(TenantStatement s) {
    JsonObjectBuilder b =
        Json.createObjectBuilder()
            .add("id", s.id())
            .add("runId", s.runId())
            .add("mall", s.mallCode())
            .add("periodKind", s.periodKind().name())
            .add("periodStart", s.periodStart().toString())
            .add("periodEnd", s.periodEnd().toString())
            .add("zone", s.zone())
            .add("runStatus", s.runStatus().name());
    if (s.submittedAt() != null) {
      b.add("submittedAt", s.submittedAt().toString())
          .add("disputeUntil", s.disputeUntil().toString());
    }
    b.add("disputable", s.disputable())
        .add("party", s.party())
        .add("net", s.net())
        .add("lineCount", s.lineCount());
    s.block().ifPresent(m -> b.add("block", ClearingJson.block(m)));
    return b;
  }

  /** Optional: absent or null, the dispute is of the whole statement. */
  private static Long lineId(JsonObject o) {
    JsonValue v = o.get("lineId");
    if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (v instanceof JsonNumber n) {
      // bounds first: a number such as 1e999999999 is never expanded into its digits
      BigDecimal d = n.bigDecimalValue().stripTrailingZeros();
      if (d.scale() <= 0 && d.precision() - d.scale() <= 19) {
        try {
          return d.longValueExact();
        } catch (ArithmeticException e) {
          // beyond a long: refused below
        }
      }
    }
    throw DomainException.invalid("LINE_INVALID", "lineId", "lineId is the id of a line");
  }

  private static String comment(JsonObject o) {
    if (o.get("comment") instanceof JsonString s) {
      return s.getString();
    }
    throw DomainException.invalid(
        "COMMENT_INVALID",
        "comment",
        "comment is 1 to " + ClearingDisputes.COMMENT_MAX + " characters");
  }
}
