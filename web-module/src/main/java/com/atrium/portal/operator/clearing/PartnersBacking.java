package com.atrium.portal.operator.clearing;

import com.atrium.partner.AgreementDraft;
import com.atrium.partner.AgreementView;
import com.atrium.partner.DepositReason;
import com.atrium.partner.DepositView;
import com.atrium.partner.PartnerDesk;
import com.atrium.partner.PartnerKind;
import com.atrium.partner.PartnerQuery;
import com.atrium.partner.PartnerStatus;
import com.atrium.partner.PartnerView;
import com.atrium.partner.Rounding;
import com.atrium.partner.SettlementMode;
import com.atrium.platform.Clock;
import com.atrium.portal.PortalMessages;
import com.atrium.portal.lists.ListColumn;
import com.atrium.portal.lists.ListTable;
import com.atrium.security.CurrentCaller;
import com.atrium.security.MachineClients;
import com.atrium.tenant.MallConfiguration;
import com.atrium.tenant.MallRegistry;
import com.atrium.tenant.MallSummary;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code operator/clearing/partners.xhtml}: the partners (a lazy, sorted {@link ListTable} narrowed
 * by kind, status, settlement and mall or group, exported as shown), and for the one chosen ({@code
 * ?partner=}) its agreement versions, its prepaid deposit's movements and a top-up recorded once by
 * the payment's reference, and its machine keys (read from the security context). The amount is
 * taken exactly as typed; the service judges it. Finance and the admin also create a partner,
 * change its name, contact and status, and add or withdraw an agreement version to come: every
 * field of a version is judged at once ({@link AgreementDraft#problems}) and each refusal shown at
 * its field.
 */
@Named
@ViewScoped
public class PartnersBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The filter "Applies to": every partner, the whole group's ({@value #GROUP}), or a mall id. */
  static final String GROUP = "group";

  private static final Map<String, String> FIELDS =
      Map.of("amount", "top-up:amount", "reference", "top-up:reference");

  private static final Map<String, String> PARTNER_FIELDS =
      Map.of(
          "code", "new-partner:code",
          "name", "new-partner:name",
          "contact", "new-partner:contact",
          "kind", "new-partner:kind",
          "mall", "new-partner:mall",
          "settlementMode", "new-partner:mode");

  private static final Map<String, String> EDIT_FIELDS =
      Map.of("name", "edit:name", "contact", "edit:contact", "status", "edit:status");

  private static final List<String> AGREEMENT_INPUTS =
      List.of(
          "effectiveDay",
          "rateInFrom",
          "rateInTo",
          "rateOutFrom",
          "rateOutTo",
          "rounding",
          "minPoints",
          "maxPoints",
          "memberDailyPoints",
          "memberMonthlyPoints",
          "partnerDailyPoints",
          "costPerPoint",
          "feeFixed",
          "feePercent",
          "reversalGraceMinutes");

  @EJB PartnerDesk desk;
  @EJB MallRegistry malls;
  @EJB MachineClients machineClients;
  @Inject MallConfiguration configuration;
  @Inject CurrentCaller caller;
  @Inject Clock clock;

  private List<PartnerView> partners;
  private String code;
  private PartnerView selected;
  private ListTable<AgreementView> agreements;
  private LocalDate agreementsFrom;
  private LocalDate agreementsTo;
  private ListTable<DepositView> deposits;
  private DepositReason depositReason;
  private LocalDate depositsFrom;
  private LocalDate depositsTo;
  private List<MachineClients.ClientView> credentials;
  private BigDecimal amount;
  private String reference;
  private PartnerForm newPartner = new PartnerForm();
  private PartnerForm edit;
  private AgreementForm agreement;
  private List<MallSummary> mallList;
  private PartnerKind kindFilter;
  private PartnerStatus statusFilter;
  private SettlementMode modeFilter;
  private String scopeFilter;
  private ListTable<PartnerView> table;

  /** Runs on every GET, after {@code ?partner=}. */
  public void load() {
    if (FacesContext.getCurrentInstance().isPostback()) {
      return;
    }
    partners = desk.partners();
    table =
        new ListTable<>("list:partners", "atrium-partners", PartnerView::code, columns(), source());
    caller.mallId().ifPresent(newPartner::setMallId);
    if (code != null && partners.stream().anyMatch(p -> p.code().equals(code))) {
      show();
    }
  }

  public void search() {
    table.show(source());
  }

  private ListTable.Source<PartnerView> source() {
    PartnerDesk service = desk;
    boolean group = GROUP.equals(scopeFilter);
    Long mall =
        group || scopeFilter == null || scopeFilter.isBlank() ? null : Long.valueOf(scopeFilter);
    PartnerQuery q = new PartnerQuery(kindFilter, statusFilter, modeFilter, mall, group);
    return (sort, offset, limit) -> service.search(q, sort, offset, limit);
  }

  private List<ListColumn<PartnerView>> columns() {
    Map<Long, String> names =
        getMalls().stream().collect(Collectors.toMap(MallSummary::id, MallSummary::name));
    String group = PortalMessages.text("partners.wholeGroup");
    return List.of(
        ListColumn.sorted("code", "partners.code", PartnerView::code),
        ListColumn.sorted("name", "partners.name", PartnerView::name),
        ListColumn.sorted(
            "kind", "partners.kind", x -> PortalMessages.text("partners.kind." + x.kind())),
        ListColumn.sorted(
            "status", "partners.status", x -> PortalMessages.text("partners.status." + x.status())),
        ListColumn.sorted(
            "mode",
            "partners.mode",
            x -> PortalMessages.text("partners.mode." + x.settlementMode())),
        ListColumn.plain(
            "mall",
            "partners.mall",
            x -> x.mallId() == null ? group : names.getOrDefault(x.mallId(), "" + x.mallId())),
        ListColumn.sorted(
            "deposit",
            "partners.deposit",
            x -> x.settlementMode() == SettlementMode.PREPAID ? x.depositBalance() : null));
  }

  public void topUp() {
    try {
      DepositView done = desk.topUp(code, amount, reference);
      PortalMessages.info(
          "partners.toppedUp", done.amount().toPlainString(), done.balanceAfter().toPlainString());
      amount = null;
      reference = null;
      partners = desk.partners();
      show();
    } catch (RuntimeException e) {
      PortalMessages.error(e, FIELDS);
    }
  }

  /** Creates the partner and opens its page, where its agreement and keys come next. */
  public String create() {
    try {
      PartnerView p = desk.create(newPartner.draft());
      PortalMessages.info("partners.created", p.code());
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      return "/operator/clearing/partners?faces-redirect=true&partner=" + p.code();
    } catch (RuntimeException e) {
      PortalMessages.error(e, PARTNER_FIELDS);
      return null;
    }
  }

  public void save() {
    try {
      PartnerView p = desk.update(code, edit.getName(), edit.getContact(), edit.getStatus());
      PortalMessages.info("partners.saved", p.code());
      partners = desk.partners();
      show();
    } catch (RuntimeException e) {
      PortalMessages.error(e, EDIT_FIELDS);
    }
  }

  /** Adds the version when every field passes; otherwise says at each field what is wrong. */
  public void addAgreement() {
    AgreementDraft draft = agreement.draft();
    List<AgreementDraft.Problem> problems = draft.problems(today());
    Map<String, String> fields = agreementFields();
    if (!problems.isEmpty()) {
      problems.forEach(p -> PortalMessages.error(p.exception(), fields));
      return;
    }
    try {
      AgreementView added = desk.addAgreement(code, draft);
      PortalMessages.info("partners.agreementAdded", moment(added.effectiveFrom()));
      show();
    } catch (RuntimeException e) {
      PortalMessages.error(e, fields);
    }
  }

  public void withdraw(long agreementId) {
    try {
      desk.withdrawAgreement(code, agreementId);
      PortalMessages.info("partners.agreementWithdrawn");
      show();
    } catch (RuntimeException e) {
      PortalMessages.error(e, Map.of());
    }
  }

  /** A version still to come: the only kind that may be withdrawn or replaced. */
  public boolean toCome(AgreementView a) {
    return a.effectiveFrom().isAfter(clock.now());
  }

  private Map<String, String> agreementFields() {
    Map<String, String> m = new HashMap<>();
    AGREEMENT_INPUTS.forEach(f -> m.put(f, "agreement:" + f));
    return m;
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.now(), configuration.zone());
  }

  private void show() {
    selected = desk.partner(code);
    if (agreements == null) {
      agreements =
          new ListTable<>(
              "agreements-form:agreements",
              "atrium-partner-agreements-" + code,
              a -> Long.toString(a.id()),
              agreementColumns(),
              agreementSource());
      deposits =
          new ListTable<>(
              "movements-form:movements",
              "atrium-partner-deposit-" + code,
              m -> Long.toString(m.id()),
              depositColumns(),
              depositSource());
    } else {
      // a version added or withdrawn, a top-up: the same filters and order, from the first page
      agreements.show(agreementSource());
      deposits.show(depositSource());
    }
    credentials = machineClients.ofPartner(code);
    edit = new PartnerForm(selected);
    agreement = new AgreementForm(today().plusDays(1));
  }

  public void searchAgreements() {
    if (backwards(agreementsFrom, agreementsTo)) {
      return;
    }
    agreements.show(agreementSource());
  }

  public void searchDeposits() {
    if (backwards(depositsFrom, depositsTo)) {
      return;
    }
    deposits.show(depositSource());
  }

  private static boolean backwards(LocalDate from, LocalDate to) {
    if (from != null && to != null && to.isBefore(from)) {
      PortalMessages.error("lists.periodBackwards");
      return true;
    }
    return false;
  }

  private ListTable.Source<AgreementView> agreementSource() {
    PartnerDesk service = desk;
    String partner = code;
    LocalDate from = agreementsFrom;
    LocalDate to = agreementsTo;
    return (sort, offset, limit) -> service.agreements(partner, from, to, sort, offset, limit);
  }

  private ListTable.Source<DepositView> depositSource() {
    PartnerDesk service = desk;
    String partner = code;
    DepositReason reason = depositReason;
    LocalDate from = depositsFrom;
    LocalDate to = depositsTo;
    return (sort, offset, limit) ->
        service.deposits(partner, reason, from, to, sort, offset, limit);
  }

  /** The page's columns of a version, as the export writes them (the chip and button aside). */
  private List<ListColumn<AgreementView>> agreementColumns() {
    java.time.ZoneId zone = configuration.zone();
    return List.of(
        ListColumn.sorted(
            "from",
            "partners.effectiveFrom",
            a -> PortalMessages.dateTime(a.effectiveFrom(), zone)),
        ListColumn.plain(
            "rateIn", "partners.rateIn", a -> a.terms().rateInFrom() + ":" + a.terms().rateInTo()),
        ListColumn.plain(
            "rateOut",
            "partners.rateOut",
            a -> a.terms().rateOutFrom() + ":" + a.terms().rateOutTo()),
        ListColumn.plain(
            "perExchange",
            "partners.perExchange",
            a -> a.terms().minPoints() + "–" + a.terms().maxPoints()),
        ListColumn.plain(
            "fee",
            "partners.fee",
            a ->
                a.terms().feeFixed().toPlainString()
                    + " + "
                    + a.terms().feePercent().toPlainString()
                    + " %"),
        ListColumn.sorted(
            "grace", "partners.window", a -> (long) a.terms().reversalGraceMinutes()));
  }

  private List<ListColumn<DepositView>> depositColumns() {
    java.time.ZoneId zone = configuration.zone();
    return List.of(
        ListColumn.sorted("at", "partners.when", m -> PortalMessages.dateTime(m.at(), zone)),
        ListColumn.sorted(
            "reason", "partners.reason", m -> PortalMessages.text("partners.reason." + m.reason())),
        ListColumn.sorted("amount", "partners.amount", DepositView::amount),
        ListColumn.sorted("balance", "partners.balanceAfter", DepositView::balanceAfter),
        ListColumn.plain("reference", "partners.topUpReference", DepositView::reference));
  }

  public DepositReason[] getDepositReasons() {
    return DepositReason.values();
  }

  /** A one-mall operator's partners are its mall's; a group-wide one may also make the group's. */
  public boolean isGroupWide() {
    return caller.mallId().isEmpty();
  }

  public List<MallSummary> getMalls() {
    if (mallList == null) {
      mallList = malls.malls().stream().filter(m -> caller.maySeeMall(m.id())).toList();
    }
    return mallList;
  }

  public String mallName(Long mallId) {
    if (mallId == null) {
      return PortalMessages.text("partners.wholeGroup");
    }
    return malls.mall(mallId).map(MallSummary::name).orElse(String.valueOf(mallId));
  }

  public PartnerKind[] getKinds() {
    return PartnerKind.values();
  }

  public SettlementMode[] getModes() {
    return SettlementMode.values();
  }

  public PartnerStatus[] getStatuses() {
    return PartnerStatus.values();
  }

  public Rounding[] getRoundings() {
    return Rounding.values();
  }

  public PartnerForm getNewPartner() {
    return newPartner;
  }

  public PartnerForm getEdit() {
    return edit;
  }

  public AgreementForm getAgreement() {
    return agreement;
  }

  public String moment(Instant at) {
    return PortalMessages.dateTime(at, configuration.zone());
  }

  public List<PartnerView> getPartners() {
    return partners;
  }

  public ListTable<PartnerView> getTable() {
    return table;
  }

  public PartnerKind getKindFilter() {
    return kindFilter;
  }

  public void setKindFilter(PartnerKind kindFilter) {
    this.kindFilter = kindFilter;
  }

  public PartnerStatus getStatusFilter() {
    return statusFilter;
  }

  public void setStatusFilter(PartnerStatus statusFilter) {
    this.statusFilter = statusFilter;
  }

  public SettlementMode getModeFilter() {
    return modeFilter;
  }

  public void setModeFilter(SettlementMode modeFilter) {
    this.modeFilter = modeFilter;
  }

  public String getScopeFilter() {
    return scopeFilter;
  }

  public void setScopeFilter(String scopeFilter) {
    this.scopeFilter = scopeFilter;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public PartnerView getSelected() {
    return selected;
  }

  public ListTable<AgreementView> getAgreements() {
    return agreements;
  }

  public LocalDate getAgreementsFrom() {
    return agreementsFrom;
  }

  public void setAgreementsFrom(LocalDate agreementsFrom) {
    this.agreementsFrom = agreementsFrom;
  }

  public LocalDate getAgreementsTo() {
    return agreementsTo;
  }

  public void setAgreementsTo(LocalDate agreementsTo) {
    this.agreementsTo = agreementsTo;
  }

  public DepositReason getDepositReason() {
    return depositReason;
  }

  public void setDepositReason(DepositReason depositReason) {
    this.depositReason = depositReason;
  }

  public LocalDate getDepositsFrom() {
    return depositsFrom;
  }

  public void setDepositsFrom(LocalDate depositsFrom) {
    this.depositsFrom = depositsFrom;
  }

  public LocalDate getDepositsTo() {
    return depositsTo;
  }

  public void setDepositsTo(LocalDate depositsTo) {
    this.depositsTo = depositsTo;
  }

  /** The partner's machine keys (kind PARTNER), as the security context lists them. */
  public List<MachineClients.ClientView> getCredentials() {
    return credentials;
  }

  public ListTable<DepositView> getDeposits() {
    return deposits;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public void setAmount(BigDecimal amount) {
    this.amount = amount;
  }

  public String getReference() {
    return reference;
  }

  public void setReference(String reference) {
    this.reference = reference;
  }
}
