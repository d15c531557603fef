package com.atrium.clearing;

import com.atrium.audit.AuditLog;
import com.atrium.earning.SaleRecorded;
import com.atrium.ledger.AccountKind;
import com.atrium.ledger.BookedPeriod;
import com.atrium.ledger.LedgerFigures.AccountSum;
import com.atrium.ledger.LedgerReadings;
import com.atrium.notification.Outbox;
import com.atrium.notification.OutboxMessage;
import com.atrium.notification.Templates;
import com.atrium.platform.Clock;
import com.atrium.platform.DomainException;
import com.atrium.platform.UniqueViolation;
import com.atrium.security.CurrentCaller;
import com.atrium.security.Roles;
import com.atrium.tenant.MallConfiguration;
import com.atrium.tenant.MallRegistry;
import com.atrium.tenant.MallSettings;
import com.atrium.tenant.TenantService;
import com.atrium.tenant.TenantView;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Prepaid tenants' blocks of points (docs/clearing.md, "Prepaid blocks"): finance records the
 * blocks a tenant buys; a period's block ({@link #blocksOf}) opens at the standing its tenant's
 * last closed statement left plus what was bought and drawn since, so a closed period never changes
 * and a draft is a function of the ledger, the purchases and the closed runs; and the points a
 * tenant's sales fund bring its last block's alert once, never failing a sale.
 */
@Stateless
public class PrepaidBlocks {

  private static final Logger LOG = Logger.getLogger(PrepaidBlocks.class.getName());

  /** The most points one purchase buys (the price stays within a numeric(14, 2)). */
  static final long POINTS_MAX = 100_000_000;

  static final int NOTE_MAX = 200;

