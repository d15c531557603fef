package com.atrium.ledger;

import com.atrium.platform.Clock;
import com.atrium.platform.DomainException;
import com.atrium.tenant.MallConfiguration;
import com.atrium.tenant.TenantService;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The only door to changing points: credits, debits and reversals. Every change is one balanced
 * journal entry, written in the caller's transaction; the member's account row is locked for the
 * duration, so concurrent postings for one member serialise and can never overdraw or double-apply.
 */
@Stateless
public class LedgerPostings {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Clock clock;
  @Inject MallConfiguration configuration;
  @Inject LedgerAccounts accounts;
  @EJB TenantService tenants;

  /**
   * Credits points earned at a tenant: the member's account against the tenant's issuance account,
   * and a lot at the tenant's mall that expires by the mall's policy.
   */
  public Posting creditFromTenant(
      long memberId, long tenantId, long points, Instant occurredAt, String description) {
    if (points <= 0) {
      throw new IllegalArgumentException("credit needs a positive number of points");
    }
    long issuer = accounts.tenantAccountId(tenantId, AccountKind.TENANT_ISSUANCE);
    return creditWithLot(
        EntryKind.EARN,
        memberId,
        tenantId,
        issuer,
        tenants.mallOf(tenantId),
        points,
        occurredAt,
        description);
  }

  /**
   * Moves points from {@code issuer} to the member and opens a lot for them. After an allowed
   * overdraft the credit first repays the debt; only the rest opens a lot, so that the open lots
   * always sum to max(balance, 0).
   */
  private Posting creditWithLot(
      EntryKind kind,
      long memberId,
      Long tenantId,
      long issuer,
      Long mallId,
      long points,
      Instant occurredAt,
      String description) {
    LedgerAccount member = accounts.lockedMemberAccount(memberId);
    JournalEntry entry =
        JournalEntry.transfer(
            kind,
            occurredAt,
            clock.now(),
            memberId,
            tenantId,
            description,
            issuer,
            member.id(),
            points);
    em.persist(entry);
    member.post(points);
    long toLot = Math.min(points, Math.max(member.balance(), 0));
    if (toLot > 0) {
      em.persist(
          new PointsLot(
              member.id(), issuer, mallId, entry.id(), toLot, occurredAt, expiryOf(occurredAt)));
    }
    return new Posting(entry.id(), member.balance());
  }

  /**
   * Credits the points of one sale funded by two issuers in one entry: {@code tenantPoints} from
   * the tenant's issuance account and {@code operatorPoints} (operator-funded campaign points) from
   * the operator's marketing account. As {@link #credit(long, long, long, long, long, Instant,
   * String)} with no tenant-funded campaign points.
   */
  public Posting credit(
      long memberId,
      long tenantId,
      long tenantPoints,
      long operatorPoints,
      Instant occurredAt,
      String description) {
    return credit(memberId, tenantId, tenantPoints, 0, operatorPoints, occurredAt, description);
  }

