package com.atrium.earning;

import com.atrium.audit.AuditLog;
import com.atrium.ledger.LedgerAccounts;
import com.atrium.ledger.LedgerPostings;
import com.atrium.ledger.Posting;
import com.atrium.member.MemberService;
import com.atrium.member.MemberSummary;
import com.atrium.platform.Clock;
import com.atrium.platform.DomainException;
import com.atrium.platform.ExactlyOnce;
import com.atrium.platform.IdempotencyKey;
import com.atrium.platform.Sha256;
import com.atrium.security.CurrentCaller;
import com.atrium.tenant.MallRegistry;
import com.atrium.tenant.SaleLimits;
import com.atrium.tenant.TenantService;
import com.atrium.tenant.TenantView;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Records one sale in one transaction: evaluates the earning rules, writes the sale and credits the
 * points through the ledger. Finds the original of a replayed request, and refuses a different
 * request that reuses a receipt number or idempotency key.
 */
@Stateless
public class SaleBook {

  /** A till may post a sale late, but not from the future (beyond clock skew) or from long ago. */
  static final Duration MAX_SKEW = Duration.ofMinutes(5);

  static final Duration MAX_AGE = Duration.ofDays(30);

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @EJB LedgerPostings ledger;
  @Inject LedgerAccounts accounts;
  @EJB TenantService tenants;
  @EJB MemberService members;
  @EJB MallRegistry malls;
  @Inject CurrentCaller caller;
  @Inject Clock clock;
  @EJB EarningRuleService rules;
  @Inject Event<SaleRecorded> recorded;
  @EJB SaleVelocity velocity;
  @EJB AuditLog audit;

  /**
   * Records a sale for the caller's own tenant, as one attempt of {@link ExactlyOnce}: booked at
   * once, refused until confirmed, or held for approval by the tenant's sale limits.
   */
  public SaleReceipt record(SaleRequest request, boolean confirmed, ExactlyOnce.Attempt attempt) {
    TenantView tenant = tenants.own();
    MemberSummary member = members.require(request.member());
    String receiptNumber = request.receiptNumber().value();
    String idempotencyKey = IdempotencyKey.text(request.idempotencyKey());
    BigDecimal money = request.amount().amount();
    Instant occurredAt = request.occurredAt();
    String hash = requestHash(tenant.id(), member.id(), receiptNumber, money, occurredAt);
    if (attempt == ExactlyOnce.Attempt.CHECKING_FIRST) {
      Optional<SaleReceipt> original = originalOf(tenant, receiptNumber, idempotencyKey, hash);
      if (original.isPresent()) {
        return original.get();
      }
    }
    // a held sale's receipt is taken until it is decided: a replay finds it, another sale conflicts
    Optional<HeldSale> held = heldByReceipt(tenant.id(), receiptNumber);
    if (held.isPresent()) {
      if (!held.get().sameRequestAs(hash)) {
        throw receiptConflict(receiptNumber);
      }
      if (held.get().saleId() != null) {
        return replay(em.find(Sale.class, held.get().saleId()), tenant);
      }
      return heldReceipt(held.get(), tenant, member, true);
    }
    tenant.requireActive();
    if (!member.isActive()) {
      throw DomainException.conflict("MEMBER_BLOCKED", "The member's account is blocked");
    }
    Instant now = clock.now();
    Instant when = occurredAt == null ? now : occurredAt.truncatedTo(ChronoUnit.MICROS);
    if (when.isAfter(now.plus(MAX_SKEW)) || when.isBefore(now.minus(MAX_AGE))) {
      throw DomainException.invalid(
          "OCCURRED_AT_INVALID",
          "occurredAt",
          "A sale is posted within 30 days and not in the future");
    }
    SaleLimits limits = tenants.saleLimitsOf(tenant);
    switch (limits.judge(money, confirmed)) {
      case CONFIRMATION_REQUIRED ->
          throw DomainException.invalid(
              "SALE_CONFIRMATION_REQUIRED",
              "confirmed",
              "A sale above "
                  + limits.normalMax().map(BigDecimal::toPlainString).orElse("")
                  + " CNY must be confirmed");
      case APPROVAL_REQUIRED -> {
        HeldSale h =
            new HeldSale(
                tenant.id(),
                tenant.mallId(),
                member.id(),
                receiptNumber,
                money,
                when,
                request.channel(),
                hash,
                idempotencyKey,
                caller.name(),
                now,
                "above " + limits.approvalAbove().orElseThrow().toPlainString() + " CNY");
        em.persist(h);
        // a concurrent twin of this held sale loses here, and its retry finds this one
        ExactlyOnce.flush(em);
        audit.record(
            "SALE_HELD",
            "held_sale",
            h.id(),
            null,
            Map.of("amount", money, "receipt", receiptNumber, "by", caller.name()));
        return heldReceipt(h, tenant, member, false);
      }
      case NORMAL -> {}
    }
    SaleReceipt receipt =
        book(
            tenant,
            member,
            receiptNumber,
            money,
            when,
            request.channel(),
            hash,
            idempotencyKey,
            caller.name());
    if (confirmed && limits.normalMax().filter(n -> money.compareTo(n) > 0).isPresent()) {
      audit.record(
          "SALE_CONFIRMED_ABOVE_NORMAL",
          "sale",
          receipt.saleId(),
          Map.of("normalMax", limits.normalMax().get()),
          Map.of("amount", money, "confirmedBy", caller.name()));
    }
    return receipt;
  }

