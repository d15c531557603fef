package com.atrium.portal.operator.clearing;

import com.atrium.partner.Direction;
import com.atrium.partner.MismatchKind;
import com.atrium.partner.MismatchQuery;
import com.atrium.partner.MismatchStatus;
import com.atrium.partner.MismatchView;
import com.atrium.partner.PartnerDesk;
import com.atrium.partner.PartnerReconciliation;
import com.atrium.partner.PartnerView;
import com.atrium.partner.ReconFile;
import com.atrium.partner.ReconSummary;
import com.atrium.platform.DomainException;
import com.atrium.portal.PortalMessages;
import com.atrium.portal.lists.ListColumn;
import com.atrium.portal.lists.ListTable;
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
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * {@code operator/clearing/reconciliation.xhtml}: a partner's business day, Atrium's file of it to
 * download, the partner's file to upload and match, and the mismatch queues finance resolves with a
 * reason. The queues are one lazy, sorted {@link ListTable} narrowed by partner, business days,
 * queue and status, exported as shown. The service matches and judges; its refusal shows at the
 * field it is about.
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
  private String queuePartner;
  private LocalDate from;
  private LocalDate to;
  private MismatchKind kind;
  private MismatchStatus status = MismatchStatus.OPEN;
  private ListTable<MismatchView> table;
  private MismatchView selected;
  private String reason;

  @PostConstruct
  void init() {
    partners = desk.partners().stream().map(PartnerView::code).toList();
    partner = partners.isEmpty() ? null : partners.get(0);
    day = LocalDate.now(configuration.zone()).minusDays(1);
    table =
        new ListTable<>(
            "queue:table",
            "atrium-partner-mismatches",
            m -> Long.toString(m.id()),
            columns(configuration.zone()),
            source());
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
    queuePartner = partner;
    search();
  }

  /** The queues of the partner chosen for the upload, as the page opened with it. */
  public void choosePartner() {
    queuePartner = partner;
    search();
  }

  public void search() {
    if (from != null && to != null && to.isBefore(from)) {
      PortalMessages.error("lists.periodBackwards");
      return;
    }
    table.show(source());
  }

  private ListTable.Source<MismatchView> source() {
    PartnerReconciliation service = reconciliation;
    MismatchQuery q = new MismatchQuery(queuePartner, kind, status, from, to);
    return (sort, offset, limit) -> service.search(q, sort, offset, limit);
  }

  private static List<ListColumn<MismatchView>> columns(ZoneId zone) {
    return List.of(
        ListColumn.sorted(
            "status", "recon.status", m -> PortalMessages.text("recon.status." + m.status())),
        ListColumn.sorted("kind", "recon.kind", m -> PortalMessages.text("recon.kind." + m.kind())),
        ListColumn.sorted("day", "recon.day", m -> String.valueOf(m.businessDay())),
        ListColumn.sorted("partner", "recon.partner", MismatchView::partnerCode),
        ListColumn.sorted("txn", "recon.txn", MismatchView::partnerTxnId),
        ListColumn.plain(
            "atrium",
            "recon.atriumSide",
            m -> side(m.atriumDirection(), m.atriumPoints(), m.atriumAmount())),
        ListColumn.plain(
            "theirs",
            "recon.partnerSide",
            m -> side(m.partnerDirection(), m.partnerPoints(), m.partnerAmount())),
        ListColumn.sorted(
            "found", "recon.foundAt", m -> PortalMessages.dateTime(m.foundAt(), zone)),
        ListColumn.plain("resolution", "recon.resolution", MismatchView::resolution),
        ListColumn.plain(
            "resolved",
            "recon.resolvedBy",
            m ->
                m.resolvedAt() == null
                    ? null
                    : m.resolvedBy() + " · " + PortalMessages.dateTime(m.resolvedAt(), zone)));
  }

  /** One side of a mismatch as the page shows it ("In 100 / 1000"), or null when it is missing. */
  private static String side(Direction direction, Long points, Long amount) {
    return points == null
        ? null
        : PortalMessages.text("recon.direction." + direction) + " " + points + " / " + amount;
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
      from = null;
      to = null;
      queuePartner = partner;
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

  public ListTable<MismatchView> getTable() {
    return table;
  }

  public String getQueuePartner() {
    return queuePartner;
  }

  public void setQueuePartner(String queuePartner) {
    this.queuePartner = queuePartner;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
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