  /**
   * Credits the points of one sale funded by up to three issuers in one entry: {@code tenantPoints}
   * from the tenant's issuance account, {@code tenantCampaignPoints} (points of campaigns the
   * tenant funds) from its campaign account, and {@code operatorPoints} (the operator's campaign
   * points) from the operator's marketing account, each with its own lot so that clearing, refunds
   * and expiry can tell who pays for what; the lots are at the tenant's mall, where the points were
   * earned. After an allowed overdraft the credit first repays the debt, the operator's points
   * first, then the tenant's campaign points, and only the rest opens lots (so the open lots still
   * sum to max(balance, 0)).
   */
  public Posting credit(
      long memberId,
      long tenantId,
      long tenantPoints,
      long tenantCampaignPoints,
      long operatorPoints,
      Instant occurredAt,
      String description) {
    if (tenantPoints < 0
        || tenantCampaignPoints < 0
        || operatorPoints < 0
        || tenantPoints + tenantCampaignPoints + operatorPoints <= 0) {
      throw new IllegalArgumentException("credit needs a positive number of points");
    }
    if (operatorPoints == 0 && tenantCampaignPoints == 0) {
      return creditFromTenant(memberId, tenantId, tenantPoints, occurredAt, description);
    }
    LedgerAccount member = accounts.lockedMemberAccount(memberId);
    long tenant = accounts.tenantAccountId(tenantId, AccountKind.TENANT_ISSUANCE);
    // issuers in the order their points go to lots: the tenant's own, its campaigns, the operator's
    Map<Long, Long> from = new LinkedHashMap<>();
    if (tenantPoints > 0) {
      from.put(tenant, tenantPoints);
    }
    if (tenantCampaignPoints > 0) {
      from.put(
          accounts.tenantAccountId(tenantId, AccountKind.TENANT_CAMPAIGN), tenantCampaignPoints);
    }
    if (operatorPoints > 0) {
      from.put(accounts.operatorAccount(AccountKind.OPERATOR_MARKETING).id(), operatorPoints);
    }
    JournalEntry entry =
        JournalEntry.gather(
            EntryKind.EARN,
            occurredAt,
            clock.now(),
            memberId,
            tenantId,
            description,
            from,
            member.id());
    em.persist(entry);
    long points = tenantPoints + tenantCampaignPoints + operatorPoints;
    member.post(points);
    long toLots = Math.min(points, Math.max(member.balance(), 0));
    Instant expires = expiryOf(occurredAt);
    long mall = tenants.mallOf(tenantId);
    for (Map.Entry<Long, Long> issuer : from.entrySet()) {
      long lot = Math.min(issuer.getValue(), toLots);
      toLots -= lot;
      if (lot > 0) {
        em.persist(
            new PointsLot(
                member.id(), issuer.getKey(), mall, entry.id(), lot, occurredAt, expires));
      }
    }
    return new Posting(entry.id(), member.balance());
  }

  /**
   * Points a partner funds (an exchange in): the member's account against the partner's account, in
   * a GRANT entry whose lot names the partner as issuer, at {@code mallId} (null for a partner of
   * the whole group), expiring by the mall's policy. After an allowed overdraft the credit first
   * repays the debt, as every credit does.
   */
  public Posting creditFromPartner(
      long memberId,
      String partnerCode,
      Long mallId,
      long points,
      Instant occurredAt,
      String description) {
    if (points <= 0) {
      throw new IllegalArgumentException("credit needs a positive number of points");
    }
    return creditWithLot(
        EntryKind.GRANT,
        memberId,
        null,
        accounts.partnerAccountId(partnerCode),
        mallId,
        points,
        occurredAt,
        description);
  }

  /**
   * Points exchanged out to a partner: from the member's account to the partner's account, in a
   * REDEEM entry consuming the member's lots soonest-to-expire first. Refuses with
   * INSUFFICIENT_POINTS when the member has fewer points.
   */
  public Posting debitToPartner(
      long memberId, String partnerCode, long points, Instant occurredAt, String description) {
    return debit(
        memberId,
        accounts.partnerAccountId(partnerCode),
        null,
        EntryKind.REDEEM,
        points,
        occurredAt,
        description,
        Overdraft.REFUSE);
  }

  /**
   * Locks the member's account for the rest of the transaction, so that what the caller reads about
   * the member (for example the points earned today, for a daily cap) stays true until it posts.
   */
  public void lockMember(long memberId) {
    accounts.lockedMemberAccount(memberId);
  }

  /**
   * Points spent at a tenant's till: from the member's account to the tenant's redemption account,
   * consuming the member's lots soonest-to-expire first. Refuses with INSUFFICIENT_POINTS when the
   * member has fewer points.
   */
  public Posting debitToTenant(
      long memberId, long tenantId, long points, Instant occurredAt, String description) {
    long redemption = accounts.tenantAccountId(tenantId, AccountKind.TENANT_REDEMPTION);
    return debit(
        memberId,
        redemption,
        tenantId,
        EntryKind.REDEEM,
        points,
        occurredAt,
        description,
        Overdraft.REFUSE);
  }

