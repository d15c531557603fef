package com.atrium.parking;

import com.atrium.earning.MallSale;
import com.atrium.earning.MemberSpend;
import com.atrium.ledger.AccountKind;
import com.atrium.ledger.EntryKind;
import com.atrium.ledger.LedgerAccounts;
import com.atrium.ledger.LedgerPostings;
import com.atrium.ledger.Overdraft;
import com.atrium.ledger.Reversal;
import com.atrium.member.MemberDirectory;
import com.atrium.member.MemberSummary;
import com.atrium.partner.PartnerRights;
import com.atrium.platform.Clock;
import com.atrium.platform.DomainException;
import com.atrium.platform.ExactlyOnce;
import com.atrium.tenant.MallRegistry;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The car park's operations on one mall, each one transaction (the caller, {@link CarPark}, runs
 * them through {@link ExactlyOnce}). A settlement re-computes the quote under the member's account
 * lock, so the day's caps hold against concurrent exits; it never applies more than the quote.
 */
@Stateless
@PermitAll
public class ParkingBook {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @EJB PlateRegistry plates;
  @EJB MemberDirectory members;
  @EJB MemberSpend spend;
  @EJB LedgerPostings postings;
  @EJB MallRegistry malls;
  @EJB PartnerRights rights;
  @Inject LedgerAccounts accounts;
  @Inject ParkingConfiguration configuration;
  @Inject PlateKeys keys;
  @Inject SaleCopyWindow saleCopy;
  @Inject Clock clock;

  /** What was asked at an exit. */
  public record Exit(
      String sessionId, String plate, Instant enteredAt, Instant exitedAt, long feeFen) {}

  /**
   * Records a car's entry; a replay answers the original, another body is PARKING_SESSION_CONFLICT.
   */
  public EntryReceipt enter(long mallId, String sessionId, String plate, Instant enteredAt) {
    String hash = ExactlyOnce.hash(sessionId, plate, enteredAt);
    Optional<ParkingEntry> original =
        em.createNamedQuery("ParkingEntry.bySession", ParkingEntry.class)
            .setParameter("mall", mallId)
            .setParameter("session", sessionId)
            .getResultStream()
            .findFirst();
    if (original.isPresent()) {
      requireSame(original.get(), hash);
      return new EntryReceipt(
          sessionId, original.get().isMember(), original.get().enteredAt(), true);
    }
    Optional<BoundPlate> bound = find(plate);
    ParkingEntry entry =
        new ParkingEntry(mallId, sessionId, bound.orElse(null), hash, enteredAt, clock.now());
    em.persist(entry);
    ExactlyOnce.flush(em);
    return new EntryReceipt(sessionId, bound.isPresent(), enteredAt, false);
  }

  /** What the member's settlements not released took of the day's caps. */
  private record Settled(int carMinutes, boolean spendGrantUsed, int pointHours) {

    /**
     * From the three sums of {@code ParkingSettlement.dayOfMember} (or dayOfPlate) at {@code at}.
     */
    static Settled of(Object[] row, int at) {
      return new Settled(
          ((Number) row[at]).intValue(),
          ((Number) row[at + 1]).longValue() > 0,
          ((Number) row[at + 2]).intValue());
    }
  }

  /**
   * What the quote uses of the member: from parking's copy ({@link ParkingMember}) when the plate's
   * statement found one, else from the member context (then partner rights are asked for).
   */
  private record MemberFacts(String tier, boolean active, String maskedCard, boolean askRights) {

    static Optional<MemberFacts> copied(Object[] row, int at) {
      return row[at] == null
          ? Optional.empty()
          : Optional.of(
              new MemberFacts(
                  (String) row[at],
                  (Boolean) row[at + 1],
                  (String) row[at + 2],
                  (Boolean) row[at + 3]));
    }

    static MemberFacts of(MemberSummary m) {
      return new MemberFacts(m.tier(), m.isActive(), m.maskedCard(), true);
    }
  }

  /**
   * A bound plate, its member's day of settlements and, for a quote, the member's copied facts and
   * unused spend of the day up to the exit (from parking's copies, {@link ParkingMember} and {@link
   * ParkingSale}; empty where the copy does not reach).
   */
  private record PlateDay(
      BoundPlate plate,
      Settled settled,
      Optional<MemberFacts> copied,
      Optional<BigDecimal> copiedSpend) {

    static PlateDay asked(BoundPlate plate, Settled settled) {
      return new PlateDay(plate, settled, Optional.empty(), Optional.empty());
    }
  }