  /** An invoice or payment number: letters, digits and - _ / . of up to 64 characters. */
  private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_./-]{0,63}");

  /** The accounts a prepaid tenant's block is drawn from: its own points and its campaigns'. */
  /** The standing of a tenant that never bought a block. */
  private static final BlockStanding NONE = new BlockStanding(null, 0, 0, 0, 0);

  private static final EnumSet<AccountKind> ISSUANCE =
      EnumSet.of(AccountKind.TENANT_ISSUANCE, AccountKind.TENANT_CAMPAIGN);

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @EJB TenantService tenants;
  @EJB ClearingTerms terms;
  @EJB LedgerReadings readings;
  @EJB MallRegistry malls;
  @EJB AuditLog audit;
  @EJB Outbox outbox;
  @Inject MallConfiguration configuration;
  @Inject CurrentCaller caller;
  @Inject Clock clock;
  @Resource SessionContext context;

  /**
   * Records a block bought by a prepaid tenant, priced at its cost per point in force now. The same
   * reference with the same points and note answers the original ({@code replay}); with another
   * body it is 409 {@code BLOCK_REFERENCE_REUSED}. A tenant not prepaid now is 409 {@code
   * TENANT_NOT_PREPAID}; another mall's tenant 404 {@code TENANT_NOT_FOUND}.
   */
  @RolesAllowed({Roles.OPERATOR_FINANCE, Roles.OPERATOR_ADMIN})
  public PurchaseRecorded purchase(long tenantId, BlockPurchaseDraft request) {
    if (request == null) {
      throw DomainException.invalid("BODY_INVALID", null, "The purchase is required");
    }
    TenantView tenant = tenants.view(tenantId);
    BlockPurchaseDraft draft = valid(request);
    Optional<PrepaidBlockPurchase> original = byReference(tenant.id(), draft.reference());
    if (original.isPresent()) {
      return replayOf(original.get(), draft);
    }
    Instant now = clock.now();
    TermsVersion inForce =
        terms
            .inForceAt(tenant.id(), now)
            .filter(v -> v.settlementMode() == SettlementMode.PREPAID)
            .orElseThrow(
                () ->
                    DomainException.conflict(
                        "TENANT_NOT_PREPAID",
                        "Tenant "
                            + tenant.code()
                            + " is not prepaid now: blocks are bought by prepaid tenants only"));
    long standing = standings(List.of(tenant.id()), now).getOrDefault(tenant.id(), NONE).balance();
    PrepaidBlockPurchase purchase =
        new PrepaidBlockPurchase(
            tenant.id(),
            draft,
            inForce.costPerPoint(),
            standing,
            BlockBalances.alertThreshold(draft.points(), mallOf(tenant).prepaidAlertPercent()),
            caller.name(),
            now);
    try {
      em.persist(purchase);
      em.flush();
    } catch (PersistenceException e) {
      if (UniqueViolation.isCauseOf(e)) {
        throw DomainException.conflict(
            "BLOCK_PURCHASE_CONCURRENT",
            "A purchase with reference " + draft.reference() + " was recorded at the same moment");
      }
      throw e;
    }
    audit.record("PREPAID_BLOCK_PURCHASED", "tenant", tenant.id(), null, purchase.snapshot());
    return new PurchaseRecorded(purchase.view(), false);
  }

  /** A tenant's purchases, newest first, with its block's standing now. */
  @RolesAllowed({Roles.OPERATOR_FINANCE, Roles.OPERATOR_ADMIN})
  public BlockPurchases purchases(long tenantId, int offset, int limit) {
    if (offset < 0) {
      throw DomainException.invalid("OFFSET_INVALID", "offset", "offset is 0 or more");
    }
    if (limit < 1 || limit > ClearingRuns.PAGE_MAX) {
      throw DomainException.invalid(
          "LIMIT_INVALID", "limit", "limit is from 1 to " + ClearingRuns.PAGE_MAX);
    }
    TenantView tenant = tenants.view(tenantId);
    Instant now = clock.now();
    SettlementMode mode =
        terms
            .inForceAt(tenant.id(), now)
            .map(TermsVersion::settlementMode)
            .orElse(SettlementMode.POSTPAID);
    long total =
        em.createNamedQuery("PrepaidBlockPurchase.countOfTenant", Long.class)
            .setParameter("tenant", tenant.id())
            .getSingleResult();
    List<BlockPurchaseView> page =
        em.createNamedQuery("PrepaidBlockPurchase.ofTenant", PrepaidBlockPurchase.class)
            .setParameter("tenant", tenant.id())
            .setFirstResult(offset)
            .setMaxResults(limit)
            .getResultStream()
            .map(PrepaidBlockPurchase::view)
            .toList();
    return new BlockPurchases(
        tenant.id(),
        tenant.code(),
        tenant.name(),
        mode,
        standings(List.of(tenant.id()), now).getOrDefault(tenant.id(), NONE).balance(),
        page,
        offset,
        limit,
        total);
  }

  /**
   * A tenant's block standing now, with what makes it: the opening of the last settlement, the
   * points bought and drawn since; its balance is the {@code balance} of {@link #purchases}.
   */
  @RolesAllowed({Roles.OPERATOR_FINANCE, Roles.OPERATOR_ADMIN})
  public BlockStanding standing(long tenantId) {
    TenantView tenant = tenants.view(tenantId);
    return standings(List.of(tenant.id()), clock.now()).getOrDefault(tenant.id(), NONE);
  }

  /**
   * The blocks of the given tenants for a statement period: each opens at its standing at the
   * period's start, never below 0, and has bought the purchases booked in the period. Set-based:
   * one query for the closed statements, one for the purchases, and one ledger aggregate per
   * distinct start of the stretches since (one when every tenant was settled by the same run).
   */
  @RolesAllowed({Roles.OPERATOR_FINANCE, Roles.OPERATOR_ADMIN})
  public Map<Long, PrepaidBlock> blocksOf(Collection<Long> tenantIds, BookedPeriod period) {
    Map<Long, PrepaidBlock> blocks = new TreeMap<>();
    if (tenantIds.isEmpty()) {
      return blocks;
    }
    Map<Long, BlockStanding> standing = standings(tenantIds, period.from());
    Map<Long, Long> purchased = new HashMap<>();
    for (Object[] p : purchasesBefore(tenantIds, period.to())) {
      if (!((Instant) p[1]).isBefore(period.from())) {
        purchased.merge((Long) p[0], ((Number) p[2]).longValue(), Long::sum);
      }
    }
    for (Long t : tenantIds) {
      blocks.put(
          t,
          new PrepaidBlock(
              BlockBalances.opening(standing.getOrDefault(t, NONE).balance()),
              purchased.getOrDefault(t, 0L)));
    }
    return blocks;
  }

  /**
   * Once a sale is booked, in its transaction: when its tenant funded points and its last block
   * still waits for its alert, counts them there, after this read, in a transaction of its own
   * ({@link #draw}), so that a sale neither waits for nor fails with the block's row.
   */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void saleRecorded(@Observes SaleRecorded sale) {
    if (sale.tenantPoints() <= 0) {
      return;
    }
    List<Long> armed =
        em.createNamedQuery("PrepaidBlockPurchase.armedOfTenant", Long.class)
            .setParameter("tenant", sale.tenantId())
            .setMaxResults(1)
            .getResultList();
    if (!armed.isEmpty()) {
      // named here, in the sale's request, where the till's caller may see its own tenant
      TenantView tenant = tenants.find(sale.tenantId()).orElse(null);
      if (tenant != null) {
        context
            .getBusinessObject(PrepaidBlocks.class)
            .draw(armed.get(0), sale.tenantPoints(), tenant);
      }
    }
  }

  /**
   * Counts a sale's funded points on a block's purchase and, when they first bring it to its alert
   * threshold or below, queues the one alert to finance and to the tenant. A purchase no longer the
   * tenant's last counts nothing: a newer block has its own alert.
   */
  @PermitAll
  @Asynchronous
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void draw(long purchaseId, long funded, TenantView tenant) {
    try {
      PrepaidBlockPurchase p =
          em.find(PrepaidBlockPurchase.class, purchaseId, LockModeType.PESSIMISTIC_WRITE);
      List<Long> last =
          em.createNamedQuery("PrepaidBlockPurchase.armedOfTenant", Long.class)
              .setParameter("tenant", p.tenantId())
              .setMaxResults(1)
              .getResultList();
      if (last.isEmpty() || !last.get(0).equals(p.id()) || !p.draw(funded, clock.now())) {
        return;
      }
      alert(p, tenant);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Prepaid block " + purchaseId + " not counted", e);
      context.setRollbackOnly();
    }
  }

  private void alert(PrepaidBlockPurchase p, TenantView tenant) {
    String code = tenant.code();
    var text = Templates.prepaidBlockLow("zh", code, tenant.name(), p.remaining(), p.points());
    // one reference per audience: Oracle's unique key of the outbox compares a null member too
    String reference = "block-" + p.id();
    Optional<String> finance = mallOf(tenant).prepaidAlertPhone();
    finance.ifPresent(
        phone ->
            outbox.queueNotice(
                OutboxMessage.PREPAID_BLOCK_LOW, phone, reference + "-finance", text));
    configuration
        .prepaidAlertPhoneOf(code)
        .ifPresent(
            phone ->
                outbox.queueNotice(
                    OutboxMessage.PREPAID_BLOCK_LOW, phone, reference + "-tenant", text));
    if (finance.isEmpty()) {
      LOG.warning(() -> "Prepaid block of " + code + " is low; no finance phone configured");
    }
  }

  /**
   * Per tenant, its block's standing at an instant: the closing of the last closed statement ending
   * by then that settled its block (else 0, from its first purchase), plus the points bought and
   * less the points it funded (net of refunds) since. Tenants without either have none. One read of
   * the settlements, one of the purchases and one ledger aggregate per distinct start.
   */
  private Map<Long, BlockStanding> standings(Collection<Long> tenantIds, Instant at) {
    Map<Long, Object[]> settled = new HashMap<>();
    // by tenant, end and longest first: the last row of a tenant is its latest settlement
    for (Object[] row : settledBlocks(tenantIds, at)) {
      settled.put((Long) row[0], row);
    }
    List<Object[]> bought = purchasesBefore(tenantIds, at);
    Map<Long, Instant> since = new HashMap<>();
    settled.forEach((t, row) -> since.put(t, (Instant) row[1]));
    for (Object[] p : bought) {
      if (!settled.containsKey((Long) p[0])) {
        since.merge((Long) p[0], (Instant) p[1], (x, y) -> x.isBefore(y) ? x : y);
      }
    }
    Map<Long, Long> purchased = new HashMap<>();
    for (Object[] p : bought) {
      if (!((Instant) p[1]).isBefore(since.get((Long) p[0]))) {
        purchased.merge((Long) p[0], ((Number) p[2]).longValue(), Long::sum);
      }
    }
    Map<Long, Long> drawn = new HashMap<>();
    Map<Instant, Set<Long>> bySince = new TreeMap<>();
    since.forEach((t, from) -> bySince.computeIfAbsent(from, k -> new HashSet<>()).add(t));
    bySince.forEach(
        (from, ofStretch) -> {
          if (from.isBefore(at)) {
            for (AccountSum s :
                readings.accountSums(new BookedPeriod(from, at), ISSUANCE, ofStretch)) {
              // the issuance and campaign accounts' lines are minus the points funded, plus
              // those given back
              drawn.merge(s.account().tenantId(), -s.points(), Long::sum);
            }
          }
        });
    Map<Long, BlockStanding> standings = new HashMap<>();
    since.forEach(
        (t, from) -> {
          long opening = settled.containsKey(t) ? ((Number) settled.get(t)[2]).longValue() : 0;
          long in = purchased.getOrDefault(t, 0L);
          long out = drawn.getOrDefault(t, 0L);
          standings.put(t, new BlockStanding(from, opening, in, out, opening + in - out));
        });
    return standings;
  }

  @SuppressWarnings("unchecked")
  private List<Object[]> settledBlocks(Collection<Long> tenantIds, Instant at) {
    return em.createNamedQuery("ClearingRunStatement.settledBlocks")
        .setParameter("tenants", tenantIds)
        .setParameter("at", at)
        .setParameter("closed", RunStatus.CLOSED)
        .getResultList();
  }

  @SuppressWarnings("unchecked")
  private List<Object[]> purchasesBefore(Collection<Long> tenantIds, Instant to) {
    return em.createNamedQuery("PrepaidBlockPurchase.ofTenantsBefore")
        .setParameter("tenants", tenantIds)
        .setParameter("to", to)
        .getResultList();
  }

  private Optional<PrepaidBlockPurchase> byReference(long tenantId, String reference) {
    return em.createNamedQuery("PrepaidBlockPurchase.byReference", PrepaidBlockPurchase.class)
        .setParameter("tenant", tenantId)
        .setParameter("reference", reference)
        .getResultStream()
        .findFirst();
  }

  private static PurchaseRecorded replayOf(PrepaidBlockPurchase original, BlockPurchaseDraft d) {
    if (!original.sameAs(d)) {
      throw DomainException.conflict(
          "BLOCK_REFERENCE_REUSED",
          "Reference " + d.reference() + " names another purchase of this tenant");
    }
    return new PurchaseRecorded(original.view(), true);
  }

  private static BlockPurchaseDraft valid(BlockPurchaseDraft d) {
    if (d.points() < 1 || d.points() > POINTS_MAX) {
      throw DomainException.invalid(
          "POINTS_INVALID", "points", "points is a whole number from 1 to " + POINTS_MAX);
    }
    if (d.reference() == null || !REFERENCE.matcher(d.reference().trim()).matches()) {
      throw DomainException.invalid(
          "REFERENCE_INVALID",
          "reference",
          "reference is the invoice or payment number: up to 64 letters, digits, - _ . /");
    }
    String note = d.note() == null || d.note().isBlank() ? null : d.note().trim();
    if (note != null && note.length() > NOTE_MAX) {
      throw DomainException.invalid("NOTE_INVALID", "note", "A note is at most 200 characters");
    }
    return new BlockPurchaseDraft(d.points(), d.reference().trim(), note);
  }

  private MallSettings mallOf(TenantView tenant) {
    return configuration.mall(malls.require(tenant.mallId()).code());
  }
}
