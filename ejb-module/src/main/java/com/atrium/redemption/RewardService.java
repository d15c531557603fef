package com.atrium.redemption;

import com.atrium.audit.AuditLog;
import com.atrium.platform.Clock;
import com.atrium.platform.DomainException;
import com.atrium.security.Roles;
import com.atrium.tenant.TenantService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The rewards catalog: operators (marketing, admin) create, edit and retire rewards; audited. */
@Stateless
public class RewardService {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @EJB AuditLog audit;
  @EJB TenantService tenants;
  @Inject Clock clock;

  @RolesAllowed({Roles.OPERATOR_MARKETING, Roles.OPERATOR_ADMIN})
  public Reward create(@NotNull @Valid RewardDraft draft) {
    if (findByCode(draft.code().trim()).isPresent()) {
      throw new DomainException(
          DomainException.Kind.CONFLICT, "REWARD_CODE_TAKEN", "code", "Reward code already used");
    }
    requireTenant(draft.providerTenantId());
    Reward reward = new Reward(draft, clock.now());
    em.persist(reward);
    em.flush();
    audit.record("REWARD_CREATED", "reward", reward.id(), Map.of(), reward.snapshot());
    return reward;
  }

  @RolesAllowed({Roles.OPERATOR_MARKETING, Roles.OPERATOR_ADMIN})
  public Reward update(long id, @NotNull @Valid RewardDraft draft) {
    Reward reward = get(id);
    requireTenant(draft.providerTenantId());
    var before = reward.snapshot();
    reward.apply(draft);
    em.flush();
    audit.record("REWARD_UPDATED", "reward", id, before, reward.snapshot());
    return reward;
  }

  @RolesAllowed({Roles.OPERATOR_MARKETING, Roles.OPERATOR_ADMIN})
  public Reward retire(long id) {
    Reward reward = get(id);
    var before = reward.snapshot();
    reward.retire();
    audit.record("REWARD_RETIRED", "reward", id, before, reward.snapshot());
    return reward;
  }

  public Reward get(long id) {
    Reward reward = em.find(Reward.class, id);
    if (reward == null) {
      throw DomainException.notFound("REWARD_NOT_FOUND", "No reward " + id);
    }
    return reward;
  }

  public Optional<Reward> findByCode(String code) {
    return em.createNamedQuery("Reward.byCode", Reward.class)
        .setParameter("code", code == null ? "" : code.trim().toUpperCase(Locale.ROOT))
        .getResultStream()
        .findFirst();
  }

  public Reward requireByCode(String code) {
    return findByCode(code)
        .orElseThrow(() -> DomainException.notFound("REWARD_NOT_FOUND", "No reward " + code));
  }

  public List<Reward> all() {
    return em.createNamedQuery("Reward.all", Reward.class).setMaxResults(500).getResultList();
  }

  private void requireTenant(Long tenantId) {
    if (tenantId != null && tenants.find(tenantId).isEmpty()) {
      throw DomainException.invalid("TENANT_NOT_FOUND", "providerTenantId", "No such tenant");
    }
  }
}
