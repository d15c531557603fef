package com.atrium.portal.operator.clearing;

import com.atrium.partner.MismatchKind;
import com.atrium.partner.MismatchStatus;
import com.atrium.partner.MismatchView;
import com.atrium.partner.PartnerDesk;
import com.atrium.partner.PartnerReconciliation;
import com.atrium.partner.PartnerView;
import com.atrium.partner.ReconFile;
import com.atrium.partner.ReconSummary;
import com.atrium.platform.DomainException;
import com.atrium.portal.PortalMessages;
import com.atrium.tenant.MallConfiguration;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * {@code operator/clearing/reconciliation.xhtml}: a partner's business day, Atrium's file of it to
 * download, the partner's file to upload and match, and the mismatch queues finance resolves with a
 * reason. The service matches and judges; its refusal shows at the field it is about.
 */
@Named
@ViewScoped
public class PartnerReconciliationBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Largest file the page reads, as the API's. */
  static final int MAX_BYTES = 16 * 1024 * 1024;

  private static final Map<String, String> FIELDS =
      Map.of("file", "upload:file", "day", "upload:day", "reason", "resolve:reason");

  @EJB PartnerReconciliation reconciliation;
  @EJB PartnerDesk desk;
  @Inject MallConfiguration configuration;

  private List<String> partners;
  private String partner;
  private LocalDate day;
  private transient Part file;
  private ReconSummary summary;
  private MismatchKind kind;
  private MismatchStatus status = MismatchStatus.OPEN;
  private List<MismatchView> rows;
  private MismatchView selected;
  private String reason;

  @PostConstruct
  void init() {
    partners = desk.partners().stream().map(PartnerView::code).toList();
    partner = partners.isEmpty() ? null : partners.get(0);
    day = LocalDate.now(configuration.zone()).minusDays(1);
  }

  /** Runs on every GET, after the {@code partner} and {@code day} parameters. */
  public void load() {
    if (FacesContext.getCurrentInstance().isPostback()) {
      return;
    }
    if (partner == null || !partners.contains(partner)) {
      partner = partners.isEmpty() ? null : partners.get(0);
    }
    if (day == null) {
      day = LocalDate.now(configuration.zone()).minusDays(1);
    }
    search();
  }

  public void search() {
    rows = reconciliation.mismatches(partner, kind, status, 0, 500);
  }

  /** Reads the chosen file as UTF-8 and matches it with the day's exchanges. */
  public void upload() {
    summary = null;
    if (file == null || file.getSize() == 0) {
      PortalMessages.error(
          DomainException.invalid("RECON_FILE_REQUIRED", "file", "Choose the partner's file"),
          FIELDS);
      return;
    }
    try {
      summary = reconciliation.upload(partner, day, text(file));
      PortalMessages.info(
          "recon.uploaded",
          summary.lines(),
          summary.matched(),
          summary.missingInAtrium(),
          summary.missingAtPartner(),
          summary.amountsDiffer());
      status = MismatchStatus.OPEN;
      kind = null;
      search();
    } catch (RuntimeException e) {
      PortalMessages.error(e, FIELDS);
    }
  }

  public void select(MismatchView row) {
    selected = row;
    reason = null;
  }

  public void resolve() {
    try {
      reconciliation.resolve(selected.id(), reason);
      PortalMessages.info("recon.resolved", selected.partnerTxnId());
      selected = null;
      search();
    } catch (RuntimeException e) {
      PortalMessages.error(e, FIELDS);
    }
  }

  /** Atrium's file of the chosen day, through the operators' API with this session. */
  public String getDownloadPath() {
    return partner == null
        ? null
        : "/api/v1/operator/partner-reconciliation/files/" + partner + "/" + day;
  }

  public String moment(Instant at) {
    return PortalMessages.dateTime(at, configuration.zone());
  }

  private static String text(Part part) {
    if (part.getSize() > MAX_BYTES) {
      throw DomainException.invalid(
          "RECON_FILE_TOO_LARGE", "file", "The file is larger than 16 MiB");
    }
    try (InputStream in = part.getInputStream()) {
      return ReconFile.utf8(in.readAllBytes())
          .orElseThrow(
              () ->
                  DomainException.invalid(
                      "RECON_FILE_NOT_UTF8", "file", "The file is not UTF-8 text"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public List<String> getPartners() {
    return partners;
  }

  public String getPartner() {
    return partner;
  }

  public void setPartner(String partner) {
    this.partner = partner;
  }

  public LocalDate getDay() {
    return day;
  }

  public void setDay(LocalDate day) {
    this.day = day;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }

  public ReconSummary getSummary() {
    return summary;
  }

  public MismatchKind getKind() {
    return kind;
  }

  public void setKind(MismatchKind kind) {
    this.kind = kind;
  }

  public MismatchStatus getStatus() {
    return status;
  }

  public void setStatus(MismatchStatus status) {
    this.status = status;
  }

  public MismatchKind[] getKinds() {
    return MismatchKind.values();
  }

  public MismatchStatus[] getStatuses() {
    return MismatchStatus.values();
  }

  public List<MismatchView> getRows() {
    return rows;
  }

  public MismatchView getSelected() {
    return selected;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
