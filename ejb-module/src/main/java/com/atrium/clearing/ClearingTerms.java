package com.atrium.clearing;

import com.atrium.audit.AuditLog;
import com.atrium.platform.Clock;
import com.atrium.platform.DomainException;
import com.atrium.platform.UniqueViolation;
import com.atrium.security.CurrentCaller;
import com.atrium.security.Roles;
import com.atrium.tenant.MallConfiguration;
import com.atrium.tenant.TenantOpened;
import com.atrium.tenant.TenantService;
import com.atrium.tenant.TenantTerms;
import com.atrium.tenant.TenantView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Each tenant's clearing terms and their history (docs/clearing.md, "Terms and their history").
 * Finance and the admin read and change them, within their mall: another mall's tenant is not
 * found. A change adds a version from now or later, never backwards, and is audited.
 */
@Stateless
public class ClearingTerms {

  /** From when the terms seeded from tenant-config are in force: before any booked entry. */
  static final Instant SEEDED_FROM = Instant.parse("2000-01-01T00:00:00Z");

  /** The latest start a version may have: both databases keep years up to 9999. */
  static final Instant LATEST = Instant.parse("9999-12-31T00:00:00Z");

  /** The {@code created_by} of the seeded versions: where their figures came from. */
  static final String SEEDED_BY = "tenant-config";

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @EJB TenantService tenants;
  @EJB AuditLog audit;
  @Inject CurrentCaller caller;
  @Inject Clock clock;
  @Inject MallConfiguration configuration;

  /** A tenant's terms, newest first, with the version in force now. */
  @RolesAllowed({Roles.OPERATOR_FINANCE, Roles.OPERATOR_ADMIN})
  public TermsHistory history(long tenantId) {
    TenantView tenant = tenants.view(tenantId);
    Instant now = clock.now();
    List<ClearingTermsVersion> versions = versionsOf(tenantId);
    return new TermsHistory(
        tenant.id(),
        tenant.code(),
        tenant.name(),
        versions.stream()
            .filter(v -> !v.effectiveFrom().isAfter(now))
            .findFirst()
            .map(ClearingTermsVersion::view),
        versions.stream().map(ClearingTermsVersion::view).toList());
  }

  /** The version of a tenant's terms in force at an instant (of booked time). */
  @RolesAllowed({Roles.OPERATOR_FINANCE, Roles.OPERATOR_ADMIN})
  public Optional<TermsVersion> inForceAt(long tenantId, Instant at) {
    tenants.view(tenantId);
    return em.createNamedQuery("ClearingTermsVersion.inForceAt", ClearingTermsVersion.class)
        .setParameter("tenant", tenantId)
        .setParameter("at", at)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .map(ClearingTermsVersion::view);
  }

  /**
   * Adds a version of a tenant's terms, in force from {@code draft.effectiveFrom()} (now when
   * null). Refused: a start in the past (a booked line's rate never changes), a version already
   * starting at that instant, terms equal to those they would follow, rates or fee out of bounds.
   */
  @RolesAllowed({Roles.OPERATOR_FINANCE, Roles.OPERATOR_ADMIN})
  public TermsVersion change(long tenantId, TermsDraft draft) {
    if (draft == null) {
      throw DomainException.invalid("BODY_INVALID", null, "The new terms are required");
    }
    TenantView tenant = tenants.view(tenantId);
    Instant now = clock.now();
    Instant from =
        draft.effectiveFrom() == null ? now : draft.effectiveFrom().truncatedTo(ChronoUnit.MICROS);
    if (from.isAfter(LATEST)) {
      throw DomainException.invalid(
          "EFFECTIVE_FROM_INVALID", "effectiveFrom", "Terms start before the year 10000");
    }
    if (from.isBefore(now)) {
      throw DomainException.invalid(
          "EFFECTIVE_FROM_IN_PAST",
          "effectiveFrom",
          "Terms start now or later: lines already booked keep the rate they were booked with");
    }
    seedIfNone(tenant);
    List<ClearingTermsVersion> versions = versionsOf(tenantId);
    int number = versions.stream().mapToInt(ClearingTermsVersion::version).max().orElse(0) + 1;
    ClearingTermsVersion version =
        new ClearingTermsVersion(tenant.id(), number, from, draft, caller.name(), now);
    if (versions.stream().anyMatch(v -> v.effectiveFrom().equals(from))) {
      throw DomainException.conflict(
          "TERMS_VERSION_EXISTS", "The tenant already has terms starting at " + from);
    }
    Optional<ClearingTermsVersion> before =
        versions.stream().filter(v -> v.effectiveFrom().isBefore(from)).findFirst();
    if (before.isPresent() && before.get().sameTermsAs(draft)) {
      throw DomainException.conflict(
          "TERMS_UNCHANGED", "These are the terms already in force at " + from);
    }
    try {
      em.persist(version);
      em.flush();
    } catch (PersistenceException e) {
      if (UniqueViolation.isCauseOf(e)) {
        // another change of this tenant took the same version number first
        throw DomainException.conflict(
            "TERMS_CHANGED_CONCURRENTLY",
            "The tenant's terms were changed at the same moment; read them again");
      }
      throw e;
    }
    audit.record(
        "CLEARING_TERMS_CHANGED",
        "tenant",
        tenant.id(),
        before.map(ClearingTermsVersion::snapshot).orElse(null),
        version.snapshot());
    return version.view();
  }

