package com.atrium.api.operator;

import com.atrium.platform.DomainException;
import com.atrium.report.LiabilityReport;
import com.atrium.report.LiabilityReport.Cost;
import com.atrium.report.LiabilityReport.Issuer;
import com.atrium.report.LiabilityReport.Valued;
import com.atrium.report.LiabilityReportService;
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
import java.util.Optional;

/**
 * The points liability and breakage report of one mall, or of the group for group-wide logins
 * (docs/clearing.md, "Liability and breakage report"), computed from the ledger on each call.
 */
@Path("/v1/operator/reports/liability")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class LiabilityReportsResource {

  @EJB LiabilityReportService reports;

  @GET
  public String report(@QueryParam("mall") String mall) {
    if (mall != null && (mall.isBlank() || mall.length() > 40)) {
      throw DomainException.invalid(
          "MALL_INVALID", "mall", "mall is a mall's code such as XH; leave it out for the group");
    }
    LiabilityReport r = reports.report(mall == null ? null : mall.trim());
    JsonObjectBuilder window =
        Json.createObjectBuilder()
            .add("from", r.windowFrom().toString())
            .add("to", r.asOf().toString())
            .add("firstMonth", r.months().get(0).month().toString())
            .add("lastMonth", r.months().get(r.months().size() - 1).month().toString());
    JsonArrayBuilder byIssuer = Json.createArrayBuilder();
    r.byIssuer()
        .forEach(
            t -> byIssuer.add(valued(issuer(t.issuer()).addAll(cost(t.cost())), t.outstanding())));
    JsonArrayBuilder byMonth = Json.createArrayBuilder();
    r.byExpiryMonth()
        .forEach(
            m ->
                byMonth.add(
                    valued(
                        Json.createObjectBuilder().add("expiryMonth", m.month().toString()),
                        m.outstanding())));
    JsonArrayBuilder rows = Json.createArrayBuilder();
    r.rows()
        .forEach(
            row ->
                rows.add(
                    issuer(row.issuer())
                        .add("expiryMonth", row.expiryMonth().toString())
                        .add("points", row.points())
                        .add("lots", row.lots())
                        .add("atPointValue", row.atPointValue())
                        .addAll(cost(row.cost()))
                        .add("atCost", row.atCost())));
    JsonArrayBuilder months = Json.createArrayBuilder();
    r.months()
        .forEach(
            m ->
                months.add(
                    Json.createObjectBuilder()
                        .add("month", m.month().toString())
                        .add("redeemed", m.redeemed())
                        .add("expired", m.expired())));
    JsonArrayBuilder expired = Json.createArrayBuilder();
    r.expired()
        .forEach(
            e ->
                expired.add(
                    issuer(e.issuer())
                        .add("month", e.month().toString())
                        .add("points", e.points())));
    JsonObjectBuilder rates =
        Json.createObjectBuilder()
            .add("redeemed", r.rates().redeemed())
            .add("expired", r.rates().expired())
            .add("settled", r.rates().settled());
    rate(rates, "redemptionRate", r.rates().redemptionRate());
    rate(rates, "breakageRate", r.rates().breakageRate());
    JsonObjectBuilder body = Json.createObjectBuilder();
    if (r.mallCode() == null) {
      body.addNull("mall");
    } else {
      body.add("mall", r.mallCode());
    }
    body.add("zone", r.zone().getId())
        .add("asOf", r.asOf().toString())
        .add("pointValue", r.pointValue())
        .add("window", window)
        .add(
            "outstanding",
            valued(Json.createObjectBuilder(), r.outstanding())
                .add("byIssuer", byIssuer)
                .add("byExpiryMonth", byMonth)
                .add("rows", rows))
        .add("months", months)
        .add("expired", expired)
        .add("rates", rates);
    if (r.expectedBreakage().isPresent()) {
      body.add("expectedBreakage", valued(Json.createObjectBuilder(), r.expectedBreakage().get()));
    } else {
      body.addNull("expectedBreakage");
    }
    return body.build().toString();
  }

  private static JsonObjectBuilder issuer(Issuer issuer) {
    return Json.createObjectBuilder()
        .add("issuerKind", issuer.kind().name())
        .add("issuer", issuer.code())
        .add("issuerName", issuer.name());
  }

  private static JsonObjectBuilder cost(Cost cost) {
    return Json.createObjectBuilder()
        .add("costPerPoint", cost.perPoint())
        .add("costBasis", cost.basis().name());
  }

  private static JsonObjectBuilder valued(JsonObjectBuilder b, Valued v) {
    return b.add("points", v.points())
        .add("atPointValue", v.atPointValue())
        .add("atCost", v.atCost());
  }

  private static void rate(JsonObjectBuilder b, String name, Optional<BigDecimal> rate) {
    if (rate.isPresent()) {
      b.add(name, rate.get());
    } else {
      b.addNull(name);
    }
  }
}