  /**
   * The perks at an exit, without effect. The plate, its member's day of settlements and parking's
   * copies of the member and of the day's unused spend come in one statement, read here rather than
   * through {@link PlateRegistry}: the quote is the car park's most frequent call.
   */
  public Quote quote(long mallId, Exit exit) {
    requireOrder(exit);
    ParkingTerms terms = terms(mallId);
    LocalDate day = day(terms, exit);
    Instant from = day.atStartOfDay(terms.zone()).toInstant();
    boolean spendCopied = saleCopy.covers(from, clock.now());
    Optional<PlateDay> plate =
        plateNumber(exit.plate())
            .flatMap(
                p ->
                    em.createNamedQuery("ParkingSettlement.dayOfPlate", Object[].class)
                        .setParameter("indexes", keys.cipher().indexes(p))
                        .setParameter("day", day)
                        .setParameter("mall", mallId)
                        .setParameter("from", from)
                        .setParameter("upTo", exit.exitedAt())
                        .getResultStream()
                        .findFirst())
            .map(
                r ->
                    new PlateDay(
                        new BoundPlate(
                            ((Number) r[0]).longValue(),
                            ((Number) r[1]).longValue(),
                            (String) r[2]),
                        Settled.of(r, 3),
                        MemberFacts.copied(r, 6),
                        spendCopied
                            ? Optional.of(
                                new BigDecimal(r[10].toString())
                                    .setScale(2, RoundingMode.UNNECESSARY))
                            : Optional.empty()));
    return quote(terms, exit, plate);
  }

  /** Applies what the car park applied, within the quote; idempotent by session id. */
  public ParkingSettlement.Receipt settle(
      long mallId, Exit exit, int appliedMinutes, long appliedFen, long points) {
    requireOrder(exit);
    String hash =
        ExactlyOnce.hash(
            exit.sessionId(),
            exit.plate(),
            exit.enteredAt(),
            exit.exitedAt(),
            exit.feeFen(),
            appliedMinutes,
            appliedFen,
            points);
    Optional<ParkingSettlement> original = settlement(mallId, exit.sessionId());
    if (original.isPresent()) {
      requireSame(original.get(), hash);
      return original.get().receipt(true);
    }
    if (appliedFen > exit.feeFen()) {
      throw DomainException.invalid(
          "PARKING_FEN_EXCEED_FEE", "appliedFen", "The fen applied exceed the fee due");
    }
    ParkingTerms terms = terms(mallId);
    Optional<BoundPlate> bound = find(exit.plate());
    bound.ifPresent(b -> postings.lockMember(b.memberId()));
    if (points > 0
        && bound
            .flatMap(b -> members.summary(b.memberId()))
            .filter(m -> !m.isActive())
            .isPresent()) {
      throw DomainException.conflict("MEMBER_BLOCKED", "The member's account is blocked");
    }
    // read under the member's account lock, so the day's caps hold against concurrent exits
    // the member context's own answers, not parking's copy: what is settled is the authority's
    Quote quote =
        quote(terms, exit, bound.map(b -> PlateDay.asked(b, settled(b, day(terms, exit)))));
    QuoteCalculator.Perks q = quote.perks();
    if (appliedMinutes > q.discountMinutes()) {
      throw DomainException.conflict(
          "PARKING_MINUTES_EXCEED_QUOTE",
          "At most " + q.discountMinutes() + " free minutes apply to this exit");
    }
    if (points != 0 && points != q.points()) {
      throw DomainException.conflict(
          "PARKING_POINTS_NOT_OFFERED",
          "The points offered for this exit are " + q.points() + " (or pay none)");
    }
    if (points > quote.balance()) {
      throw DomainException.conflict(
          "INSUFFICIENT_POINTS",
          "The member has " + quote.balance() + " points, " + points + " needed");
    }
    int tier = Math.min(q.appliedTierMinutes(), appliedMinutes);
    int partnerMinutes = Math.min(q.appliedPartnerMinutes(), appliedMinutes - tier);
    int spendMinutes = appliedMinutes - tier - partnerMinutes;
    QuoteCalculator.Perks applied =
        new QuoteCalculator.Perks(
            q.stayMinutes(),
            q.tierMinutes(),
            q.spendMinutes(),
            q.capMinutesLeft(),
            tier,
            spendMinutes,
            appliedMinutes,
            appliedFen,
            exit.feeFen() - appliedFen,
            points > 0 ? q.pointHours() : 0,
            points,
            points > 0 ? q.pointsFen() : 0,
            q.holiday(),
            q.partnerMinutes(),
            partnerMinutes);
    LocalDate day = exit.exitedAt().atZone(terms.zone()).toLocalDate();
    ParkingSettlement s =
        new ParkingSettlement(
            mallId,
            exit.sessionId(),
            hash,
            bound.orElse(null),
            day,
            exit.enteredAt(),
            exit.exitedAt(),
            exit.feeFen(),
            appliedFen,
            applied,
            clock.now());
    em.persist(s);
    ExactlyOnce.flush(em);
    if (points > 0) {
      s.pointsPaid(
          postings
              .debit(
                  bound.get().memberId(),
                  accounts.operatorAccountId(AccountKind.OPERATOR_MARKETING),
                  null,
                  EntryKind.REDEEM,
                  points,
                  exit.exitedAt(),
                  "Parking " + exit.sessionId(),
                  Overdraft.REFUSE)
              .entryId());
    }
    List<MallSale> unlocking =
        spendMinutes > 0
            ? unusedSales(terms, bound.get().memberId(), day, exit.exitedAt())
            : List.of();
    for (MallSale sale : unlocking) {
      em.persist(new ParkingSpendSale(s.id(), sale.saleId(), sale.tenantId(), sale.amount()));
    }
    for (CostSplit.Share share :
        CostSplit.split(
            tier, spendMinutes, unlocking, terms.freeHourCostCny(), terms.spendCost())) {
      em.persist(new ParkingCharge(s.id(), mallId, day, share));
    }
    if (partnerMinutes > 0) {
      // the partners whose rights gave the minutes pay them (docs/parking.md, "Who pays")
      Map<String, Integer> left = partnerMinutesLeft(bound.get().memberId(), day, exit.exitedAt());
      for (var part : CostSplit.partnerMinutes(partnerMinutes, left).entrySet()) {
        em.persist(
            ParkingCharge.partner(
                s.id(), mallId, day, part.getKey(), part.getValue(), terms.freeHourCostCny()));
      }
    }
    ExactlyOnce.flush(em);
    return s.receipt(false);
  }