  /**
   * Books a sale whose plausibility was decided (normal, confirmed, or approved): evaluates the
   * rules, credits the points, writes the sale and tells whom it concerns. {@code recordedBy} is
   * who took the sale at the till, also when a manager approved it later; the sale's recorded time
   * is when it is booked.
   */
  public SaleReceipt book(
      TenantView tenant,
      MemberSummary member,
      String receiptNumber,
      BigDecimal money,
      Instant when,
      Channel channel,
      String hash,
      String idempotencyKey,
      String recordedBy) {
    // one sale of a member at a time: the daily cap reads the member's earlier points of the day
    ledger.lockMember(member.id());
    // read under the lock, so a member's sales' recorded times are in the order they were booked,
    // which is the order the daily cap saw them in (the what-if simulation replays that order)
    Instant booked = clock.now();
    EarningRuleVersion version =
        rules
            .inForceFor(tenant.mallId(), when)
            .orElseThrow(() -> new IllegalStateException("no earning rules in force at " + when));
    EarningRuleSet set = rules.rulesOf(version);
    ZoneId zone = malls.zoneOf(tenant.mallId());
    SaleFacts facts = factsOf(set, tenant, member, money, when, zone);
    Evaluation evaluation = evaluate(set, version, facts);
    Sale sale =
        new Sale(
            tenant.id(),
            tenant.mallId(),
            member.id(),
            receiptNumber,
            facts,
            evaluation,
            channel,
            hash,
            idempotencyKey,
            recordedBy,
            booked);
    // campaign points of campaigns the tenant funds come from its campaign account, not the
    // operator's: a tenant-funded campaign's scope is the tenant alone, so the funder is this
    // tenant
    long tenantCampaignPoints = tenantFunded(set, evaluation);
    if (evaluation.points() > 0) {
      Posting posting =
          ledger.credit(
              member.id(),
              tenant.id(),
              evaluation.tenantPoints(),
              tenantCampaignPoints,
              evaluation.operatorPoints() - tenantCampaignPoints,
              when,
              "Sale " + receiptNumber);
      sale.credited(posting.entryId(), posting.balance());
      evaluation
          .campaignCharges()
          .forEach((campaign, points) -> rules.recordCharge(campaign, posting.entryId(), points));
    } else {
      sale.uncredited(accounts.balanceOf(member.id()));
    }
    // one insert, complete: after the credit, whose entry and balance it records
    em.persist(sale);
    // surface a replay or a concurrent duplicate here, inside the method, where the service retries
    ExactlyOnce.flush(em);
    recorded.fire(
        new SaleRecorded(
            sale.id(),
            member.id(),
            member.tier(),
            tenant.id(),
            tenant.mallId(),
            money,
            evaluation.points() > 0 ? evaluation.tenantPoints() + tenantCampaignPoints : 0,
            when));
    velocity.check(sale, tenants.saleLimitsOf(tenant), zone);
    return receipt(sale, tenant, member, false);
  }

  /** The campaign points of the evaluation that campaigns funded by the sale's tenant give. */
  static long tenantFunded(EarningRuleSet set, Evaluation evaluation) {
    Set<String> funded = new HashSet<>();
    set.campaigns().stream().filter(Campaign::tenantFunded).forEach(c -> funded.add(c.code()));
    return evaluation.campaignCharges().entrySet().stream()
        .filter(c -> funded.contains(c.getKey()))
        .mapToLong(Map.Entry::getValue)
        .sum();
  }

  /**
   * What the rules look at about this sale, the member's tier and birthday month as of now; its day
   * and month are those of the mall where it is made ({@code zone}), as WhatIfSimulator replays
   * them.
   */
  private SaleFacts factsOf(
      EarningRuleSet set,
      TenantView tenant,
      MemberSummary member,
      BigDecimal amount,
      Instant when,
      ZoneId zone) {
    long earlier =
        set.capPerMemberPerDay() == null ? 0 : pointsEarnedOn(MallDay.of(when, zone), member.id());
    return new SaleFacts(
        amount,
        when,
        tenant.code(),
        tenant.category().name(),
        member.tier(),
        SaleFacts.inBirthdayMonth(member.birthday(), when, zone),
        earlier);
  }

