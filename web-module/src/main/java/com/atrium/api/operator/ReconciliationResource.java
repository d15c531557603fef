package com.atrium.api.operator;

import com.atrium.api.ClearingJson;
import com.atrium.api.partner.ReconciliationFilesResource;
import com.atrium.partner.MismatchKind;
import com.atrium.partner.MismatchStatus;
import com.atrium.partner.MismatchView;
import com.atrium.partner.PartnerReconciliation;
import com.atrium.partner.ReconSummary;
import com.atrium.platform.DomainException;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.List;

/**
 * Finance's side of partner reconciliation (docs/partners.md, "Reconciliation"): a partner's daily
 * file, the upload of the file a partner sent by other means, and the mismatch queues.
 */
@Path("/v1/operator/partner-reconciliation")
@ApplicationScoped
public class ReconciliationResource {

  @EJB PartnerReconciliation reconciliation;

  @GET
  @Path("files/{partner}/{day}")
  @Produces("text/csv;charset=UTF-8")
  public Response file(@PathParam("partner") String partner, @PathParam("day") String day) {
    return Response.ok(reconciliation.dailyFile(partner, ReconciliationFilesResource.day(day)))
        .header(
            "Content-Disposition",
            "attachment; filename=\"atrium-" + partner + "-" + day + ".csv\"")
        .build();
  }

  @PUT
  @Path("files/{partner}/{day}")
  @Consumes({"text/csv", MediaType.TEXT_PLAIN})
  @Produces(MediaType.APPLICATION_JSON)
  public ReconSummary upload(
      @PathParam("partner") String partner, @PathParam("day") String day, InputStream body) {
    return reconciliation.upload(
        partner, ReconciliationFilesResource.day(day), ReconciliationFilesResource.text(body));
  }

  @GET
  @Path("mismatches")
  @Produces(MediaType.APPLICATION_JSON)
  public List<MismatchView> mismatches(
      @QueryParam("partner") String partner,
      @QueryParam("kind") String kind,
      @QueryParam("status") String status,
      @QueryParam("offset") String offset,
      @QueryParam("limit") String limit) {
    return reconciliation.mismatches(
        partner,
        value(MismatchKind.class, kind, "kind"),
        value(MismatchStatus.class, status, "status"),
        ClearingJson.offset(offset),
        ClearingJson.limit(limit));
  }

  @POST
  @Path("mismatches/{id}/resolution")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public MismatchView resolve(@PathParam("id") long id, String body) {
    JsonObject o = JsonBodies.object(body);
    if (!(o.get("reason") instanceof JsonString reason)) {
      throw DomainException.invalid(
          "RESOLUTION_REASON_INVALID", "reason", "Give the reason as a text");
    }
    return reconciliation.resolve(id, reason.getString());
  }

  private static <E extends Enum<E>> E value(Class<E> type, String raw, String field) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, raw);
    } catch (IllegalArgumentException e) {
      throw DomainException.invalid("FILTER_INVALID", field, raw + " is not a known " + field);
    }
  }
}
