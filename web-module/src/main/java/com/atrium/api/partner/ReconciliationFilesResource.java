package com.atrium.api.partner;

import com.atrium.api.problem.Problems;
import com.atrium.partner.PartnerReconciliation;
import com.atrium.partner.ReconFile;
import com.atrium.partner.ReconSummary;
import com.atrium.platform.DomainException;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The signing partner's daily reconciliation file (docs/partners.md, "Reconciliation"): Atrium's
 * file of a business day, and the partner's own file of that day, matched at once.
 */
@Path("v1/partner/reconciliation-files/{day}")
@ApplicationScoped
public class ReconciliationFilesResource {

  static final String CSV = "text/csv";

  /** Largest file accepted: 200,000 lines of about 80 bytes, with room. */
  static final int MAX_BYTES = 16 * 1024 * 1024;

  @EJB PartnerReconciliation reconciliation;

  @GET
  @Produces(CSV + ";charset=UTF-8")
  public Response file(@PathParam("day") String day) {
    LocalDate d = day(day);
    return Response.ok(reconciliation.ownDailyFile(d))
        .header("Content-Disposition", "attachment; filename=\"atrium-" + d + ".csv\"")
        .build();
  }

  @PUT
  @Consumes({CSV, MediaType.TEXT_PLAIN})
  @Produces(MediaType.APPLICATION_JSON)
  public ReconSummary upload(@PathParam("day") String day, InputStream body) {
    return reconciliation.uploadOwn(day(day), text(body));
  }

  /** A business day as yyyy-mm-dd; anything else is RECON_DAY_INVALID. */
  public static LocalDate day(String raw) {
    try {
      return LocalDate.parse(raw);
    } catch (DateTimeParseException e) {
      throw DomainException.invalid("RECON_DAY_INVALID", "day", "The day is yyyy-mm-dd");
    }
  }

  /** The body as UTF-8 text, refused when too large or not UTF-8. */
  public static String text(InputStream body) {
    try {
      byte[] bytes = body == null ? new byte[0] : body.readNBytes(MAX_BYTES + 1);
      if (bytes.length > MAX_BYTES) {
        throw new WebApplicationException(
            Problems.response(
                413,
                "BODY_TOO_LARGE",
                "A reconciliation file holds at most " + MAX_BYTES + " bytes",
                null));
      }
      return ReconFile.utf8(bytes)
          .orElseThrow(
              () ->
                  DomainException.invalid(
                      "RECON_FILE_INVALID", "file", "The file is not UTF-8 text"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
