package com.atrium.portal.operator.audit;

import com.atrium.audit.AuditQuery;
import com.atrium.audit.AuditTrail;
import com.atrium.platform.DomainException;
import com.atrium.tenant.MallConfiguration;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * {@code GET /operator/audit.csv?actor=&action=&subject=&subjectId=&from=&to=}: the audit events
 * the audit log page shows for the same filters, all of them, streamed as CSV ({@link AuditCsv}).
 * {@code from} and {@code to} are business days (yyyy-MM-dd, both included) in the mall's zone.
 * Admins only: web.xml guards the path, {@link AuditTrail} the data.
 */
@WebServlet("/operator/audit.csv")
public class AuditExportServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @EJB AuditTrail trail;
  @Inject MallConfiguration mall;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    ZoneId zone = mall.zone();
    AuditQuery query;
    try {
      query =
          AuditFilter.query(
              request.getParameter("actor"),
              request.getParameter("action"),
              request.getParameter("subject"),
              request.getParameter("subjectId"),
              date(request.getParameter("from")),
              date(request.getParameter("to")),
              zone);
    } catch (DateTimeParseException | DomainException e) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST, "from/to: yyyy-MM-dd, from <= to");
      return;
    }
    response.setContentType("text/csv; charset=UTF-8");
    response.setHeader(
        "Content-Disposition",
        "attachment; filename=\"atrium-audit-" + LocalDate.now(zone) + ".csv\"");
    Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
    try (AuditCsv csv = new AuditCsv(out, zone)) {
      trail.forEach(query, csv::write);
    }
  }

  private static LocalDate date(String text) {
    return text == null || text.isBlank() ? null : LocalDate.parse(text.trim());
  }
}
