package com.atrium.tenant;

import com.atrium.audit.AuditLog;
import com.atrium.platform.Clock;
import com.atrium.platform.DomainException;
import com.atrium.platform.Page;
import com.atrium.platform.Sort;
import com.atrium.platform.SortColumns;
import com.atrium.security.CurrentCaller;
import com.atrium.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The operator's register of tenant merchants. Writes are the operator admin's; a tenant's own
 * staff and POS see only their tenant, and another tenant's id behaves as if it did not exist.
 */
@Stateless
public class TenantService {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject CurrentCaller caller;
  @EJB AuditLog audit;
  @Inject Clock clock;
  @Inject Event<TenantOpened> opened;
  @Inject MallConfiguration configuration;

  /**
   * One page of the tenants the caller may see (a one-mall operator: that mall's) whose code or
   * name contains the text, in code order: the operator's tenant list.
   */
  @RolesAllowed({
    Roles.OPERATOR_ADMIN,
    Roles.OPERATOR_MARKETING,
    Roles.OPERATOR_FINANCE,
    Roles.OPERATOR_SERVICE
  })
  public Page<TenantDetails> list(String query, TenantStatus status, int offset, int limit) {
    return list(query, status, null, Sort.NONE, offset, limit);
  }

  /** The columns the tenant list may be sorted by; by code when none. */
  static final SortColumns SORT =
      SortColumns.of(
          "t.code",
          "t.id",
          "code",
          "t.code",
          "name",
          "t.name",
          "category",
          "t.category",
          "floor",
          "t.floor",
          "contract",
          "t.contractEnd",
          "status",
          "t.status");

  /**
   * The tenants the caller may see whose name or code holds {@code query}, of a status and a
   * category (each null for any), in a whitelisted order ({@link #SORT}), one page.
   */
  public Page<TenantDetails> list(
      String query, TenantStatus status, Category category, Sort sort, int offset, int limit) {
    Page<Tenant> page = page(query, status, category, sort, offset, limit);
    return new Page<>(
        page.rows().stream().map(TenantDetails::of).toList(),
        page.offset(),
        page.limit(),
        page.total());
  }

  private Page<Tenant> page(
      String query, TenantStatus status, Category category, Sort sort, int offset, int limit) {
    StringBuilder where = new StringBuilder(" where 1 = 1");
    String pattern = null;
    if (query != null && !query.isBlank()) {
      pattern = "%" + query.trim().toLowerCase(Locale.ROOT) + "%";
      where.append(" and (lower(t.name) like :q or lower(t.code) like :q)");
    }
    if (status != null) {
      where.append(" and t.status = :status");
    }
    if (category != null) {
      where.append(" and t.category = :category");
    }
    Optional<Long> mall = caller.mallId();
    if (mall.isPresent()) {
      where.append(" and t.mallId = :mall");
    }
    TypedQuery<Tenant> rows =
        em.createQuery("select t from Tenant t" + where + SORT.orderBy(sort), Tenant.class);
    TypedQuery<Long> count = em.createQuery("select count(t) from Tenant t" + where, Long.class);
    for (TypedQuery<?> q : List.of(rows, count)) {
      if (pattern != null) {
        q.setParameter("q", pattern);
      }
      if (status != null) {
        q.setParameter("status", status);
      }
      if (category != null) {
        q.setParameter("category", category);
      }
      mall.ifPresent(m -> q.setParameter("mall", m));
    }
    int size = Page.clampLimit(limit);
    int start = Math.max(0, offset);
    return new Page<>(
        rows.setFirstResult(start).setMaxResults(size).getResultList(),
        start,
        size,
        count.getSingleResult());
  }

  /**
   * A tenant the caller may see; another tenant's id, or a tenant of another mall for a one-mall
   * operator, is reported as not found.
   */
  private Tenant get(long id) {
    Tenant t = em.find(Tenant.class, id);
    if (t == null || !visible(t)) {
      throw DomainException.notFound("TENANT_NOT_FOUND", "No tenant " + id);
    }
    return t;
  }

  /** Tenants' names by id (for lines that name where they happened); unknown ids are left out. */
  public Map<Long, String> namesOf(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    return em.createNamedQuery("Tenant.namesOf", Object[].class)
        .setParameter("ids", Set.copyOf(ids))
        .getResultStream()
        .collect(Collectors.toMap(r -> ((Number) r[0]).longValue(), r -> (String) r[1]));
  }

  /**
   * The tenants of one mall, or of every mall (null), that the caller may see, as views by id: the
   * few facts a set-based read over another context's rows (the what-if simulation) joins itself.
   */
  public Map<Long, TenantView> viewsIn(Long mallId) {
    TypedQuery<Tenant> query =
        mallId == null
            ? em.createNamedQuery("Tenant.all", Tenant.class)
            : em.createNamedQuery("Tenant.ofMall", Tenant.class).setParameter("mall", mallId);
    return query
        .getResultStream()
        .filter(this::visible)
        .collect(Collectors.toMap(Tenant::id, TenantView::of));
  }

  /**
   * The mall of a tenant, whoever asks: what a record made at the tenant (a lot, a redemption of
   * its reward) stores as its mall. It says nothing else of the tenant, so it needs no visibility.
   */
  public long mallOf(long tenantId) {
    Tenant t = em.find(Tenant.class, tenantId);
    if (t == null) {
      throw DomainException.notFound("TENANT_NOT_FOUND", "No tenant " + tenantId);
    }
    return t.mallId();
  }