  /**
   * Evaluates the sale with the rule version in force at its time and charges the campaigns it
   * earns from. A campaign whose budget cannot pay for this sale is left out and the sale is
   * evaluated again without it (giving back what other campaigns were charged meanwhile).
   */
  private Evaluation evaluate(EarningRuleSet set, EarningRuleVersion version, SaleFacts facts) {
    Set<String> exhausted = new HashSet<>();
    while (true) {
      Evaluation evaluation = RuleEvaluator.evaluate(set, version.version(), facts, exhausted);
      Map<String, Long> charged = new LinkedHashMap<>();
      String refused = null;
      for (Map.Entry<String, Long> c : evaluation.campaignCharges().entrySet()) {
        if (!rules.charge(c.getKey(), c.getValue())) {
          refused = c.getKey();
          break;
        }
        charged.put(c.getKey(), c.getValue());
      }
      if (refused == null) {
        return evaluation;
      }
      charged.forEach(rules::release);
      exhausted.add(refused);
    }
  }

  /** The points credited for the member's sales of the day booked so far, in any mall. */
  private long pointsEarnedOn(MallDay day, long memberId) {
    Number sum =
        em.createNamedQuery("Sale.pointsOfMemberBetween", Number.class)
            .setParameter("member", memberId)
            .setParameter("from", day.from())
            .setParameter("to", day.to())
            .getSingleResult();
    return sum == null ? 0 : sum.longValue();
  }

  /** The original receipt when this request was already recorded; a conflict when it differs. */
  public Optional<SaleReceipt> originalOf(
      TenantView tenant, String receiptNumber, String idempotencyKey, String hash) {
    Optional<Sale> byKey =
        idempotencyKey == null
            ? Optional.empty()
            : em.createNamedQuery("Sale.byIdempotencyKey", Sale.class)
                .setParameter("tenant", tenant.id())
                .setParameter("key", idempotencyKey)
                .getResultStream()
                .findFirst();
    return ExactlyOnce.originalOf(
            byKey,
            () ->
                em.createNamedQuery("Sale.byReceipt", Sale.class)
                    .setParameter("tenant", tenant.id())
                    .setParameter("receipt", receiptNumber)
                    .getResultStream()
                    .findFirst(),
            hash,
            () -> receiptConflict(receiptNumber))
        .map(sale -> replay(sale, tenant));
  }

  Optional<HeldSale> heldByReceipt(long tenantId, String receiptNumber) {
    return em.createNamedQuery("HeldSale.byReceipt", HeldSale.class)
        .setParameter("tenant", tenantId)
        .setParameter("receipt", receiptNumber)
        .getResultStream()
        .findFirst();
  }

  private static DomainException receiptConflict(String receiptNumber) {
    return new DomainException(
        DomainException.Kind.CONFLICT,
        "RECEIPT_CONFLICT",
        "receiptNumber",
        "Receipt " + receiptNumber + " was already recorded with different details");
  }

  /** A held sale as the till sees it: no points, its held id, pending (or decided). */
  static SaleReceipt heldReceipt(
      HeldSale held, TenantView tenant, MemberSummary member, boolean replayed) {
    return new SaleReceipt(
        0,
        tenant.code(),
        member.id(),
        member.cardNumber(),
        held.receiptNumber(),
        held.amount(),
        held.occurredAt(),
        0,
        0,
        List.of(),
        replayed,
        held.id(),
        held.status().name());
  }

  public Optional<SaleReceipt> find(TenantView tenant, long saleId) {
    Sale sale = em.find(Sale.class, saleId);
    if (sale == null || !sale.tenantId().equals(tenant.id())) {
      return Optional.empty();
    }
    return Optional.of(receipt(sale, tenant, members.require(sale.memberId()), false));
  }

  private SaleReceipt replay(Sale sale, TenantView tenant) {
    return receipt(sale, tenant, members.require(sale.memberId()), true);
  }

  private static SaleReceipt receipt(
      Sale sale, TenantView tenant, MemberSummary member, boolean replayed) {
    return new SaleReceipt(
        sale.id(),
        tenant.code(),
        member.id(),
        member.cardNumber(),
        sale.receiptNumber(),
        sale.amount(),
        sale.occurredAt(),
        sale.points(),
        sale.balanceAfter() == null ? 0 : sale.balanceAfter(),
        sale.evaluation().contributions(),
        replayed,
        null,
        SaleReceipt.BOOKED);
  }

  /** Identifies what was asked, independent of how the member was referenced. */
  static String requestHash(
      long tenantId, long memberId, String receipt, BigDecimal amount, Instant occurredAt) {
    String canonical =
        tenantId
            + "|"
            + memberId
            + "|"
            + receipt
            + "|"
            + (amount == null ? "" : amount.stripTrailingZeros().toPlainString())
            + "|"
            + (occurredAt == null ? "" : occurredAt.toString());
    return Sha256.hex(canonical);
  }
}
