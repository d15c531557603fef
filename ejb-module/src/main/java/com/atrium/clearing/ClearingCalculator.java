package com.atrium.clearing;

import com.atrium.ledger.AccountKind;
import com.atrium.ledger.BookedPeriod;
import com.atrium.ledger.EntryKind;
import com.atrium.ledger.LedgerFigures.Original;
import com.atrium.ledger.LedgerFigures.TracedExpiry;
import com.atrium.ledger.LedgerFigures.TracedSum;
import com.atrium.ledger.LedgerReadings;
import com.atrium.parking.ChargeSum;
import com.atrium.parking.ParkingChargeSums;
import com.atrium.parking.ReleasedChargeSum;
import com.atrium.partner.DepositSum;
import com.atrium.partner.ExchangeSum;
import com.atrium.partner.PartnerClearing;
import com.atrium.platform.DomainException;
import com.atrium.security.CurrentCaller;
import com.atrium.security.Roles;
import com.atrium.tenant.MallConfiguration;
import com.atrium.tenant.MallRegistry;
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
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The draft statements of one mall and booked period (docs/clearing.md, "Draft statements"): the
 * ledger's set-based figures of the mall's tenants, split at every change of any tenant's terms in
 * the period, summed per tenant and rate period, and priced by {@link StatementArithmetic}.
 *
 * <p>Set-based: two aggregate queries over the period (the tenant accounts' sums and the expiries
 * per issuer, each per stretch between term changes), however many entries, tenants and changes; no
 * loop over entities. The same data gives the same statements.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class ClearingCalculator {

  /** The party name of the operator's statement. */
  public static final String OPERATOR = "OPERATOR";

  private static final EnumSet<AccountKind> TENANT_ACCOUNTS =
      EnumSet.of(
          AccountKind.TENANT_ISSUANCE, AccountKind.TENANT_REDEMPTION, AccountKind.TENANT_CAMPAIGN);

  /** The issuers whose expired points are the tenant's breakage: its own and its campaigns'. */
  private static final EnumSet<AccountKind> TENANT_ISSUERS =
      EnumSet.of(AccountKind.TENANT_ISSUANCE, AccountKind.TENANT_CAMPAIGN);

  @EJB LedgerReadings readings;
  @EJB TenantService tenants;
  @EJB ClearingTerms terms;
  @EJB MallRegistry malls;
  @EJB PrepaidBlocks prepaidBlocks;
  @EJB DisputeCorrections corrections;
  @EJB PartnerClearing partners;
  @EJB ParkingChargeSums parkingCharges;
  @Inject MallConfiguration configuration;
  @Inject CurrentCaller caller;

  /**
   * The draft statements of the mall for the entries booked in the period; the mall refunds {@code
   * requestedShare} % of its tenants' breakage to them (0: the operator keeps it all; null: the
   * mall's configured {@code clearing.breakage-share-percent}).
   */
  @RolesAllowed({Roles.OPERATOR_FINANCE, Roles.OPERATOR_ADMIN})
  public DraftRun draft(String mallCode, BookedPeriod period, BigDecimal requestedShare) {
    MallSummary mall =
        malls.malls().stream()
            .filter(m -> m.code().equals(mallCode) && caller.maySeeMall(m.id()))
            .findFirst()
            .orElseThrow(() -> DomainException.notFound("MALL_NOT_FOUND", "No mall " + mallCode));
    BigDecimal breakageSharePercent =
        requestedShare != null
            ? requestedShare
            : configuration.mall(mall.code()).breakageSharePercent();
    ClearingRates.requirePercent(
        breakageSharePercent, "BREAKAGE_SHARE_INVALID", "breakageSharePercent");
    Map<Long, TenantView> ofMall =
        tenants.everyTenant().stream()
            .filter(t -> t.mallId() == mall.id())
            .collect(Collectors.toMap(TenantView::id, t -> t));
    Map<Long, List<TermsVersion>> ratesOf = rateVersions(ofMall.values(), period);

    // every instant where some tenant's terms change splits the period into stretches
    TreeSet<Instant> inside = new TreeSet<>();
    ratesOf.values().forEach(vs -> vs.forEach(v -> inside.add(start(v, period))));
    inside.remove(period.from());
    List<Instant> cuts = List.copyOf(inside);
    Map<Long, Figures> figures = new TreeMap<>();
    collect(period, cuts, ofMall, ratesOf, figures);

    // parking charges of the settlements booked in the period, per payer, and those of earlier
    // settlements released in it, given back (one aggregate query each)
    Parking parking =
        new Parking(
            parkingCharges.forPeriod(mall.id(), period.from(), period.to()),
            parkingCharges.releasedIn(mall.id(), period.from(), period.to()));
    // a tenant with parking charges but no points booked still gets its statement
    parking.tenants.keySet().stream()
        .filter(ofMall::containsKey)
        .forEach(t -> figuresOf(t, period.from(), ratesOf, figures));

    Map<Long, PrepaidBlock> blocks = prepaidBlocks.blocksOf(figures.keySet(), period);
    List<Statement> statements = new ArrayList<>();
    figures.entrySet().stream()
        .sorted(Comparator.comparing(e -> ofMall.get(e.getKey()).code()))
        .forEach(
            e ->
                statements.add(
                    StatementArithmetic.withParking(
                        StatementArithmetic.tenantStatement(
                            e.getValue()
                                .toTenantFigures(
                                    ofMall.get(e.getKey()).code(), period, blocks.get(e.getKey())),
                            breakageSharePercent),
                        period.from(),
                        period.to(),
                        parking.tenants.getOrDefault(e.getKey(), ParkingFigures.NONE))));
    List<Statement> carried = withCorrections(mall, ofMall, period, statements);
    Map<Integer, Long> partnerIds = new HashMap<>();
    for (PartnerStatement p : partnerStatements(mall, period, parking)) {
      partnerIds.put(carried.size(), p.id());
      carried.add(p.statement());
    }
    carried.add(
        StatementArithmetic.operatorStatement(
            OPERATOR, period.from(), period.to(), List.copyOf(carried), parking.operator));
    return new DraftRun(mall.code(), period.from(), period.to(), carried, partnerIds);
  }

  /**
   * A group-wide partner (no mall of its own) is cleared in the run of the group's first mall, the
   * one with the lowest id (docs/clearing.md, "Partners"): one statement per period, its deposit
   * once; a mall's own partners in that mall's runs. Parking its rights gave is charged in the run
   * of the mall whose car park gave it, wherever the partner is cleared.
   */
  private boolean clearsGroupPartners(MallSummary mall) {
    return malls.malls().stream().mapToLong(MallSummary::id).min().orElse(-1) == mall.id();
  }

  /** The statements of the partners with activity in the period, by partner code. */
  private List<PartnerStatement> partnerStatements(
      MallSummary mall, BookedPeriod period, Parking parking) {
    boolean withGroup = clearsGroupPartners(mall);
    Map<String, List<ExchangeFigures>> exchanges = new TreeMap<>();
    Map<String, Long> ids = new HashMap<>();
    for (ExchangeSum x : partners.exchangeSums(mall.id(), withGroup, period.from(), period.to())) {
      ids.put(x.partnerCode(), x.partnerId());
      exchanges
          .computeIfAbsent(x.partnerCode(), c -> new ArrayList<>())
          .add(
              new ExchangeFigures(
                  ExchangeFigures.Direction.valueOf(x.direction()),
                  x.undone(),
                  x.fromDeposit(),
                  x.costPerPoint(),
                  x.points(),
                  x.fees(),
                  trace(x.entries(), x.firstEntryId(), x.lastEntryId()),
                  x.originalEntryId() == null
                      ? null
                      : new Adjustment(
                          Adjustment.Source.ENTRY,
                          x.originalEntryId(),
                          x.originalReference(),
                          x.originalRequestedAt())));
    }
    Map<String, DepositFigures> deposits = new HashMap<>();
    for (DepositSum d : partners.deposits(mall.id(), withGroup, period.from(), period.to())) {
      DepositFigures f =
          new DepositFigures(d.opening(), d.toppedUp(), d.drawn(), d.returned(), d.closing());
      if (f.moved() || exchanges.containsKey(d.partnerCode())) {
        ids.put(d.partnerCode(), d.partnerId());
        deposits.put(d.partnerCode(), f);
      }
    }
    TreeSet<String> codes = new TreeSet<>(ids.keySet());
    codes.addAll(parking.partners.keySet());
    Map<String, Long> known = partners.idsOf(parking.partners.keySet());
    List<PartnerStatement> statements = new ArrayList<>();
    for (String code : codes) {
      Long id = ids.containsKey(code) ? ids.get(code) : known.get(code);
      // the mode now decides only the deposit lines: each exchange says whether it drew on it
      SettlementMode mode =
          deposits.containsKey(code) ? SettlementMode.PREPAID : SettlementMode.POSTPAID;
      statements.add(
          new PartnerStatement(
              id,
              StatementArithmetic.partnerStatement(
                  new PartnerFigures(
                      code,
                      mode,
                      exchanges.getOrDefault(code, List.of()),
                      deposits.get(code),
                      parking.partners.getOrDefault(code, ParkingFigures.NONE)),
                  period.from(),
                  period.to())));
    }
    return statements;
  }

  private record PartnerStatement(Long id, Statement statement) {}

  /**
   * The period's parking charges per payer (the operator, each tenant, each partner), with the
   * charges of earlier settlements released in the period that each is given back.
   */
  private static final class Parking {
    ParkingFigures operator = ParkingFigures.NONE;
    final Map<Long, ParkingFigures> tenants = new HashMap<>();
    final Map<String, ParkingFigures> partners = new TreeMap<>();

    Parking(List<ChargeSum> sums, List<ReleasedChargeSum> released) {
      for (ChargeSum c : sums) {
        add(
            c.payerKind(),
            c.tenantId(),
            c.partnerCode(),
            new ParkingFigures(
                c.minutes(),
                c.amount().setScale(StatementArithmetic.SCALE),
                trace(c.settlements(), c.firstSettlementId(), c.lastSettlementId())));
      }
      for (ReleasedChargeSum r : released) {
        LateParkingRelease late =
            new LateParkingRelease(
                new Adjustment(
                    Adjustment.Source.SETTLEMENT,
                    r.settlementId(),
                    "Parking " + r.sessionId(),
                    r.settledAt()),
                r.minutes(),
                r.amount().setScale(StatementArithmetic.SCALE),
                trace(1, r.settlementId(), r.settlementId()));
        add(
            r.payerKind(),
            r.tenantId(),
            r.partnerCode(),
            new ParkingFigures(
                ParkingFigures.NONE.minutes(),
                ParkingFigures.NONE.cost(),
                LineTrace.NONE,
                List.of(late)));
      }
    }

    /** Adds figures of one payer (each sum's settlements are its own: one payer kind per row). */
    private void add(String payerKind, Long tenantId, String partnerCode, ParkingFigures f) {
      switch (payerKind) {
        case "TENANT" -> tenants.merge(tenantId, f, ParkingFigures::plus);
        case "PARTNER" -> partners.merge(partnerCode, f, ParkingFigures::plus);
        default -> operator = operator.plus(f);
      }
    }
  }

  /**
   * The tenants' statements with the accepted dispute corrections still pending whose disputed
   * period ended by this period's end (docs/clearing.md, "Dispute corrections"), of every tenant of
   * the mall, with points booked or not. Reading them is part of the inputs: the same pending
   * corrections give the same statements; the run that goes to review records them as carried.
   */
  private List<Statement> withCorrections(
      MallSummary mall,
      Map<Long, TenantView> ofMall,
      BookedPeriod period,
      List<Statement> tenants) {
    List<PendingCorrection> pending =
        corrections.pendingFor(mall.id(), ofMall.keySet(), period.to());
    Map<Long, String> codes = new HashMap<>();
    ofMall.forEach((id, t) -> codes.put(id, t.code()));
    return new ArrayList<>(
        CorrectionLines.carry(tenants, pending, codes, period.from(), period.to()));
  }

  /**
   * Per tenant, the versions of its terms that are in force during the period, in order: the last
   * one starting at or before its start, then those starting inside it (of two starting together,
   * the higher number). One query for every tenant of the mall.
   */
  private Map<Long, List<TermsVersion>> rateVersions(
      Collection<TenantView> tenantsOfMall, BookedPeriod period) {
    Map<Long, List<TermsVersion>> byTenant = new HashMap<>();
    for (TermsVersion v : terms.versionsBefore(tenantsOfMall, period.to())) {
      List<TermsVersion> list = byTenant.computeIfAbsent(v.tenantId(), t -> new ArrayList<>());
      // versionsBefore answers by tenant, start and number: a later one replaces an earlier one
      // that starts at the same instant, or at or before the period's start
      while (!list.isEmpty()
          && !start(v, period).isAfter(start(list.get(list.size() - 1), period))) {
        list.remove(list.size() - 1);
      }
      list.add(v);
    }
    return byTenant;
  }

  /** When a version starts to count in the period: its start, or the period's if earlier. */
  private static Instant start(TermsVersion v, BookedPeriod period) {
    return v.effectiveFrom().isBefore(period.from()) ? period.from() : v.effectiveFrom();
  }

  /**
   * Adds the period's figures of the mall's tenants, per stretch between {@code cuts}, to the rate
   * period each stretch falls in; a reversal of an entry booked before the period is late, kept
   * apart per original. Two set-based queries, however many stretches.
   */
  private void collect(
      BookedPeriod period,
      List<Instant> cuts,
      Map<Long, TenantView> ofMall,
      Map<Long, List<TermsVersion>> ratesOf,
      Map<Long, Figures> figures) {
    for (TracedSum s :
        readings.tracedSums(period, cuts, TENANT_ACCOUNTS, ofMall.keySet(), period.from())) {
      long tenant = s.account().tenantId();
      figuresOf(tenant, stretchStart(period, cuts, s.stretch()), ratesOf, figures).add(s);
    }
    for (TracedExpiry e : readings.tracedExpiries(period, cuts)) {
      Long tenant = e.issuer().tenantId();
      if (TENANT_ISSUERS.contains(e.issuer().kind()) && ofMall.containsKey(tenant)) {
        Counts c = figuresOf(tenant, stretchStart(period, cuts, e.stretch()), ratesOf, figures);
        c.expired += e.points();
        c.expiredTrace = c.expiredTrace.plus(trace(e.entries(), e.firstEntryId(), e.lastEntryId()));
      }
    }
  }

  /** Where stretch {@code i} of the period starts: the period's start, or the cut before it. */
  private static Instant stretchStart(BookedPeriod period, List<Instant> cuts, int i) {
    return i == 0 ? period.from() : cuts.get(i - 1);
  }

  private static Counts figuresOf(
      long tenant,
      Instant stretchStart,
      Map<Long, List<TermsVersion>> ratesOf,
      Map<Long, Figures> figures) {
    List<TermsVersion> versions = ratesOf.getOrDefault(tenant, List.of());
    return figures.computeIfAbsent(tenant, t -> new Figures(versions)).at(stretchStart, tenant);
  }

  /** A tenant's point counts per version of its terms in force during the period. */
  private static final class Figures {
    final List<TermsVersion> versions;
    final Map<Integer, Counts> counts = new TreeMap<>();

    Figures(List<TermsVersion> versions) {
      this.versions = versions;
    }

    /** The counts of the version in force at the start of a stretch. */
    Counts at(Instant stretchStart, long tenant) {
      for (int i = versions.size() - 1; i >= 0; i--) {
        if (!versions.get(i).effectiveFrom().isAfter(stretchStart)) {
          return counts.computeIfAbsent(i, k -> new Counts());
        }
      }
      throw DomainException.conflict(
          "CLEARING_TERMS_MISSING",
          "Tenant " + tenant + " has booked points but no clearing terms at " + stretchStart);
    }

    TenantFigures toTenantFigures(String code, BookedPeriod period, PrepaidBlock block) {
      List<RatedPoints> periods = new ArrayList<>();
      int last = versions.size() - 1;
      // every version in force during the period is a rate period; they adjoin
      for (int i = 0; i <= last; i++) {
        TermsVersion v = versions.get(i);
        Instant to = i == last ? period.to() : versions.get(i + 1).effectiveFrom();
        Counts c = counts.getOrDefault(i, new Counts());
        periods.add(
            new RatedPoints(
                v.ratesOver(start(v, period), to), c.toPointFigures(), c.toTraces(), c.toLate()));
      }
      // a change of settlement mode counts from the next period: the mode at the start decides
      SettlementMode mode = versions.get(0).settlementMode();
      return mode == SettlementMode.PREPAID
          ? TenantFigures.prepaid(code, block, periods)
          : TenantFigures.postpaid(code, periods);
    }
  }

  /**
   * Points of one tenant in one rate period, as the ledger's sums give them, with the entries
   * behind each figure; late reversals per original, which they also count in.
   */
  private static final class Counts {
    long funded;
    long fundedReversed;
    long redeemed;
    long cancelled;
    long expired;
    LineTrace fundedTrace = LineTrace.NONE;
    LineTrace fundedReversedTrace = LineTrace.NONE;
    LineTrace redeemedTrace = LineTrace.NONE;
    LineTrace cancelledTrace = LineTrace.NONE;
    LineTrace expiredTrace = LineTrace.NONE;
    long campaignFunded;
    long campaignReversed;
    LineTrace campaignFundedTrace = LineTrace.NONE;
    LineTrace campaignReversedTrace = LineTrace.NONE;

    /** By figure and original: one refund reverses a sale's own and its campaign points apart. */
    final Map<String, Late> late = new TreeMap<>();

    void add(TracedSum s) {
      boolean issuance = s.account().kind() == AccountKind.TENANT_ISSUANCE;
      boolean campaign = s.account().kind() == AccountKind.TENANT_CAMPAIGN;
      LineTrace trace = trace(s.entries(), s.firstEntryId(), s.lastEntryId());
      if (campaign && s.entryKind() == EntryKind.EARN) {
        campaignFunded -= s.points();
        campaignFundedTrace = campaignFundedTrace.plus(trace);
      } else if (campaign && s.entryKind() == EntryKind.REVERSAL) {
        campaignReversed += s.points();
        if (s.original() == null) {
          campaignReversedTrace = campaignReversedTrace.plus(trace);
        } else {
          late(LateReversal.Of.CAMPAIGN, s.original()).add(s.points(), trace);
        }
      } else if (campaign) {
        throw new IllegalStateException("a " + s.entryKind() + " entry on a tenant's campaigns");
      } else if (issuance && s.entryKind() == EntryKind.EARN) {
        funded -= s.points();
        fundedTrace = fundedTrace.plus(trace);
      } else if (issuance && s.entryKind() == EntryKind.REVERSAL) {
        fundedReversed += s.points();
        if (s.original() == null) {
          fundedReversedTrace = fundedReversedTrace.plus(trace);
        } else {
          late(LateReversal.Of.FUNDING, s.original()).add(s.points(), trace);
        }
      } else if (!issuance
          && (s.entryKind() == EntryKind.REDEEM || s.entryKind() == EntryKind.HONOUR)) {
        redeemed += s.points();
        redeemedTrace = redeemedTrace.plus(trace);
      } else if (!issuance && s.entryKind() == EntryKind.REVERSAL) {
        cancelled -= s.points();
        if (s.original() == null) {
          cancelledTrace = cancelledTrace.plus(trace);
        } else {
          late(LateReversal.Of.REDEMPTION, s.original()).add(-s.points(), trace);
        }
      } else {
        throw new IllegalStateException(
            "a " + s.entryKind() + " entry on a tenant's " + s.account().kind() + " account");
      }
    }

    private Late late(LateReversal.Of of, Original original) {
      return late.computeIfAbsent(
          of.name() + "|" + original.entryId(), k -> new Late(of, original));
    }

    PointFigures toPointFigures() {
      return new PointFigures(
          funded, fundedReversed, redeemed, cancelled, expired, campaignFunded, campaignReversed);
    }

    FigureTraces toTraces() {
      return new FigureTraces(
          fundedTrace,
          fundedReversedTrace,
          redeemedTrace,
          cancelledTrace,
          expiredTrace,
          campaignFundedTrace,
          campaignReversedTrace);
    }

    List<LateReversal> toLate() {
      return late.values().stream().filter(l -> l.points != 0).map(Late::toLateReversal).toList();
    }
  }

  /** The late reversals of one original in one rate period. */
  private static final class Late {
    final LateReversal.Of of;
    final Original original;
    long points;
    LineTrace trace = LineTrace.NONE;

    Late(LateReversal.Of of, Original original) {
      this.of = of;
      this.original = original;
    }

    void add(long more, LineTrace entries) {
      points += more;
      trace = trace.plus(entries);
    }

    LateReversal toLateReversal() {
      return new LateReversal(
          of,
          new Adjustment(
              Adjustment.Source.ENTRY,
              original.entryId(),
              original.description(),
              original.bookedAt()),
          points,
          trace);
    }
  }

  private static LineTrace trace(long entries, long first, long last) {
    return entries == 0 ? LineTrace.NONE : new LineTrace(entries, first, last);
  }
}