  /** Releases a settlement within the mall's window: points back, caps and receipts freed. */
  public ParkingSettlement.Receipt release(long mallId, String sessionId) {
    ParkingSettlement s =
        settlement(mallId, sessionId)
            .orElseThrow(
                () ->
                    DomainException.notFound(
                        "PARKING_SETTLEMENT_NOT_FOUND", "No settlement of this session"));
    if (s.isReleased()) {
      return s.receipt(true);
    }
    ParkingTerms terms = terms(mallId);
    Instant now = clock.now();
    s.requireReleasable(now, Duration.ofMinutes(terms.releaseMinutes()));
    Long entry = null;
    if (s.points() > 0) {
      Reversal r = postings.reverse(s.pointsEntryId(), s.points(), "Parking released " + sessionId);
      entry = r.entryId().isPresent() ? r.entryId().getAsLong() : null;
    }
    em.createNamedQuery("ParkingSpendSale.ofSettlement")
        .setParameter("settlement", s.id())
        .executeUpdate();
    s.release(now, entry);
    return s.receipt(false);
  }

  private Quote quote(ParkingTerms terms, Exit exit, Optional<PlateDay> bound) {
    LocalDate day = day(terms, exit);
    if (bound.isEmpty()) {
      return new Quote(
          exit.sessionId(),
          null,
          null,
          null,
          0,
          0,
          QuoteCalculator.quote(
              terms, exit.enteredAt(), exit.exitedAt(), exit.feeFen(), day, null));
    }
    BoundPlate plate = bound.get().plate();
    Settled settled = bound.get().settled();
    long memberId = plate.memberId();
    MemberFacts member =
        bound
            .get()
            .copied()
            .orElseGet(() -> MemberFacts.of(members.summary(memberId).orElseThrow()));
    boolean spendGrantUsed = settled.spendGrantUsed();
    BigDecimal spent =
        bound
            .get()
            .copiedSpend()
            .orElseGet(
                () ->
                    unusedSales(terms, memberId, day, exit.exitedAt(), spendGrantUsed).stream()
                        .map(MallSale::amount)
                        .reduce(BigDecimal.ZERO, BigDecimal::add));
    // a blocked member is offered no points to pay with (docs/members.md)
    long balance = member.active() ? accounts.balanceOf(memberId) : 0;
    QuoteCalculator.Day today =
        new QuoteCalculator.Day(
            member.tier(),
            spent,
            spendGrantUsed,
            settled.carMinutes(),
            settled.pointHours(),
            balance,
            member.askRights()
                ? partnerMinutesLeft(memberId, day, exit.exitedAt()).values().stream()
                    .mapToInt(Integer::intValue)
                    .sum()
                : 0);
    return new Quote(
        exit.sessionId(),
        plate.maskedPlate(),
        member.maskedCard(),
        member.tier(),
        spent.movePointRight(2).longValue(),
        balance,
        QuoteCalculator.quote(terms, exit.enteredAt(), exit.exitedAt(), exit.feeFen(), day, today));
  }

