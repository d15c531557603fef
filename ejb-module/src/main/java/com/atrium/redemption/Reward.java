package com.atrium.redemption;

import com.atrium.platform.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A reward of the catalog: its points price, stock, per-member limit, the window in which it can be
 * redeemed and who provides it (a tenant, or the operator's own stock when {@code providerTenantId}
 * is null), and where it is offered: one mall ({@code mallId}), or the whole group when null; a
 * tenant's reward always belongs to its tenant's mall ({@link RewardScope}). Stock is never changed
 * through this entity while redemptions run: it moves by conditional updates in {@link
 * RedemptionBook}, so it can never go below zero.
 */
@Entity
@Table(name = "reward")
@NamedQuery(name = "Reward.byCode", query = "select r from Reward r where r.code = :code")
@NamedQuery(name = "Reward.all", query = "select r from Reward r order by r.status, r.code")
@NamedQuery(
    name = "Reward.ofMall",
    query =
        "select r from Reward r where r.mallId is null or r.mallId = :mall"
            + " order by r.status, r.code")
public class Reward {

  @Id
  @SequenceGenerator(name = "atrium_seq", sequenceName = "atrium_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "atrium_seq")
  private Long id;

  @Column(nullable = false, updatable = false)
  private String code;

  @Column(nullable = false)
  private String name;

  private String description;

  @Column(name = "points_price", nullable = false)
  private long pointsPrice;

  @Column(nullable = false)
  private long stock;

  @Column(name = "per_member_limit", nullable = false)
  private int perMemberLimit;

  @Column(name = "valid_from", nullable = false)
  private Instant validFrom;

  @Column(name = "valid_until", nullable = false)
  private Instant validUntil;

  @Column(name = "coupon_valid_days", nullable = false)
  private int couponValidDays;

  @Column(name = "provider_tenant_id")
  private Long providerTenantId;

  @Column(name = "mall_id")
  private Long mallId;

  @Column(nullable = false)
  private String status;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Version private long version;

  protected Reward() {}

  /**
   * {@code mallId}: where it is offered, as {@link RewardScope#mallOf} decided; null: the group.
   */
  Reward(RewardDraft draft, Long mallId, Instant now) {
    this.code = draft.code().trim().toUpperCase(Locale.ROOT);
    this.createdAt = now;
    this.status = "ACTIVE";
    apply(draft, mallId);
  }

  void apply(RewardDraft draft, Long mallId) {
    if (!draft.validUntil().isAfter(draft.validFrom())) {
      throw DomainException.invalid(
          "REWARD_WINDOW_INVALID", "validUntil", "The reward must be valid until after it starts");
    }
    this.name = draft.name().trim();
    this.description = draft.description();
    this.pointsPrice = draft.pointsPrice();
    this.stock = draft.stock();
    this.perMemberLimit = draft.perMemberLimit();
    this.validFrom = draft.validFrom();
    this.validUntil = draft.validUntil();
    this.couponValidDays = draft.couponValidDays();
    this.providerTenantId = draft.providerTenantId();
    this.mallId = mallId;
  }

  void retire() {
    this.status = "RETIRED";
  }

  /** Refuses a redemption outside the reward's window or after it was retired. */
  void requireRedeemableAt(Instant at) {
    if (!"ACTIVE".equals(status) || at.isBefore(validFrom) || !at.isBefore(validUntil)) {
      throw DomainException.conflict(
          "REWARD_NOT_AVAILABLE", "Reward " + code + " cannot be redeemed now");
    }
  }

  /** Until when a coupon issued at {@code issuedAt} may be verified. */
  Instant couponValidUntil(Instant issuedAt) {
    return issuedAt.plus(Duration.ofDays(couponValidDays));
  }

  Map<String, Object> snapshot() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("code", code);
    m.put("name", name);
    m.put("pointsPrice", pointsPrice);
    m.put("stock", stock);
    m.put("perMemberLimit", perMemberLimit);
    m.put("validFrom", validFrom);
    m.put("validUntil", validUntil);
    m.put("couponValidDays", couponValidDays);
    m.put("providerTenantId", providerTenantId);
    m.put("mallId", mallId);
    m.put("status", status);
    return m;
  }

  public Long id() {
    return id;
  }

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }

  public String description() {
    return description;
  }

  public long pointsPrice() {
    return pointsPrice;
  }

  public long stock() {
    return stock;
  }

  public int perMemberLimit() {
    return perMemberLimit;
  }

  public Instant validFrom() {
    return validFrom;
  }

  public Instant validUntil() {
    return validUntil;
  }

  public int couponValidDays() {
    return couponValidDays;
  }

  public Long providerTenantId() {
    return providerTenantId;
  }

  public Long mallId() {
    return mallId;
  }

  public String status() {
    return status;
  }

  RewardView view() {
    return new RewardView(
        id,
        code,
        name,
        description,
        pointsPrice,
        stock,
        perMemberLimit,
        validFrom,
        validUntil,
        couponValidDays,
        providerTenantId,
        mallId,
        status);
  }
}
