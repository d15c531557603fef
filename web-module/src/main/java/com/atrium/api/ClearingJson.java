package com.atrium.api;

import com.atrium.clearing.BlockMovement;
import com.atrium.clearing.DisputeList;
import com.atrium.clearing.DisputeView;
import com.atrium.clearing.SettlementPage;
import com.atrium.clearing.StatementLine;
import com.atrium.platform.DomainException;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

/**
 * JSON of clearing shared by the operators' and the tenant managers' resources: disputes, statement
 * lines, and the paging parameters every list takes.
 */
public final class ClearingJson {

  /** Items per page unless asked otherwise. */
  public static final int DEFAULT_LIMIT = 50;

  private ClearingJson() {}

  public static JsonObjectBuilder dispute(DisputeView d) {
    JsonObjectBuilder b =
        Json.createObjectBuilder()
            .add("id", d.id())
            .add("runId", d.runId())
            .add("periodKind", d.periodKind().name())
            .add("periodStart", d.periodStart().toString())
            .add("periodEnd", d.periodEnd().toString())
            .add("statementId", d.statementId());
    if (d.lineId() != null) {
      b.add("lineId", d.lineId());
    }
    b.add("tenantId", d.tenantId())
        .add("tenant", d.tenantCode())
        .add("status", d.status().name())
        .add("comment", d.comment())
        .add("raisedBy", d.raisedBy())
        .add("raisedAt", d.raisedAt().toString());
    if (d.answeredAt() != null) {
      b.add("answer", d.answer())
          .add("answeredBy", d.answeredBy())
          .add("answeredAt", d.answeredAt().toString());
    }
    if (d.correction() != null) {
      b.add("correction", d.correction());
    }
    if (d.carriedRunId() != null) {
      b.add("carriedRunId", d.carriedRunId());
    }
    return b;
  }

  public static String disputes(DisputeList list) {
    JsonArrayBuilder items = Json.createArrayBuilder();
    list.disputes().forEach(d -> items.add(dispute(d)));
    return Json.createObjectBuilder()
        .add("disputes", items)
        .add("offset", list.offset())
        .add("limit", list.limit())
        .add("total", list.total())
        .build()
        .toString();
  }

  /** A prepaid tenant's block movement over the statement's period, in points. */
  public static JsonObjectBuilder block(BlockMovement m) {
    return Json.createObjectBuilder()
        .add("opening", m.opening())
        .add("purchased", m.purchased())
        .add("drawn", m.drawn())
        .add("closing", m.closing())
        .add("overdraft", m.overdraft());
  }

  /**
   * A statement line's own figures: kind, rate period, points, rate, amount, and a parking line's
   * minutes or a memo line's memo.
   */
  public static JsonObjectBuilder line(StatementLine l) {
    JsonObjectBuilder b =
        Json.createObjectBuilder()
            .add("kind", l.kind().name())
            .add("from", l.from().toString())
            .add("to", l.to().toString())
            .add("points", l.points());
    if (l.rate() != null) {
      b.add("rate", l.rate());
    }
    b.add("amount", l.amount());
    // a parking line's free minutes; a memo line's CNY (its amount is 0.00)
    if (l.minutes() != null) {
      b.add("minutes", l.minutes());
    }
    if (l.memo() != null) {
      b.add("memo", l.memo());
    }
    return b;
  }

  /** A whole number query parameter; absent: the default; its bounds are the service's. */
  public static int number(String value, int absent, String field, String code) {
    if (value == null || value.isBlank()) {
      return absent;
    }
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw DomainException.invalid(code, field, field + " is a whole number");
    }
  }

  public static int offset(String value) {
    return number(value, 0, "offset", "OFFSET_INVALID");
  }

  public static int limit(String value) {
    return number(value, DEFAULT_LIMIT, "limit", "LIMIT_INVALID");
  }

  /** The keyset of a drill-down: the entry id to page after; absent, 0 (from the first). */
  public static long after(String value) {
    if (value == null || value.isBlank()) {
      return 0;
    }
    try {
      return Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      throw DomainException.invalid("AFTER_INVALID", "after", "after is an entry id");
    }
  }

  /**
   * A page of a parking line's charges (docs/clearing.md, "Parking"), as finance and a tenant's
   * manager read it: each charge with its session, payer, minutes, CNY, its release time when the
   * settlement was released after the run was computed, and a spend charge's sales by receipt.
   */
  public static String settlements(SettlementPage page) {
    JsonArrayBuilder charges = Json.createArrayBuilder();
    page.charges()
        .forEach(
            c -> {
              JsonArrayBuilder sales = Json.createArrayBuilder();
              c.sales()
                  .forEach(
                      x -> {
                        JsonObjectBuilder sale =
                            Json.createObjectBuilder()
                                .add("saleId", x.saleId())
                                .add("tenantId", x.tenantId())
                                .add("amount", x.amount());
                        if (x.receiptNumber() != null) {
                          sale.add("receiptNumber", x.receiptNumber());
                        }
                        sales.add(sale);
                      });
              JsonObjectBuilder b =
                  Json.createObjectBuilder()
                      .add("chargeId", c.chargeId())
                      .add("settlementId", c.settlementId())
                      .add("sessionId", c.sessionId())
                      .add("businessDay", c.businessDay().toString())
                      .add("settledAt", c.settledAt().toString())
                      .add("payerKind", c.payerKind())
                      .add("reason", c.reason())
                      .add("minutes", c.minutes())
                      .add("amount", c.amount())
                      .add("sales", sales);
              if (c.tenantId() != null) {
                b.add("tenantId", c.tenantId());
              }
              if (c.partnerCode() != null) {
                b.add("partner", c.partnerCode());
              }
              if (c.releasedAt() != null) {
                b.add("releasedAt", c.releasedAt().toString());
              }
              charges.add(b);
            });
    return Json.createObjectBuilder()
        .add("charges", charges)
        .add("after", page.after())
        .add("limit", page.limit())
        .add("settlements", page.settlements())
        .build()
        .toString();
  }
}