  /**
   * Takes points from a member's account to another account (a tenant's redemption account, the
   * operator's marketing account for its own rewards, a partner account for an exchange out). The
   * member's account row is locked for the transaction; the open lots are consumed
   * soonest-to-expire first (ties: earned first, then lower id) and each take is recorded as a
   * {@link LotConsumption} of the entry written.
   *
   * @param overdraft {@link Overdraft#REFUSE} unless the caller implements the documented
   *     negative-balance policy
   */
  public Posting debit(
      long memberId,
      long toAccountId,
      Long tenantId,
      EntryKind kind,
      long points,
      Instant occurredAt,
      String description,
      Overdraft overdraft) {
    if (points <= 0) {
      throw new IllegalArgumentException("a debit needs a positive number of points");
    }
    if (kind != EntryKind.REDEEM && kind != EntryKind.REVERSAL) {
      throw new IllegalArgumentException("a debit is a REDEEM or a REVERSAL, not " + kind);
    }
    LedgerAccount member = accounts.lockedMemberAccount(memberId);
    if (member.id() == toAccountId) {
      throw new IllegalArgumentException("a debit moves points to another account");
    }
    List<PointsLot> lots =
        em.createNamedQuery("PointsLot.openOfAccount", PointsLot.class)
            .setParameter("account", member.id())
            .getResultList();
    ConsumptionPlan plan = Lots.plan(lots, points);
    if (plan.uncovered() > 0 && overdraft == Overdraft.REFUSE) {
      throw DomainException.conflict(
          "INSUFFICIENT_POINTS",
          "The member has " + member.balance() + " points, " + points + " needed");
    }
    JournalEntry entry =
        JournalEntry.transfer(
            kind,
            occurredAt,
            clock.now(),
            memberId,
            tenantId,
            description,
            member.id(),
            toAccountId,
            points);
    em.persist(entry);
    member.post(-points, overdraft);
    Lots.take(em, entry.id(), plan, lots);
    return new Posting(entry.id(), member.balance());
  }

  /**
   * Cancels {@code points} (at most what is left of the original) of a credit or a debit with a
   * REVERSAL entry that points at it; the original is never changed. Several partial reversals of
   * one entry add up to at most the original.
   *
   * <ul>
   *   <li>A credit (EARN, GRANT): splits the points across the credit's issuers pro rata to what
   *       each funded, cumulatively over successive reversals ({@link ReversalPlan#proRata}), and
   *       takes each issuer's part back from the lot the credit opened for it, as far as that lot
   *       still holds it. What it could not take, because the member already spent it, is returned
   *       as {@link Reversal#notReversed()}, by issuer in {@link Reversal#notReversedByIssuer()};
   *       the caller's policy settles it (for example {@link #debit} with {@link
   *       Overdraft#ALLOW_NEGATIVE} to that issuer, or flagging the member).
   *   <li>A debit (REDEEM): gives the points back to the lots it consumed, last consumed first; a
   *       lot that has expired by now does not take them back: they go to a new lot of the same
   *       issuer that expires by the mall policy counted from now (docs/ledger.md).
   * </ul>
   */
  public Reversal reverse(long entryId, long points, String reason) {
    return reverse(entryId, points, -1, reason);
  }

  /**
   * As {@link #reverse(long, long, String)}, for a caller that settles the points a credit's
   * reversal could not take back itself (a refund): {@code alreadyAsked} is what its earlier
   * reversals of the credit were asked for, taken back or not, so that each issuer's pro rata part
   * stays cumulative ({@link ReversalPlan#proRata}); -1 counts only what the ledger took back.
   */
  public Reversal reverse(long entryId, long points, long alreadyAsked, String reason) {
    if (points <= 0) {
      throw DomainException.invalid(
          "POINTS_INVALID", "points", "Reverse a positive number of points");
    }
    JournalEntry original = em.find(JournalEntry.class, entryId);
    if (original == null) {
      throw DomainException.notFound("ENTRY_NOT_FOUND", "No journal entry " + entryId);
    }
    if (original.memberId() == null
        || !EnumSet.of(EntryKind.EARN, EntryKind.GRANT, EntryKind.REDEEM)
            .contains(original.kind())) {
      throw DomainException.invalid(
          "ENTRY_NOT_REVERSIBLE", "entryId", "A " + original.kind() + " entry cannot be reversed");
    }
    // the member's row lock also serialises concurrent reversals of the same entry
    LedgerAccount member = accounts.lockedMemberAccount(original.memberId());
    JournalLine memberLine = lineOf(original, member.id(), true);
    JournalLine counterLine = lineOf(original, member.id(), false);
    long already = Math.max(alreadyReversed(original.id(), member.id()), alreadyAsked);
    long left = Math.abs(memberLine.points()) - already;
    if (points > left) {
      throw DomainException.conflict(
          "REVERSAL_EXCEEDS_ORIGINAL",
          "Entry " + entryId + " has " + left + " points left to reverse, not " + points);
    }
    Instant now = clock.now();
    return memberLine.points() > 0
        ? reverseCredit(original, member, counterLine.accountId(), already, points, reason, now)
        : reverseDebit(original, member, counterLine.accountId(), already, points, reason, now);
  }

