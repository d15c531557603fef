package com.atrium.report;

import com.atrium.clearing.ClearingTerms;
import com.atrium.clearing.TermsVersion;
import com.atrium.ledger.AccountRef;
import com.atrium.ledger.LedgerFigures.Outstanding;
import com.atrium.ledger.LedgerFigures.Settled;
import com.atrium.ledger.LedgerReadings;
import com.atrium.platform.Clock;
import com.atrium.platform.DomainException;
import com.atrium.report.LiabilityArithmetic.Fate;
import com.atrium.report.LiabilityReport.Cost;
import com.atrium.report.LiabilityReport.CostBasis;
import com.atrium.report.LiabilityReport.Issuer;
import com.atrium.report.LiabilityReport.IssuerKind;
import com.atrium.report.LiabilityReport.OutstandingPoints;
import com.atrium.security.CurrentCaller;
import com.atrium.security.Roles;
import com.atrium.tenant.MallConfiguration;
import com.atrium.tenant.MallRegistry;
import com.atrium.tenant.MallSettings;
import com.atrium.tenant.MallSummary;
import com.atrium.tenant.TenantService;
import com.atrium.tenant.TenantView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The points liability and breakage report of one mall or the group (docs/clearing.md, "Liability
 * and breakage report"), composed from the ledger's set-based figures (open lots per issuer and
 * expiry month, lots' fates per month), each tenant's clearing terms in force now (one query) and
 * the configured point value; {@link LiabilityArithmetic} does the sums.
 *
 * <p>A one-mall login sees only its mall: another mall is not found, and the group is refused.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@RolesAllowed({Roles.OPERATOR_FINANCE, Roles.OPERATOR_ADMIN})
public class LiabilityReportService {

  /** The window of the rates: the month of the report and the eleven before it. */
  static final int WINDOW_MONTHS = 12;

  @EJB LedgerReadings ledger;
  @EJB ClearingTerms terms;
  @EJB TenantService tenants;
  @EJB MallRegistry malls;
  @Inject MallConfiguration configuration;
  @Inject CurrentCaller caller;
  @Inject Clock clock;

  /** The report of the mall with this code, or of the group (null: group-wide logins only). */
  public LiabilityReport report(String mallCode) {
    Optional<MallSummary> mall = Optional.empty();
    if (mallCode == null) {
      caller.requireGroupWide(
          "The group's liability is for group-wide logins; ask for your mall's");
    } else {
      mall =
          Optional.of(
              malls.malls().stream()
                  .filter(m -> m.code().equals(mallCode) && caller.maySeeMall(m.id()))
                  .findFirst()
                  .orElseThrow(
                      () -> DomainException.notFound("MALL_NOT_FOUND", "No mall " + mallCode)));
    }
    Long mallId = mall.map(MallSummary::id).orElse(null);
    ZoneId zone = mall.map(this::zoneOf).orElseGet(configuration::zone);
    Instant now = clock.now();
    YearMonth firstMonth = YearMonth.from(now.atZone(zone)).minusMonths(WINDOW_MONTHS - 1);

    List<Outstanding> open = ledger.outstanding(mallId, zone);
    List<Settled> settled = ledger.settled(mallId, zone, firstMonth, now);
    Map<Long, TenantView> tenantsById = tenants.viewsIn(mallId);
    Map<String, BigDecimal> costs = costsInForce(tenantsById, now);
    return LiabilityArithmetic.compose(
        mall.map(MallSummary::code).orElse(null),
        zone,
        now,
        configuration.pointValue(),
        firstMonth,
        merged(
            open.stream()
                .map(
                    o ->
                        new OutstandingPoints(
                            issuer(o.issuer(), tenantsById), o.expiryMonth(), o.points(), o.lots()))
                .toList()),
        issuer ->
            issuer.kind() == IssuerKind.TENANT
                ? Optional.ofNullable(costs.get(issuer.code()))
                    .map(c -> new Cost(c, CostBasis.TERMS))
                : Optional.empty(),
        mergedFates(
            settled.stream()
                .map(
                    s ->
                        new Fate(
                            issuer(s.issuer(), tenantsById), s.month(), s.redeemed(), s.expired()))
                .toList()));
  }

  /**
   * One row per issuer and month: a tenant issues from two accounts (its own points and the
   * campaigns it funds), which the report shows as one issuer.
   */
  private static List<OutstandingPoints> merged(List<OutstandingPoints> rows) {
    Map<List<Object>, OutstandingPoints> byKey = new LinkedHashMap<>();
    for (OutstandingPoints o : rows) {
      byKey.merge(
          List.of(o.issuer(), o.expiryMonth()),
          o,
          (a, b) ->
              new OutstandingPoints(
                  a.issuer(), a.expiryMonth(), a.points() + b.points(), a.lots() + b.lots()));
    }
    return List.copyOf(byKey.values());
  }

  /** One fate per issuer and month, as {@link #merged}. */
  private static List<Fate> mergedFates(List<Fate> fates) {
    Map<List<Object>, Fate> byKey = new LinkedHashMap<>();
    for (Fate f : fates) {
      byKey.merge(
          List.of(f.issuer(), f.month()),
          f,
          (a, b) ->
              new Fate(
                  a.issuer(), a.month(), a.redeemed() + b.redeemed(), a.expired() + b.expired()));
    }
    return List.copyOf(byKey.values());
  }

  /**
   * Each tenant's cost per point, by code, in the version of its terms in force now: the last to
   * start at or before now (of two starting together, the higher number). One query for every
   * tenant.
   */
  private Map<String, BigDecimal> costsInForce(Map<Long, TenantView> tenantsById, Instant now) {
    Map<String, BigDecimal> costs = new HashMap<>();
    // versionsBefore answers by tenant, start and number: the last one of a tenant is in force
    for (TermsVersion v :
        terms.versionsBefore(tenantsById.values(), now.plus(1, ChronoUnit.MICROS))) {
      costs.put(tenantsById.get(v.tenantId()).code(), v.costPerPoint());
    }
    return costs;
  }

  /** The issuer a lot's issuing account stands for. */
  private Issuer issuer(AccountRef account, Map<Long, TenantView> tenantsById) {
    return switch (account.kind()) {
      // a campaign the tenant funds is the tenant's liability, valued at its cost like its points
      case TENANT_ISSUANCE, TENANT_CAMPAIGN -> {
        TenantView t = tenantsById.get(account.tenantId());
        yield t == null
            ? new Issuer(IssuerKind.TENANT, "#" + account.tenantId(), "#" + account.tenantId())
            : new Issuer(IssuerKind.TENANT, t.code(), t.name());
      }
      case PARTNER ->
          new Issuer(
              IssuerKind.PARTNER,
              Objects.requireNonNullElse(account.partnerCode(), "#" + account.accountId()),
              Objects.requireNonNullElse(account.partnerCode(), "#" + account.accountId()));
      default -> new Issuer(IssuerKind.OPERATOR, "OPERATOR", configuration.operatorName());
    };
  }

  /** The mall's configured zone; a mall made outside the configuration has the operator's. */
  private ZoneId zoneOf(MallSummary mall) {
    return configuration.malls().stream()
        .filter(m -> m.code().equals(mall.code()))
        .map(MallSettings::zone)
        .filter(Objects::nonNull)
        .findFirst()
        .orElseGet(configuration::zone);
  }
}
