package com.atrium.redemption;

import com.atrium.audit.AuditLog;
import com.atrium.platform.Clock;
import com.atrium.platform.DomainException;
import com.atrium.platform.Page;
import com.atrium.platform.Sort;
import com.atrium.platform.SortColumns;
import com.atrium.security.CurrentCaller;
import com.atrium.security.Roles;
import com.atrium.tenant.MallRegistry;
import com.atrium.tenant.TenantService;
import com.atrium.tenant.TenantView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The rewards catalog: operators (marketing, admin) create, edit and retire rewards; audited. Every
 * caller sees the group's rewards and its own mall's ({@link RewardScope}): another mall's reward
 * answers REWARD_NOT_FOUND by id and by code, to one-mall operators and to tenants' tills alike.
 */
@Stateless
public class RewardService {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @EJB AuditLog audit;
  @EJB TenantService tenants;
  @EJB MallRegistry malls;
  @Inject CurrentCaller caller;
  @Inject Clock clock;

  @RolesAllowed({Roles.OPERATOR_MARKETING, Roles.OPERATOR_ADMIN})
  public RewardView create(@NotNull @Valid RewardDraft draft) {
    if (byCode(draft.code()).isPresent()) {
      throw new DomainException(
          DomainException.Kind.CONFLICT, "REWARD_CODE_TAKEN", "code", "Reward code already used");
    }
    Reward reward = new Reward(draft, mallFor(draft), clock.now());
    em.persist(reward);
    em.flush();
    audit.record("REWARD_CREATED", "reward", reward.id(), Map.of(), reward.snapshot());
    return reward.view();
  }

  @RolesAllowed({Roles.OPERATOR_MARKETING, Roles.OPERATOR_ADMIN})
  public RewardView update(long id, @NotNull @Valid RewardDraft draft) {
    Reward reward = changeable(id);
    var before = reward.snapshot();
    reward.apply(draft, mallFor(draft));
    em.flush();
    audit.record("REWARD_UPDATED", "reward", id, before, reward.snapshot());
    return reward.view();
  }

  @RolesAllowed({Roles.OPERATOR_MARKETING, Roles.OPERATOR_ADMIN})
  public RewardView retire(long id) {
    Reward reward = changeable(id);
    var before = reward.snapshot();
    reward.retire();
    audit.record("REWARD_RETIRED", "reward", id, before, reward.snapshot());
    return reward.view();
  }

  /** A reward the caller sees; another mall's is not found. */
  public RewardView get(long id) {
    return visible(id).view();
  }

  public Optional<RewardView> findByCode(String code) {
    return byCode(code)
        .filter(r -> RewardScope.visible(callerMall(), r.mallId()))
        .map(Reward::view);
  }

  /** A reward the caller sees, by code: what a till redeems. */
  public RewardView requireByCode(String code) {
    return findByCode(code).orElseThrow(() -> RewardScope.notFound(code));
  }

  /** The catalog as the caller sees it: the group's rewards and its own mall's. */
  public List<RewardView> all() {
    Optional<Long> mall = callerMall();
    var query =
        mall.isPresent()
            ? em.createNamedQuery("Reward.ofMall", Reward.class).setParameter("mall", mall.get())
            : em.createNamedQuery("Reward.all", Reward.class);
    return query.setMaxResults(500).getResultStream().map(Reward::view).toList();
  }

  /** The columns the rewards list may be sorted by; newest first when none. */
  static final SortColumns SORT =
      SortColumns.of(
          "r.id desc",
          "r.id desc",
          "code",
          "r.code",
          "name",
          "r.name",
          "price",
          "r.pointsPrice",
          "stock",
          "r.stock",
          "limit",
          "r.perMemberLimit",
          "window",
          "r.validUntil",
          "status",
          "r.status");