  private Reversal reverseCredit(
      JournalEntry original,
      LedgerAccount member,
      long issuerAccountId,
      long alreadyAsked,
      long points,
      String reason,
      Instant now) {
    // the issuers that funded the credit, in its order (the tenant's own, its campaigns, the
    // operator's): the order its lots were opened, so by lot id
    List<JournalLine> funders =
        original.lines().stream()
            .filter(l -> !l.accountId().equals(member.id()))
            .sorted(Comparator.comparing(JournalLine::id))
            .toList();
    List<PointsLot> lots =
        em.createNamedQuery("PointsLot.ofCredit", PointsLot.class)
            .setParameter("entry", original.id())
            .getResultList();
    List<ReversalPlan.Funded> funded = new ArrayList<>();
    for (JournalLine line : funders) {
      // a credit opens at most one lot per issuer, none when it only repaid an overdraft
      PointsLot lot =
          lots.stream()
              .filter(l -> l.issuerAccountId().equals(line.accountId()))
              .findFirst()
              .orElse(null);
      funded.add(
          new ReversalPlan.Funded(
              line.accountId(),
              -line.points(),
              lot == null ? 0 : lot.id(),
              lot == null ? 0 : lot.pointsRemaining()));
    }
    // each issuer's part comes from its own lot as far as that lot still holds it; the rest, spent
    // by the member, is that issuer's to settle by the caller's policy
    List<ConsumptionPlan.Take> takes = new ArrayList<>();
    Map<Long, Long> toIssuers = new LinkedHashMap<>();
    Map<Long, Long> notReversed = new LinkedHashMap<>();
    for (ReversalPlan.Part part : ReversalPlan.forCredit(funded, alreadyAsked, points)) {
      if (part.taken() > 0) {
        takes.add(new ConsumptionPlan.Take(part.lotId(), part.taken()));
        toIssuers.merge(part.issuerAccountId(), part.taken(), Long::sum);
      }
      if (part.notReversed() > 0) {
        notReversed.merge(part.issuerAccountId(), part.notReversed(), Long::sum);
      }
    }
    long take = toIssuers.values().stream().mapToLong(Long::longValue).sum();
    if (take == 0) {
      return new Reversal(OptionalLong.empty(), 0, points, member.balance(), notReversed);
    }
    JournalEntry entry =
        toIssuers.size() == 1 && toIssuers.containsKey(issuerAccountId)
            ? JournalEntry.reversalOf(original, now, reason, member.id(), issuerAccountId, take)
            : JournalEntry.reversalSpread(original, now, reason, member.id(), toIssuers);
    em.persist(entry);
    member.post(-take);
    Lots.take(em, entry.id(), ConsumptionPlan.ofTakes(takes, points - take), lots);
    return new Reversal(
        OptionalLong.of(entry.id()), take, points - take, member.balance(), notReversed);
  }

