package com.atrium.portal.operator.clearing;

import com.atrium.clearing.ClearingTerms;
import com.atrium.clearing.SettlementMode;
import com.atrium.clearing.TermsDraft;
import com.atrium.clearing.TermsHistory;
import com.atrium.clearing.TermsVersion;
import com.atrium.portal.PortalMessages;
import com.atrium.tenant.MallConfiguration;
import com.atrium.tenant.MallRegistry;
import com.atrium.tenant.TenantService;
import com.atrium.tenant.TenantView;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * {@code operator/clearing/terms.xhtml}: a tenant's clearing terms, every version with the one in
 * force, and the form that adds a version. The start is typed in the tenant's mall's time; the
 * service judges every figure and its refusal shows at the field it is about.
 */
@Named
@ViewScoped
public class ClearingTermsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Service field name → input id, so a refusal shows next to the field it is about. */
  private static final Map<String, String> FIELDS =
      Map.of(
          "costPerPoint", "terms:cost",
          "reimbursementPerPoint", "terms:reimbursement",
          "clearingFeePercent", "terms:fee",
          "settlementMode", "terms:mode",
          "effectiveFrom", "terms:from",
          "note", "terms:note");

  @EJB ClearingTerms terms;
  @EJB TenantService tenants;
  @EJB MallRegistry malls;
  @Inject MallConfiguration configuration;

  private final TenantPicker picker = new TenantPicker();
  private Long tenant;
  private TermsHistory history;
  private String zone;

  private BigDecimal cost;
  private BigDecimal reimbursement;
  private BigDecimal fee;
  private SettlementMode mode;
  private LocalDateTime from;
  private String note;

  /** Runs on the initial GET, after the {@code tenant} view parameter is set. */
  public void load() {
    TenantPicker.load(tenant, this::pick);
  }

  /** Shows the picked tenant's terms and fills the form with those in force. */
  public void pick() {
    history = null;
    if (tenant == null) {
      return;
    }
    history = terms.history(tenant);
    TenantView t = tenants.view(tenant);
    zone = TenantPicker.zoneOf(t, malls, configuration);
    fill();
  }

  public void save() {
    try {
      Instant start = from == null ? null : from.atZone(ZoneId.of(zone)).toInstant();
      TermsVersion added =
          terms.change(
              tenant, new TermsDraft(cost, reimbursement, fee, mode, start, blankToNull(note)));
      history = terms.history(tenant);
      PortalMessages.info("clearing.terms.added", added.version());
      fill();
    } catch (RuntimeException e) {
      PortalMessages.error(e, FIELDS);
    }
  }

  /** The form starts from the terms in force (or the newest), to change what differs. */
  private void fill() {
    TermsVersion base =
        history.inForce().orElse(history.versions().isEmpty() ? null : history.versions().get(0));
    cost = base == null ? null : base.costPerPoint();
    reimbursement = base == null ? null : base.reimbursementPerPoint();
    fee = base == null ? BigDecimal.ZERO : base.clearingFeePercent();
    mode = base == null ? SettlementMode.POSTPAID : base.settlementMode();
    from = null;
    note = null;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /** The version in force now, to mark it in the history. */
  public boolean inForce(TermsVersion v) {
    return history != null && history.inForce().map(f -> f.id() == v.id()).orElse(false);
  }

  /** A version that starts later than now. */
  public boolean future(TermsVersion v) {
    return v.effectiveFrom().isAfter(Instant.now());
  }

  public List<TenantView> getTenants() {
    return picker.tenants(tenants, tenant);
  }

  public SettlementMode[] getModes() {
    return SettlementMode.values();
  }

  public TermsHistory getHistory() {
    return history;
  }

  public String getZone() {
    return zone;
  }

  public Long getTenant() {
    return tenant;
  }

  public void setTenant(Long tenant) {
    this.tenant = tenant;
  }

  public BigDecimal getCost() {
    return cost;
  }

  public void setCost(BigDecimal cost) {
    this.cost = cost;
  }

  public BigDecimal getReimbursement() {
    return reimbursement;
  }

  public void setReimbursement(BigDecimal reimbursement) {
    this.reimbursement = reimbursement;
  }

  public BigDecimal getFee() {
    return fee;
  }

  public void setFee(BigDecimal fee) {
    this.fee = fee;
  }

  public SettlementMode getMode() {
    return mode;
  }

  public void setMode(SettlementMode mode) {
    this.mode = mode;
  }

  public LocalDateTime getFrom() {
    return from;
  }

  public void setFrom(LocalDateTime from) {
    this.from = from;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
