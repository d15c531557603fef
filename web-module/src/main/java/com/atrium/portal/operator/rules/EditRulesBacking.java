package com.atrium.portal.operator.rules;

import com.atrium.earning.EarningRuleService;
import com.atrium.earning.EarningRuleSet;
import com.atrium.earning.MultiplierLimits;
import com.atrium.earning.RuleScope;
import com.atrium.earning.RuleScopeChoice;
import com.atrium.earning.RuleVersionView;
import com.atrium.earning.RulesVocabulary;
import com.atrium.earning.Simulation;
import com.atrium.earning.WhatIfSimulator;
import com.atrium.platform.Clock;
import com.atrium.platform.DomainException;
import com.atrium.platform.Page;
import com.atrium.portal.Chart;
import com.atrium.portal.NotFound;
import com.atrium.portal.PortalMessages;
import com.atrium.portal.SignedNumbers;
import com.atrium.tenant.Category;
import com.atrium.tenant.MallConfiguration;
import com.atrium.tenant.TenantService;
import com.atrium.tenant.TenantView;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.primefaces.PrimeFaces;

/**
 * {@code operator/rules/edit.xhtml}: a draft of the rules for a scope (the group or one mall),
 * started from a version (default: the rules that apply in the scope now), simulated over a past
 * period of the scope's sales and published as a new version of that scope. Campaigns are edited
 * one at a time in a dialog ({@link CampaignDraft}); a campaign's code identifies its budget across
 * versions.
 */