  /**
   * The member's sales in this mall on the day up to the exit whose receipts no settlement used.
   */
  public List<MallSale> unusedSales(
      ParkingTerms terms, long memberId, LocalDate day, Instant upTo) {
    return unusedSales(terms, memberId, day, upTo, true);
  }

  /**
   * As {@link #unusedSales(ParkingTerms, long, LocalDate, Instant)}, knowing whether the member's
   * spend grant of the day is used. Only a settlement of the member's that day with spend minutes,
   * not released, holds receipts of the day's sales (a release frees them): without it none is used
   * and the receipts need not be looked up.
   */
  private List<MallSale> unusedSales(
      ParkingTerms terms, long memberId, LocalDate day, Instant upTo, boolean spendGrantUsed) {
    Instant from = day.atStartOfDay(terms.zone()).toInstant();
    List<MallSale> sales = spend.salesInMall(memberId, terms.mallId(), from, upTo);
    if (sales.isEmpty() || !spendGrantUsed) {
      return sales;
    }
    Set<Long> used =
        new HashSet<>(
            em.createNamedQuery("ParkingSpendSale.used", Long.class)
                .setParameter("sales", sales.stream().map(MallSale::saleId).toList())
                .getResultList());
    return sales.stream().filter(s -> !used.contains(s.saleId())).toList();
  }

  /** Whether a settlement not released used the member's one spend grant of the day. */
  public boolean spendGrantUsed(long memberId, LocalDate day) {
    Number n =
        em.createNamedQuery("ParkingSettlement.spendGrants", Number.class)
            .setParameter("member", memberId)
            .setParameter("day", day)
            .getSingleResult();
    return n != null && n.longValue() > 0;
  }

  /**
   * The free minutes each partner's rights still give the member on the day, in partner code order:
   * the rights counting at the exit, less what settlements not released took from that partner.
   */
  private Map<String, Integer> partnerMinutesLeft(long memberId, LocalDate day, Instant at) {
    Map<String, Integer> perDay = rights.perksAt(memberId, at).parkingMinutesByPartner();
    if (perDay.isEmpty()) {
      return perDay;
    }
    Map<String, Integer> left = new TreeMap<>(perDay);
    for (Object[] used :
        em.createNamedQuery("ParkingCharge.partnerMinutesOfMember", Object[].class)
            .setParameter("member", memberId)
            .setParameter("day", day)
            .getResultList()) {
      left.computeIfPresent(
          (String) used[0], (k, v) -> Math.max(0, v - ((Number) used[1]).intValue()));
    }
    return left;
  }

  private ParkingTerms terms(long mallId) {
    return configuration.terms(mallId, id -> malls.require(id).code());
  }

  private Settled settled(BoundPlate plate, LocalDate day) {
    return Settled.of(
        em.createNamedQuery("ParkingSettlement.dayOfMember", Object[].class)
            .setParameter("member", plate.memberId())
            .setParameter("binding", plate.bindingId())
            .setParameter("day", day)
            .getSingleResult(),
        0);
  }

  private static LocalDate day(ParkingTerms terms, Exit exit) {
    return exit.exitedAt().atZone(terms.zone()).toLocalDate();
  }

  private Optional<BoundPlate> find(String typed) {
    return plateNumber(typed).flatMap(plates::find);
  }

  private static Optional<PlateNumber> plateNumber(String typed) {
    try {
      return Optional.of(PlateNumber.of(typed));
    } catch (DomainException notAPlate) {
      // a plate the camera misread is no member's: the barrier gets a quote of zero, not an error
      return Optional.empty();
    }
  }

  private Optional<ParkingSettlement> settlement(long mallId, String sessionId) {
    return em.createNamedQuery("ParkingSettlement.bySession", ParkingSettlement.class)
        .setParameter("mall", mallId)
        .setParameter("session", sessionId)
        .getResultStream()
        .findFirst();
  }

  private static void requireSame(ExactlyOnce.Recorded original, String hash) {
    if (!original.sameRequestAs(hash)) {
      throw DomainException.conflict(
          "PARKING_SESSION_CONFLICT", "This session id was used with a different request");
    }
  }

  private static void requireOrder(Exit exit) {
    if (exit.exitedAt().isBefore(exit.enteredAt())) {
      throw DomainException.invalid(
          "PARKING_EXIT_BEFORE_ENTRY", "exitedAt", "The exit is before the entry");
    }
  }
}