  /** A tenant the caller may see, as a view (for adapters that only name or pick it). */
  public TenantView view(long id) {
    return TenantView.of(get(id));
  }

  /** A tenant the caller may see, with its unit and contract (the operator's edit page). */
  public TenantDetails details(long id) {
    return TenantDetails.of(get(id));
  }

  public Optional<TenantView> viewByCode(String code) {
    return findByCode(code).map(TenantView::of);
  }

  /** Up to {@code limit} tenants whose code or name contains the text, in code order. */
  @RolesAllowed({
    Roles.OPERATOR_ADMIN,
    Roles.OPERATOR_MARKETING,
    Roles.OPERATOR_FINANCE,
    Roles.OPERATOR_SERVICE
  })
  public List<TenantView> matching(String query, TenantStatus status, int limit) {
    return page(query, status, null, Sort.NONE, 0, limit).rows().stream()
        .map(TenantView::of)
        .toList();
  }

  /** The tenant as other contexts see it, if the caller may see it. */
  public Optional<TenantView> find(long id) {
    Tenant t = em.find(Tenant.class, id);
    return t == null || !visible(t) ? Optional.empty() : Optional.of(TenantView.of(t));
  }

  private Optional<Tenant> findByCode(String code) {
    return em.createNamedQuery("Tenant.byCode", Tenant.class)
        .setParameter("code", code)
        .getResultStream()
        .filter(this::visible)
        .findFirst();
  }

  /** Within the caller's tenant (store staff, POS) and mall (one-mall operators). */
  private boolean visible(Tenant t) {
    return caller.maySee(t.id()) && caller.maySeeMall(t.mallId());
  }

  /**
   * Every tenant of every mall, whoever asks: for work without a caller that must reach each tenant
   * (clearing gives each its configured terms at startup). Adapters never call it.
   */
  public List<TenantView> everyTenant() {
    return em.createQuery("select t from Tenant t order by t.id", Tenant.class)
        .getResultStream()
        .map(TenantView::of)
        .toList();
  }

  /** The caller's own tenant (a merchant assistant's or a POS key's). */
  public TenantView own() {
    return TenantView.of(get(caller.requireTenantId()));
  }

  /** The tenant's sale thresholds and its mall's velocity limits (docs/approvals.md). */
  public SaleLimits saleLimitsOf(TenantView tenant) {
    Mall mall = em.find(Mall.class, tenant.mallId());
    return configuration.saleLimitsOf(
        tenant.code(), tenant.category(), mall == null ? "" : mall.code());
  }

  public TenantTerms termsOf(TenantView tenant) {
    return configuration.termsOf(tenant.code(), tenant.category());
  }

  @RolesAllowed(Roles.OPERATOR_ADMIN)
  public TenantDetails create(@NotNull @Valid TenantDraft draft) {
    TenantCode code = TenantCode.parse(draft.code());
    if (!em.createNamedQuery("Tenant.byCode", Tenant.class)
        .setParameter("code", code.value())
        .getResultList()
        .isEmpty()) {
      throw new DomainException(
          DomainException.Kind.CONFLICT,
          "TENANT_CODE_TAKEN",
          "code",
          "Tenant code " + code + " is already in use");
    }
    Tenant tenant = new Tenant(mallOf(code).id(), code, draft, clock.now());
    em.persist(tenant);
    em.flush();
    opened.fire(new TenantOpened(tenant.id(), tenant.mallId(), tenant.code()));
    audit.record("TENANT_CREATED", "tenant", tenant.id(), null, tenant.snapshot());
    return TenantDetails.of(tenant);
  }

  @RolesAllowed(Roles.OPERATOR_ADMIN)
  public TenantDetails update(long id, @NotNull @Valid TenantDraft draft) {
    Tenant tenant = get(id);
    var before = tenant.snapshot();
    tenant.apply(draft);
    audit.record("TENANT_UPDATED", "tenant", id, before, tenant.snapshot());
    return TenantDetails.of(tenant);
  }

  @RolesAllowed(Roles.OPERATOR_ADMIN)
  public TenantDetails deactivate(long id) {
    Tenant tenant = get(id);
    var before = tenant.snapshot();
    tenant.deactivate();
    audit.record("TENANT_DEACTIVATED", "tenant", id, before, tenant.snapshot());
    return TenantDetails.of(tenant);
  }

  @RolesAllowed(Roles.OPERATOR_ADMIN)
  public TenantDetails activate(long id) {
    Tenant tenant = get(id);
    var before = tenant.snapshot();
    tenant.activate();
    audit.record("TENANT_ACTIVATED", "tenant", id, before, tenant.snapshot());
    return TenantDetails.of(tenant);
  }

  /** The mall tenant-config puts the tenant in ({@code tenant.<CODE>.mall}), else the first. */
  private Mall mallOf(TenantCode code) {
    return em.createNamedQuery("Mall.byCode", Mall.class)
        .setParameter("code", configuration.mallOfTenant(code.value()))
        .getResultStream()
        .findFirst()
        .orElseGet(this::firstMall);
  }

  private Mall firstMall() {
    return em.createNamedQuery("Mall.all", Mall.class)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .orElseThrow(
            () ->
                DomainException.conflict(
                    "MALL_MISSING",
                    "No mall is configured; the first migration or seed creates it"));
  }
}