@Named
@ViewScoped
public class EditRulesBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final Map<String, String> FIELDS =
      Map.ofEntries(
          Map.entry("effectiveFrom", "draft:effectiveFrom"),
          Map.entry("effectiveTo", "draft:effectiveTo"),
          Map.entry("from", "draft:simFrom"),
          Map.entry("to", "draft:simTo"),
          Map.entry("baseRate", "draft:baseRate"),
          Map.entry("minimumSpend", "draft:minimumSpend"),
          Map.entry("capPerTransaction", "draft:capPerTransaction"),
          Map.entry("capPerMemberPerDay", "draft:capPerMemberPerDay"),
          Map.entry("birthdayMultiplier", "draft:birthdayMultiplier"),
          Map.entry(RulesForm.CATEGORIES, "draft:categoryRows"),
          Map.entry(RulesForm.TIERS, "draft:tierRows"),
          Map.entry(RulesForm.TENANTS, "draft:tenantRows"),
          Map.entry("excludedTenants", "draft:excludedTenants"),
          Map.entry("campaigns", "draft:campaigns"));

  /** The id of each multiplier table on the page. */
  private static final Map<String, String> TABLES =
      Map.of(
          RulesForm.CATEGORIES, "categoryRows",
          RulesForm.TIERS, "tierRows",
          RulesForm.TENANTS, "tenantRows");

  /** Where a campaign's refusal is shown: the dialog's inputs. */
  private static final Map<String, String> CAMPAIGN_FIELDS =
      Map.of(
          "code", "campaign:code",
          "name", "campaign:name",
          "startsAt", "campaign:startsAt",
          "endsAt", "campaign:endsAt",
          "multiplier", "campaign:multiplier",
          "bonus", "campaign:bonus",
          "budget", "campaign:budget",
          "tenants", "campaign:tenants",
          "fundedBy", "campaign:fundedBy");

  @EJB EarningRuleService rules;
  @EJB WhatIfSimulator simulator;
  @EJB TenantService tenants;
  @Inject MallConfiguration configuration;
  @Inject MultiplierLimits limits;
  @Inject Clock clock;

  private Integer from;
  private String mall;
  private int basedOn;

  /** The draft's scope: a mall code, or empty for the group. */
  private String scope;

  private List<SelectItem> scopeChoices;
  private RulesForm form;
  private LocalDateTime effectiveFrom;
  private LocalDateTime effectiveTo;
  private String note;
  private LocalDate simFrom;
  private LocalDate simTo;
  private Simulation simulation;

  /**
   * The multipliers above the warning level that the user was shown and may publish anyway; null
   * until a publish met some. Publishing other values above the level warns again.
   */
  private List<RulesVocabulary.Multiplier> warned;

  private List<String> warnings = List.of();

  /** Every tenant the caller sees, in code order (pickers and names). */
  private List<TenantView> seenTenants;

  /** The campaign open in the dialog, and its place in the draft (-1: a new one). */
  private CampaignDraft campaign;

  private int editing = -1;

  private List<SelectItem> tenantChoices;

  /** The mall of each tenant in {@link #tenantChoices}, by code: which can fund a mall's rules. */
  private HashMap<String, Long> tenantMalls;

  public void load() {
    if (form != null) {
      return;
    }
    List<RuleScopeChoice> scopes = rules.scopesOfCaller();
    RuleVersionView v;
    if (from != null) {
      Optional<RuleVersionView> found = rules.version(from);
      if (found.isEmpty()) {
        // another mall's version (or none): the same answer as a page that does not exist
        NotFound.send("No such version");
        return;
      }
      v = found.get();
      scope = v.mallCode();
    } else {
      RuleScope wanted = rules.scopeOf(mall);
      v =
          rules
              .current(wanted)
              .orElseThrow(() -> DomainException.notFound("RULES_NOT_FOUND", "No rules in force"));
      scope = codeOf(wanted, scopes);
    }
    // a one-mall caller copying the group's rules drafts them for its own mall
    String wantedScope = scope;
    if (scopes.stream().noneMatch(c -> Objects.equals(c.mallCode(), wantedScope))) {
      scope = scopes.get(0).mallCode();
    }
    scope = scope == null ? "" : scope;
    scopeChoices =
        scopes.stream()
            .map(
                c ->
                    new SelectItem(
                        c.mallCode() == null ? "" : c.mallCode(),
                        c.mallCode() == null
                            ? PortalMessages.text("rules.scopeGroup")
                            : c.mallName()))
            .toList();
    basedOn = v.version();
    ZoneId zone = configuration.zone();
    form = RulesForm.of(v.rules(), zone);
    LocalDate today = LocalDate.now(zone);
    effectiveFrom = today.plusDays(1).atStartOfDay();
    simTo = today.minusDays(1);
    simFrom = simTo.minusDays(29);
  }

  public void simulate() {
    if (!rowsValid()) {
      simulation = null;
      return;
    }
    try {
      simulation =
          simulator.simulate(
              form.toRules(configuration.zone()), rules.scopeOf(scope), simFrom, simTo);
    } catch (RuntimeException e) {
      simulation = null;
      PortalMessages.error(e, FIELDS);
    }
  }

  /**
   * Publishes the draft; when a multiplier is above the warning level and the user has not
   * confirmed exactly these, shows them and asks first ({@link #publishAnyway}).
   */
  public String publish() {
    if (!rowsValid()) {
      return null;
    }
    EarningRuleSet draft;
    try {
      draft = form.toRules(configuration.zone());
    } catch (RuntimeException e) {
      PortalMessages.error(e, FIELDS);
      return null;
    }
    List<RulesVocabulary.Multiplier> above = RulesVocabulary.above(draft, limits.warning());
    if (!above.isEmpty() && !above.equals(warned)) {
      warned = above;
      warnings = above.stream().map(this::describe).toList();
      FacesContext.getCurrentInstance()
          .addMessage(
              null,
              new FacesMessage(
                  FacesMessage.SEVERITY_WARN,
                  PortalMessages.text("rules.warningTitle", plain(limits.warning())),
                  null));
      return null;
    }
    return publish(draft);
  }

  /** Publishes after the user saw the multipliers above the warning level. */
  public String publishAnyway() {
    return publish();
  }

  /** Withdraws the question: the user goes back to the draft to lower the multipliers. */
  public void keepEditing() {
    warned = null;
    warnings = List.of();
  }

  private String describe(RulesVocabulary.Multiplier m) {
    String part = PortalMessages.text(PARTS.get(m.field()));
    String name =
        switch (m.field()) {
          case RulesForm.CATEGORIES -> RuleNames.categories().getOrDefault(m.code(), m.code());
          case RulesForm.TIERS -> RuleNames.tiers(configuration).getOrDefault(m.code(), m.code());
          case RulesForm.TENANTS -> getTenantNames().getOrDefault(m.code(), m.code());
          default -> m.code();
        };
    return part + (name == null ? "" : " " + name) + " ×" + plain(m.value());
  }

  private static final Map<String, String> PARTS =
      Map.of(
          RulesForm.CATEGORIES,
          "rules.categoryMultipliers",
          RulesForm.TIERS,
          "rules.tierMultipliers",
          RulesForm.TENANTS,
          "rules.tenantMultipliers",
          "birthdayMultiplier",
          "rules.birthdayMultiplier",
          "campaigns",
          "rules.campaigns");

  private static String plain(BigDecimal d) {
    return d.stripTrailingZeros().toPlainString();
  }

  /**
   * Refuses, at its picker, a row whose code an earlier row of its table has; true when there is
   * none.
   */
  private boolean rowsValid() {
    Map<String, List<Integer>> duplicates = form.duplicates();
    FacesContext faces = FacesContext.getCurrentInstance();
    duplicates.forEach(
        (table, rows) ->
            rows.forEach(
                row ->
                    faces.addMessage(
                        "draft:" + TABLES.get(table) + ":" + row + ":code",
                        new FacesMessage(
                            FacesMessage.SEVERITY_ERROR,
                            PortalMessages.text("rules.duplicateRow"),
                            null))));
    if (!duplicates.isEmpty()) {
      faces.validationFailed();
      return false;
    }
    return true;
  }

  private String publish(EarningRuleSet draft) {
    try {
      ZoneId zone = configuration.zone();
      RuleVersionView v =
          rules.publish(
              rules.scopeOf(scope),
              draft,
              effectiveFrom == null ? null : effectiveFrom.atZone(zone).toInstant(),
              effectiveTo == null ? null : effectiveTo.atZone(zone).toInstant(),
              note);
      PortalMessages.info("rules.published", v.version());
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      return "/operator/rules/list?faces-redirect=true";
    } catch (RuntimeException e) {
      PortalMessages.error(e, FIELDS);
      return null;
    }
  }

  /** Opens the dialog on a new campaign. */
  public void newCampaign() {
    campaign =
        CampaignDraft.starting(LocalDate.now(configuration.zone()).plusDays(1).atStartOfDay());
    editing = -1;
  }

  /** Opens the dialog on a copy of the draft's campaign at that row. */
  public void editCampaign(int row) {
    campaign = form.getCampaigns().get(row).copy();
    editing = row;
  }

  /**
   * Puts the dialog's campaign into the draft when it is valid and its code is not another
   * campaign's of this draft; tells the page (callback parameter {@code saved}) to close the
   * dialog.
   */
  public void saveCampaign() {
    try {
      String code = campaign.toCampaign(configuration.zone()).code();
      campaign.setCode(code);
      List<CampaignDraft> list = form.getCampaigns();
      for (int i = 0; i < list.size(); i++) {
        if (i != editing && code.equals(list.get(i).getCode())) {
          throw DomainException.invalid(
              "CAMPAIGN_CODE_TAKEN", "code", "Another campaign of this draft has code " + code);
        }
      }
      if (editing < 0) {
        list.add(campaign);
      } else {
        list.set(editing, campaign);
      }
      PrimeFaces.current().ajax().addCallbackParam("saved", true);
    } catch (RuntimeException e) {
      PortalMessages.error(e, CAMPAIGN_FIELDS);
    }
  }

  public void removeCampaign(int row) {
    form.getCampaigns().remove(row);
  }

  /** Adds a row to a multiplier table with a code no row of it has yet. */
  public void addRow(String table) {
    List<String> codes =
        switch (table) {
          case RulesForm.CATEGORIES -> List.copyOf(RuleNames.categories().keySet());
          case RulesForm.TIERS -> List.copyOf(RuleNames.tiers(configuration).keySet());
          default -> List.copyOf(getTenantNames().keySet());
        };
    form.addRow(table, codes);
  }

  public void removeRow(String table, int row) {
    form.rows(table).remove(row);
  }

  /** The categories a multiplier can be given to: code and name in the user's language. */
  public List<SelectItem> getCategoryRowChoices() {
    return items(RuleNames.categories());
  }

  public List<SelectItem> getTierRowChoices() {
    return items(RuleNames.tiers(configuration));
  }

  /**
   * The tenants a multiplier or the exclusion can name: those the caller sees, and the codes the
   * draft already has (a one-mall manager's draft copied from the group's keeps the other malls'
   * tenants), by code.
   */
  public List<SelectItem> getTenantRowChoices() {
    return items(getTenantNames());
  }

  /** A tenant's code and name, by code. */
  public Map<String, String> getTenantNames() {
    Map<String, String> names = new TreeMap<>(RuleNames.tenants(seenTenants()));
    for (MultiplierRow r : form.getTenantRows()) {
      if (r.getCode() != null) {
        names.putIfAbsent(r.getCode(), r.getCode());
      }
    }
    form.getExcludedTenants().forEach(c -> names.putIfAbsent(c, c));
    return names;
  }

  private static List<SelectItem> items(Map<String, String> names) {
    List<SelectItem> items = new ArrayList<>();
    names.forEach((code, name) -> items.add(new SelectItem(code, name)));
    return items;
  }

  private List<TenantView> seenTenants() {
    if (seenTenants == null) {
      seenTenants = tenants.matching(null, null, Page.MAX_LIMIT);
    }
    return seenTenants;
  }

  /** The page's title: the version the draft started from. */
  public String getTitle() {
    return PortalMessages.text("rules.editTitle", String.valueOf(basedOn));
  }

  /** The multipliers above the warning level the page asks about before publishing. */
  public List<String> getWarnings() {
    return warnings;
  }

  public String getWarningTitle() {
    return PortalMessages.text("rules.warningTitle", plain(limits.warning()));
  }

  public String getMultiplierHint() {
    return PortalMessages.text("rules.multiplierHint", plain(limits.maximum()));
  }

  public String getLimitsHint() {
    return PortalMessages.text(
        "rules.limitsHint", plain(limits.warning()), plain(limits.maximum()));
  }

  /** A difference as people read it: +1,234, −5,678 (a real minus sign) or 0. */
  public String signed(long n) {
    return SignedNumbers.format(n, FacesContext.getCurrentInstance().getViewRoot().getLocale());
  }

  /** The grouped number: 1,234,567. */
  public String grouped(long n) {
    return NumberFormat.getIntegerInstance(
            FacesContext.getCurrentInstance().getViewRoot().getLocale())
        .format(n);
  }

  /** The simulation per day: points issued and the draft's points, as a PrimeFaces chart. */
  public String getDayChart() {
    List<Simulation.DayRow> days = simulation == null ? List.of() : simulation.days();
    return Chart.over(days.stream().map(d -> d.day().toString()).toList())
        .bars(
            PortalMessages.text("rules.actual"),
            days.stream().map(Simulation.DayRow::actual).toList(),
            "rgba(100,116,139,0.55)")
        .bars(
            PortalMessages.text("rules.simulated"),
            days.stream().map(Simulation.DayRow::simulated).toList(),
            "rgba(33,150,243,0.7)")
        .json();
  }

  /** Tenants a campaign can be limited to: code and name, by code. */
  public List<SelectItem> getTenantChoices() {
    if (tenantChoices == null) {
      List<TenantView> seen = seenTenants();
      tenantMalls = new HashMap<>();
      seen.forEach(t -> tenantMalls.put(t.code(), t.mallId()));
      tenantChoices =
          seen.stream().map(t -> new SelectItem(t.code(), t.code() + " " + t.name())).toList();
    }
    return tenantChoices;
  }

  /**
   * Tenants that can fund a campaign of the draft: those of the draft's scope (a mall's rules: its
   * tenants), as publishing refuses any other (CAMPAIGN_FUNDER_UNKNOWN); code and name, by code.
   */
  public List<SelectItem> getFunderChoices() {
    List<SelectItem> all = getTenantChoices();
    Long mallId = scope == null || scope.isEmpty() ? null : rules.scopeOf(scope).mallId();
    return all.stream()
        .filter(c -> mallId == null || mallId.equals(tenantMalls.get((String) c.getValue())))
        .toList();
  }

  private static String codeOf(RuleScope scope, List<RuleScopeChoice> choices) {
    return choices.stream()
        .filter(c -> c.scope().equals(scope))
        .findFirst()
        .map(RuleScopeChoice::mallCode)
        .orElse(null);
  }

  public List<SelectItem> getScopeChoices() {
    return scopeChoices;
  }

  public String getScope() {
    return scope;
  }

  public void setScope(String scope) {
    this.scope = scope;
  }

  public String getMall() {
    return mall;
  }

  public void setMall(String mall) {
    this.mall = mall;
  }

  public Category[] getCategoryChoices() {
    return Category.values();
  }

  public CampaignDraft getCampaign() {
    return campaign;
  }

  public Integer getFrom() {
    return from;
  }

  public void setFrom(Integer from) {
    this.from = from;
  }

  public int getBasedOn() {
    return basedOn;
  }

  public RulesForm getForm() {
    return form;
  }

  public LocalDateTime getEffectiveFrom() {
    return effectiveFrom;
  }

  public void setEffectiveFrom(LocalDateTime v) {
    effectiveFrom = v;
  }

  public LocalDateTime getEffectiveTo() {
    return effectiveTo;
  }

  public void setEffectiveTo(LocalDateTime v) {
    effectiveTo = v;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String v) {
    note = v;
  }

  public LocalDate getSimFrom() {
    return simFrom;
  }

  public void setSimFrom(LocalDate v) {
    simFrom = v;
  }

  public LocalDate getSimTo() {
    return simTo;
  }

  public void setSimTo(LocalDate v) {
    simTo = v;
  }

  public Simulation getSimulation() {
    return simulation;
  }
}