  /**
   * One page of the rewards the caller sees, of a status and a provider tenant (each null for any),
   * valid at some time in {@code [validFrom, validUntil)} (each null for open), in a whitelisted
   * order ({@link #SORT}).
   */
  public Page<RewardView> list(
      String status,
      Long providerTenantId,
      Instant validFrom,
      Instant validUntil,
      Sort sort,
      int offset,
      int limit) {
    StringBuilder where = new StringBuilder(" where 1 = 1");
    Map<String, Object> params = new java.util.HashMap<>();
    callerMall()
        .ifPresent(
            m -> {
              where.append(" and (r.mallId is null or r.mallId = :mall)");
              params.put("mall", m);
            });
    if (status != null && !status.isBlank()) {
      where.append(" and r.status = :status");
      params.put("status", status);
    }
    if (providerTenantId != null) {
      where.append(" and r.providerTenantId = :provider");
      params.put("provider", providerTenantId);
    }
    if (validFrom != null) {
      where.append(" and r.validUntil > :from");
      params.put("from", validFrom);
    }
    if (validUntil != null) {
      where.append(" and r.validFrom < :until");
      params.put("until", validUntil);
    }
    var rows = em.createQuery("select r from Reward r" + where + SORT.orderBy(sort), Reward.class);
    var count = em.createQuery("select count(r) from Reward r" + where, Long.class);
    params.forEach(
        (k, v) -> {
          rows.setParameter(k, v);
          count.setParameter(k, v);
        });
    int size = Page.clampLimit(limit);
    int first = Math.max(0, offset);
    List<RewardView> views =
        rows.setFirstResult(first).setMaxResults(size).getResultStream().map(Reward::view).toList();
    return new Page<>(views, first, size, count.getSingleResult());
  }

  /** The active rewards the caller may redeem (at the service desk). */
  public List<RewardView> redeemable() {
    return all().stream().filter(RewardView::isActive).toList();
  }

  Reward visible(long id) {
    Reward reward = em.find(Reward.class, id);
    if (reward == null || !RewardScope.visible(callerMall(), reward.mallId())) {
      throw RewardScope.notFound(id);
    }
    return reward;
  }

  private Reward changeable(long id) {
    Reward reward = em.find(Reward.class, id);
    if (reward == null) {
      throw RewardScope.notFound(id);
    }
    RewardScope.requireChangeable(callerMall(), reward.mallId(), String.valueOf(id));
    return reward;
  }

  /** Codes are unique across malls, so taking one looks at every reward. */
  private Optional<Reward> byCode(String code) {
    return em.createNamedQuery("Reward.byCode", Reward.class)
        .setParameter("code", code == null ? "" : code.trim().toUpperCase(Locale.ROOT))
        .getResultStream()
        .findFirst();
  }

  /**
   * Where the drafted reward belongs: its provider tenant's mall (a tenant the caller cannot see,
   * another mall's for a one-mall operator, is TENANT_NOT_FOUND), else the one-mall caller's or the
   * chosen one.
   */
  private Long mallFor(RewardDraft draft) {
    Optional<Long> scope = callerMall();
    Long providerMall = null;
    if (draft.providerTenantId() != null) {
      providerMall =
          tenants
              .find(draft.providerTenantId())
              .map(TenantView::mallId)
              .orElseThrow(
                  () ->
                      DomainException.invalid(
                          "TENANT_NOT_FOUND", "providerTenantId", "No such tenant"));
    } else if (draft.mallId() != null && scope.isEmpty() && malls.mall(draft.mallId()).isEmpty()) {
      throw DomainException.invalid("MALL_NOT_FOUND", "mallId", "No such mall");
    }
    return RewardScope.mallOf(scope, providerMall, draft.mallId());
  }

  /**
   * The one mall the caller is confined to: a one-mall operator's, or the mall of the tenant whose
   * till or staff calls; empty for a group-wide operator.
   */
  private Optional<Long> callerMall() {
    Optional<Long> tenant = caller.tenantId();
    return tenant.isPresent() ? Optional.of(tenants.mallOf(tenant.get())) : caller.mallId();
  }
}