  private Reversal reverseDebit(
      JournalEntry original,
      LedgerAccount member,
      long redeemerAccountId,
      long already,
      long points,
      String reason,
      Instant now) {
    List<LotConsumption> taken =
        em.createNamedQuery("LotConsumption.ofEntry", LotConsumption.class)
            .setParameter("entry", original.id())
            .getResultList();
    Map<Long, PointsLot> lots = new HashMap<>();
    List<ReversalPlan.Consumed> consumed = new ArrayList<>();
    for (LotConsumption c : taken) {
      PointsLot lot = lots.computeIfAbsent(c.lotId(), id -> em.find(PointsLot.class, id));
      consumed.add(
          new ReversalPlan.Consumed(lot.id(), lot.issuerAccountId(), c.points(), lot.expiresAt()));
    }
    long total = Math.abs(lineOf(original, member.id(), true).points());
    long uncovered = total - consumed.stream().mapToLong(ReversalPlan.Consumed::points).sum();
    ReversalPlan plan = ReversalPlan.forDebit(consumed, uncovered, already, points, now);
    JournalEntry entry =
        JournalEntry.reversalOf(original, now, reason, redeemerAccountId, member.id(), points);
    em.persist(entry);
    member.post(points);
    // a new lot keeps the issuer and the mall of the expired lot whose points it gives back
    Map<List<Long>, Long> toNewLots = new LinkedHashMap<>(); // [issuer account, mall] -> points
    for (ReversalPlan.Restore r : plan.restores()) {
      if (r.toNewLot()) {
        toNewLots.merge(
            Arrays.asList(r.issuerAccountId(), lots.get(r.lotId()).mallId()),
            r.points(),
            Long::sum);
      } else {
        lots.get(r.lotId()).restore(r.points(), now);
        em.persist(new LotConsumption(entry.id(), r.lotId(), -r.points()));
      }
    }
    toNewLots.forEach(
        (issuerAndMall, p) ->
            em.persist(
                new PointsLot(
                    member.id(),
                    issuerAndMall.get(0),
                    issuerAndMall.get(1),
                    entry.id(),
                    p,
                    now,
                    expiryOf(now))));
    return new Reversal(OptionalLong.of(entry.id()), points, 0, member.balance());
  }

  /**
   * A tenant honours a coupon (核销): the points its redemption ({@code redeemEntryId}, a REDEEM from
   * the member) holds on the operator's coupons outstanding move to the tenant's redemption account
   * in a HONOUR entry, which clearing reimburses. A redemption that took its points straight to a
   * redemption account (coupons issued before coupons were held) has nothing to move: empty. The
   * caller makes sure a coupon is honoured once.
   */
  public OptionalLong honour(
      long redeemEntryId, long tenantId, Instant occurredAt, String description) {
    JournalEntry original = em.find(JournalEntry.class, redeemEntryId);
    if (original == null || original.kind() != EntryKind.REDEEM || original.memberId() == null) {
      throw new IllegalArgumentException("entry " + redeemEntryId + " is not a member's REDEEM");
    }
    long outstanding = accounts.operatorAccountId(AccountKind.COUPONS_OUTSTANDING);
    JournalLine held =
        original.lines().stream()
            .filter(l -> l.accountId() == outstanding)
            .findFirst()
            .orElse(null);
    if (held == null) {
      return OptionalLong.empty();
    }
    JournalEntry entry =
        JournalEntry.transfer(
            EntryKind.HONOUR,
            occurredAt,
            clock.now(),
            original.memberId(),
            tenantId,
            description,
            outstanding,
            accounts.tenantAccountId(tenantId, AccountKind.TENANT_REDEMPTION),
            held.points());
    em.persist(entry);
    return OptionalLong.of(entry.id());
  }

  private static JournalLine lineOf(JournalEntry entry, long memberAccountId, boolean member) {
    return entry.lines().stream()
        .filter(l -> l.accountId().equals(memberAccountId) == member)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("entry " + entry.id() + " is not a transfer"));
  }

  private long alreadyReversed(long originalId, long memberAccountId) {
    Number n =
        (Number)
            em.createNativeQuery(
                    "select coalesce(sum(l.points), 0) from journal_line l"
                        + " join journal_entry e on e.id = l.entry_id"
                        + " where e.reverses_entry_id = ?1 and l.account_id = ?2")
                .setParameter(1, originalId)
                .setParameter(2, memberAccountId)
                .getSingleResult();
    return Math.abs(n.longValue());
  }

  /** When points earned at that instant expire, by the mall's configured policy. */
  Instant expiryOf(Instant earnedAt) {
    return configuration.expiryPolicy().expiresAt(earnedAt);
  }

  /**
   * Points the operator grants (e.g. a WiFi visit bonus): from the operator's marketing account to
   * the member, in a GRANT entry whose lot names the operator as issuer, at {@code mallId} (null: a
   * grant for the whole group, e.g. a group-wide operator's manual adjustment).
   */
  public Posting grantFromOperator(
      long memberId, Long mallId, long points, Instant occurredAt, String description) {
    if (points <= 0) {
      throw new IllegalArgumentException("a grant needs a positive number of points");
    }
    return creditWithLot(
        EntryKind.GRANT,
        memberId,
        null,
        accounts.operatorAccount(AccountKind.OPERATOR_MARKETING).id(),
        mallId,
        points,
        occurredAt,
        description);
  }
}
