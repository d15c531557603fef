package com.atrium.portal.operator.rewards;

import com.atrium.portal.PortalMessages;
import com.atrium.redemption.Reward;
import com.atrium.redemption.RewardDraft;
import com.atrium.redemption.RewardService;
import com.atrium.tenant.MallConfiguration;
import com.atrium.tenant.Tenant;
import com.atrium.tenant.TenantService;
import jakarta.ejb.EJB;
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
 * (dates in the mall's zone: valid from the start of the first day to the end of the last).
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
          "providerTenantId", "reward:provider");

  @EJB RewardService rewards;
  @EJB TenantService tenants;
  @Inject MallConfiguration mall;

  private List<Reward> all;
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

  public List<Reward> getAll() {
    if (all == null) {
      all = rewards.all();
    }
    return all;
  }

  private List<Tenant> tenantList;

  public List<Tenant> getTenants() {
    if (tenantList == null) {
      tenantList = tenants.search(null, null, 0, 200).rows();
    }
    return tenantList;
  }

  public String tenantName(Long id) {
    if (id == null) {
      return PortalMessages.text("rewards.operatorStock");
    }
    return getTenants().stream()
        .filter(t -> t.id().equals(id))
        .map(Tenant::name)
        .findFirst()
        .orElse(String.valueOf(id));
  }

  public void edit(Reward r) {
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
              providerTenantId);
      Reward saved = editing == null ? rewards.create(draft) : rewards.update(editing, draft);
      PortalMessages.info("rewards.saved", saved.code());
      reset();
    } catch (RuntimeException e) {
      PortalMessages.error(e, FIELDS);
    }
  }

  public void retire(Reward r) {
    try {
      rewards.retire(r.id());
      PortalMessages.info("rewards.retired", r.code());
      all = null;
    } catch (RuntimeException e) {
      PortalMessages.error(e, Map.of());
    }
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
    all = null;
  }

  public String date(Instant at) {
    return PortalMessages.dateTime(at, mall.zone());
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
