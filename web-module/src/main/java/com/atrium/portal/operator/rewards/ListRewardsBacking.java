package com.atrium.portal.operator.rewards;

import com.atrium.platform.DomainException;
import com.atrium.portal.NotFound;
import com.atrium.portal.PortalMessages;
import com.atrium.portal.lists.ListColumn;
import com.atrium.portal.lists.ListTable;
import com.atrium.redemption.RewardDraft;
import com.atrium.redemption.RewardService;
import com.atrium.redemption.RewardView;
import com.atrium.security.CurrentCaller;
import com.atrium.tenant.MallConfiguration;
import com.atrium.tenant.MallRegistry;
import com.atrium.tenant.MallSummary;
import com.atrium.tenant.TenantService;
import com.atrium.tenant.TenantView;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * {@code operator/rewards/list.xhtml}: the catalog, and the form that creates or edits a reward
 * (dates in the mall's zone: valid from the start of the first day to the end of the last). A
 * group-wide operator chooses where an operator reward is offered (the group or one mall); a
 * one-mall operator's rewards are its mall's, and a tenant's reward its tenant's mall's. {@code
 * ?edit=id} opens a reward in the form; another mall's id answers 404.
 */
@Named
@ViewScoped
public class ListRewardsBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final Map<String, String> FIELDS =
      Map.of(
          "code", "reward:code",
          "name", "reward:name",
          "pointsPrice", "reward:price",
          "stock", "reward:stock",
          "perMemberLimit", "reward:limit",
          "validUntil", "reward:until",
          "providerTenantId", "reward:provider",
          "mallId", "reward:mall");

  @EJB RewardService rewards;
  @EJB TenantService tenants;
  @EJB MallRegistry malls;
  @Inject CurrentCaller caller;
  @Inject MallConfiguration mall;

  private ListTable<RewardView> table;
  private String statusFilter;
  private Long tenantFilter;
  private LocalDate fromFilter;
  private LocalDate toFilter;
  private List<MallSummary> mallList;
  private Long open;
  private Long editing;
  private String code;
  private String name;
  private String description;
  private long pointsPrice = 100;
  private long stock = 100;
  private int perMemberLimit = 1;
  private LocalDate validFrom = LocalDate.now();
  private LocalDate validUntil = LocalDate.now().plusMonths(1);
  private int couponValidDays = 30;
  private Long providerTenantId;
  private Long mallId;

  /** Runs on the initial GET, after the {@code edit} view parameter is set. */
  public void load() {
    if (FacesContext.getCurrentInstance().isPostback() || open == null) {
      return;
    }
    RewardView r;
    try {
      r = rewards.get(open);
    } catch (DomainException e) {
      if (e.kind() != DomainException.Kind.NOT_FOUND) {
        throw e;
      }
      // another mall's (or an unknown) reward: the same answer as a page that does not exist
      NotFound.send("No such reward");
      return;
    }
    edit(r);
  }

  /**
   * The catalog through the shared {@link ListTable}: filtered by status, provider tenant and the
   * days it is valid on (in the mall's zone), sorted in SQL, exported as shown.
   */
  public ListTable<RewardView> getTable() {
    if (table == null) {
      table =
          new ListTable<>(
              "catalog:table",
              "atrium-rewards",
              r -> String.valueOf(r.id()),
              List.of(
                  ListColumn.sorted("code", "rewards.code", RewardView::code),
                  ListColumn.sorted("name", "rewards.name", RewardView::name),
                  ListColumn.plain(
                      "provider", "rewards.provider", r -> tenantName(r.providerTenantId())),
                  ListColumn.plain("mall", "rewards.mall", r -> mallName(r.mallId())),
                  ListColumn.sorted("price", "rewards.price", RewardView::pointsPrice),
                  ListColumn.sorted("stock", "rewards.stock", RewardView::stock),
                  ListColumn.sorted("limit", "rewards.limit", RewardView::perMemberLimit),
                  ListColumn.sorted(
                      "window", "rewards.window", r -> window(r.validFrom(), r.validUntil())),
                  ListColumn.sorted(
                      "status",
                      "tenants.status",
                      r -> PortalMessages.text("rewards.status." + r.status()))),
              source());
    }
    return table;
  }

  public void filter() {
    if (fromFilter != null && toFilter != null && toFilter.isBefore(fromFilter)) {
      PortalMessages.error("lists.periodBackwards");
      return;
    }
    getTable().show(source());
  }

  private ListTable.Source<RewardView> source() {
    RewardService service = rewards;
    ZoneId zone = mall.zone();
    String status = statusFilter;
    Long tenant = tenantFilter;
    Instant since = fromFilter == null ? null : fromFilter.atStartOfDay(zone).toInstant();
    Instant until = toFilter == null ? null : toFilter.plusDays(1).atStartOfDay(zone).toInstant();
    return (sort, offset, limit) -> service.list(status, tenant, since, until, sort, offset, limit);
  }

  public List<String> getStatuses() {
    return List.of("ACTIVE", "RETIRED");
  }

  public String getStatusFilter() {
    return statusFilter;
  }

  public void setStatusFilter(String statusFilter) {
    this.statusFilter = statusFilter;
  }

  public Long getTenantFilter() {
    return tenantFilter;
  }

  public void setTenantFilter(Long tenantFilter) {
    this.tenantFilter = tenantFilter;
  }

  public LocalDate getFromFilter() {
    return fromFilter;
  }

  public void setFromFilter(LocalDate fromFilter) {
    this.fromFilter = fromFilter;
  }

  public LocalDate getToFilter() {
    return toFilter;
  }

  public void setToFilter(LocalDate toFilter) {
    this.toFilter = toFilter;
  }

  /** After a change: the catalog shows the rows as they are now, from its first page. */
  private void refresh() {
    if (table != null) {
      table.show(source());
    }
  }

  private List<TenantView> tenantList;

  public List<TenantView> getTenants() {
    if (tenantList == null) {
      tenantList = tenants.matching(null, null, 200);
    }
    return tenantList;
  }

  /** The malls an operator reward may be offered at; only a group-wide operator chooses. */
  public List<MallSummary> getMalls() {
    if (mallList == null) {
      mallList = malls.malls();
    }
    return mallList;
  }

  public boolean isGroupWide() {
    return caller.mallId().isEmpty();
  }

  /** Where a reward is offered: one mall's name, or the whole group. */
  public String mallName(Long id) {
    if (id == null) {
      return PortalMessages.text("rewards.groupWide");
    }
    return getMalls().stream()
        .filter(m -> m.id() == id)
        .map(MallSummary::name)
        .findFirst()
        .orElse(String.valueOf(id));
  }

  /** A one-mall operator leaves the group's rewards to the group: no edit or retire for them. */
  public boolean mayChange(RewardView r) {
    return r.mallId() != null || isGroupWide();
  }

  public String tenantName(Long id) {
    if (id == null) {
      return PortalMessages.text("rewards.operatorStock");
    }
    return getTenants().stream()
        .filter(t -> t.id() == id)
        .map(TenantView::name)
        .findFirst()
        .orElse(String.valueOf(id));
  }

  public void edit(RewardView r) {
    ZoneId zone = mall.zone();
    editing = r.id();
    code = r.code();
    name = r.name();
    description = r.description();
    pointsPrice = r.pointsPrice();
    stock = r.stock();
    perMemberLimit = r.perMemberLimit();
    validFrom = r.validFrom().atZone(zone).toLocalDate();
    validUntil = r.validUntil().atZone(zone).toLocalDate().minusDays(1);
    couponValidDays = r.couponValidDays();
    providerTenantId = r.providerTenantId();
    mallId = r.providerTenantId() == null ? r.mallId() : null;
  }

  public void save() {
    try {
      ZoneId zone = mall.zone();
      Instant from = validFrom == null ? null : validFrom.atStartOfDay(zone).toInstant();
      Instant until =
          validUntil == null ? null : validUntil.plusDays(1).atStartOfDay(zone).toInstant();
      RewardDraft draft =
          new RewardDraft(
              code,
              name,
              description,
              pointsPrice,
              stock,
              perMemberLimit,
              from,
              until,
              couponValidDays,
              providerTenantId,
              mallId);
      RewardView saved = editing == null ? rewards.create(draft) : rewards.update(editing, draft);
      PortalMessages.info("rewards.saved", saved.code());
      reset();
    } catch (RuntimeException e) {
      refused(e, FIELDS);
    }
  }

  public void retire(RewardView r) {
    try {
      rewards.retire(r.id());
      PortalMessages.info("rewards.retired", r.code());
      refresh();
    } catch (RuntimeException e) {
      refused(e, Map.of());
    }
  }

  /**
   * GROUP_SCOPE_REQUIRED is shared with logins and keys; here it says which rewards it is about.
   */
  private static void refused(RuntimeException e, Map<String, String> fields) {
    if (e instanceof DomainException d && "GROUP_SCOPE_REQUIRED".equals(d.code())) {
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_ERROR, PortalMessages.text("rewards.groupOnly"), null));
      faces.validationFailed();
      return;
    }
    PortalMessages.error(e, fields);
  }

  public void reset() {
    editing = null;
    code = null;
    name = null;
    description = null;
    pointsPrice = 100;
    stock = 100;
    perMemberLimit = 1;
    validFrom = LocalDate.now(mall.zone());
    validUntil = validFrom.plusMonths(1);
    couponValidDays = 30;
    providerTenantId = null;
    mallId = null;
    refresh();
  }

  /**
   * A reward's validity as the form takes it, first and last day: the stored end is exclusive (the
   * start of the day after), shown as the day before so that it reads as it was entered.
   */
  public String window(Instant from, Instant until) {
    ZoneId zone = mall.zone();
    return PortalMessages.day(from, zone) + " – " + PortalMessages.lastDay(until, zone);
  }

  public Long getOpen() {
    return open;
  }

  public void setOpen(Long open) {
    this.open = open;
  }

  public Long getMallId() {
    return mallId;
  }

  public void setMallId(Long mallId) {
    this.mallId = mallId;
  }

  public Long getEditing() {
    return editing;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public long getPointsPrice() {
    return pointsPrice;
  }

  public void setPointsPrice(long pointsPrice) {
    this.pointsPrice = pointsPrice;
  }

  public long getStock() {
    return stock;
  }

  public void setStock(long stock) {
    this.stock = stock;
  }

  public int getPerMemberLimit() {
    return perMemberLimit;
  }

  public void setPerMemberLimit(int perMemberLimit) {
    this.perMemberLimit = perMemberLimit;
  }

  public LocalDate getValidFrom() {
    return validFrom;
  }

  public void setValidFrom(LocalDate validFrom) {
    this.validFrom = validFrom;
  }

  public LocalDate getValidUntil() {
    return validUntil;
  }

  public void setValidUntil(LocalDate validUntil) {
    this.validUntil = validUntil;
  }

  public int getCouponValidDays() {
    return couponValidDays;
  }

  public void setCouponValidDays(int couponValidDays) {
    this.couponValidDays = couponValidDays;
  }

  public Long getProviderTenantId() {
    return providerTenantId;
  }

  public void setProviderTenantId(Long providerTenantId) {
    this.providerTenantId = providerTenantId;
  }
}