  /**
   * The versions of the given tenants that matter for a period ending at {@code to}: every version
   * starting before it, by tenant, start and number (the calculator keeps, per tenant, the last one
   * at or before the period's start and the ones inside it). One query for any number of tenants. A
   * tenant without stored terms (made behind the service's back, as tests do) has the version 1 the
   * seed would give it, so that pricing never depends on whether the seed has run.
   */
  @RolesAllowed({Roles.OPERATOR_FINANCE, Roles.OPERATOR_ADMIN})
  public List<TermsVersion> versionsBefore(Collection<TenantView> tenantsOfPeriod, Instant to) {
    if (tenantsOfPeriod.isEmpty()) {
      return List.of();
    }
    Set<Long> ids = new HashSet<>();
    tenantsOfPeriod.forEach(t -> ids.add(t.id()));
    List<TermsVersion> versions =
        new ArrayList<>(
            em.createNamedQuery("ClearingTermsVersion.ofTenantsBefore", ClearingTermsVersion.class)
                .setParameter("tenants", ids)
                .setParameter("to", to)
                .getResultStream()
                .map(ClearingTermsVersion::view)
                .toList());
    Set<Long> withTerms = new HashSet<>();
    versions.forEach(v -> withTerms.add(v.tenantId()));
    for (TenantView t : tenantsOfPeriod) {
      if (!withTerms.contains(t.id()) && SEEDED_FROM.isBefore(to)) {
        versions.add(seedOf(t).view());
      }
    }
    versions.sort(
        Comparator.comparingLong(TermsVersion::tenantId)
            .thenComparing(TermsVersion::effectiveFrom)
            .thenComparingInt(TermsVersion::version));
    return versions;
  }

  /**
   * Gives every tenant that has no terms yet its terms from tenant-config ({@code cost-per-point},
   * {@code reimbursement-per-point}; postpaid, no fee), in force from {@link #SEEDED_FROM}. Needs
   * no role: it runs at startup and when a tenant opens, and only ever fills a gap with the
   * configured defaults. Answers how many tenants it gave terms.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public int seedMissing() {
    Set<Long> seeded =
        new HashSet<>(
            em.createNamedQuery("ClearingTermsVersion.tenantsWithTerms", Long.class)
                .getResultList());
    int n = 0;
    for (TenantView tenant : tenants.everyTenant()) {
      if (!seeded.contains(tenant.id())) {
        persistSeed(tenant);
        n++;
      }
    }
    return n;
  }

  /**
   * A new tenant gets its configured terms in the transaction that opened it; only that tenant, so
   * that two tenants opened at once never race to seed the same others.
   */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void onTenantOpened(@Observes TenantOpened opened) {
    // the opener may see the tenant it just opened (same tenant and mall scope)
    tenants.find(opened.tenantId()).ifPresent(this::seedIfNone);
  }

  /**
   * A tenant made before its terms were (in tests, by SQL) gets the seed before its first change.
   */
  private void seedIfNone(TenantView tenant) {
    if (versionsOf(tenant.id()).isEmpty()) {
      persistSeed(tenant);
    }
  }

  private void persistSeed(TenantView tenant) {
    em.persist(seedOf(tenant));
  }

  /** Version 1 of a tenant's terms: tenant-config's rates, postpaid, no fee, from 2000. */
  private ClearingTermsVersion seedOf(TenantView tenant) {
    TenantTerms configured = configuration.termsOf(tenant.code(), tenant.category());
    return new ClearingTermsVersion(
        tenant.id(),
        1,
        SEEDED_FROM,
        new TermsDraft(
            configured.costPerPoint(),
            configured.reimbursementPerPoint(),
            BigDecimal.ZERO,
            SettlementMode.POSTPAID,
            null,
            "tenant-config"),
        SEEDED_BY,
        SEEDED_FROM);
  }

  private List<ClearingTermsVersion> versionsOf(long tenantId) {
    return em.createNamedQuery("ClearingTermsVersion.ofTenant", ClearingTermsVersion.class)
        .setParameter("tenant", tenantId)
        .getResultList();
  }
}
