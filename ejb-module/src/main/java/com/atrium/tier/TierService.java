package com.atrium.tier;

import com.atrium.audit.AuditLog;
import com.atrium.earning.MemberSpend;
import com.atrium.earning.SaleRecorded;
import com.atrium.earning.SaleRefunded;
import com.atrium.member.MemberDirectory;
import com.atrium.member.MemberService;
import com.atrium.member.MemberSummary;
import com.atrium.platform.Clock;
import com.atrium.platform.DomainException;
import com.atrium.security.CurrentCaller;
import com.atrium.security.Roles;
import com.atrium.tenant.MallConfiguration;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps {@code member.tier} right: up on the sale that qualifies (in the sale's transaction), down
 * at the daily review after the grace period, and by hand by an operator (a floor, with a reason,
 * audited). Every change writes a {@link TierChange}.
 */
@Stateless
@PermitAll
public class TierService {

  static final String SYSTEM = "system";

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @EJB MemberService members;
  @EJB MemberDirectory directory;
  @EJB MemberSpend spend;
  @Inject MallConfiguration mall;
  @EJB AuditLog audit;
  @Inject CurrentCaller caller;
  @Inject Clock clock;

  public TierLadder ladder() {
    return new TierLadder(mall.tiers());
  }

  /**
   * Once a sale is stored, in the sale's transaction: moves the member up when their qualifying
   * spend now reaches a higher tier. The member's row is locked only when there is something to
   * change, so the common sale pays one aggregate query.
   */
  public void saleRecorded(@Observes SaleRecorded sale) {
    long memberId = sale.memberId();
    String tier = sale.memberTier();
    TierLadder ladder = ladder();
    if (tier.equals(ladder.highest())) {
      return;
    }
    Instant now = clock.now();
    BigDecimal spend = qualifyingSpend(memberId, now);
    if (!ladder.isAbove(TierReview.onSale(ladder, tier, spend), tier)) {
      return;
    }
    String from = directory.lock(memberId).tier();
    String to = TierReview.onSale(ladder, from, spend);
    if (!ladder.isAbove(to, from)) {
      return;
    }
    directory.changeTier(memberId, to);
    em.persist(
        new TierChange(
            memberId, now, from, to, TierChange.Cause.QUALIFIED, spend, null, caller.name()));
    TierStatus status = em.find(TierStatus.class, memberId);
    if (status != null) {
      status.qualified();
    }
  }

  /**
   * Once a refund is booked, in its transaction (after earning has netted it from the sale): an
   * upgrade the refunded sale brought and the remaining spend no longer reaches is undone at once
   * ({@link TierReview#afterRefund}), so a voided mistaken sale leaves no tier behind. The member's
   * row is locked only when there is something to undo.
   */
  public void saleRefunded(@Observes SaleRefunded refund) {
    long memberId = refund.memberId();
    TierLadder ladder = ladder();
    String tier = directory.summary(memberId).map(MemberSummary::tier).orElse(ladder.lowest());
    if (tier.equals(ladder.lowest())) {
      return; // nothing to undo: the common refund pays one read of the member
    }
    Instant now = clock.now();
    BigDecimal spend = qualifyingSpend(memberId, now);
    if (!ladder.isAbove(tier, ladder.qualifiedFor(spend))) {
      return;
    }
    String beforeUpgrade =
        em.createNamedQuery("TierChange.firstQualifiedSince", String.class)
            .setParameter("member", memberId)
            .setParameter("since", refund.saleRecordedAt())
            .setMaxResults(1)
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (beforeUpgrade == null) {
      return;
    }
    String from = directory.lock(memberId).tier();
    TierStatus status = statusOf(memberId);
    String floor = ladder.higher(status.floorTier(), placedFloorAt(memberId, now));
    String to = TierReview.afterRefund(ladder, from, floor, spend, beforeUpgrade);
    if (to.equals(from)) {
      return;
    }
    directory.changeTier(memberId, to);
    em.persist(
        new TierChange(
            memberId, now, from, to, TierChange.Cause.REFUNDED, spend, null, caller.name()));
  }

  /**
   * An operator sets a member's tier by hand. The tier becomes a floor: the member holds at least
   * it until an operator changes it again (setting the lowest tier removes the floor); the member
   * gets the higher of the floor and what their spend reaches, now and at every review.
   */
  @RolesAllowed({Roles.OPERATOR_ADMIN, Roles.OPERATOR_SERVICE, Roles.OPERATOR_MARKETING})
  public TierOverview setFloor(long memberId, String tier, String reason) {
    TierLadder ladder = ladder();
    ladder.require(tier);
    if (reason == null || reason.isBlank()) {
      throw DomainException.invalid(
          "TIER_REASON_REQUIRED", "reason", "Say why the tier is set by hand");
    }
    if (reason.trim().length() > 500) {
      throw DomainException.invalid(
          "TIER_REASON_TOO_LONG", "reason", "The reason is at most 500 characters");
    }
    members.require(memberId);
    MemberSummary member = directory.lock(memberId);
    Instant now = clock.now();
    BigDecimal spend = qualifyingSpend(memberId, now);
    TierStatus status = statusOf(memberId);
    String from = member.tier();
    String floorBefore = status.floorTier();
    String floor = tier.equals(ladder.lowest()) ? null : tier;
    String to = ladder.higher(ladder.qualifiedFor(spend), tier);
    status.setFloor(floor, reason.trim(), caller.name(), now);
    status.qualified();
    if (!to.equals(from)) {
      directory.changeTier(memberId, to);
    }
    em.persist(
        new TierChange(
            memberId, now, from, to, TierChange.Cause.MANUAL, spend, reason.trim(), caller.name()));
    Map<String, Object> before = new LinkedHashMap<>();
    before.put("tier", from);
    before.put("floor", floorBefore);
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("tier", to);
    after.put("floor", floor);
    after.put("reason", reason.trim());
    audit.record("TIER_SET", "MEMBER", memberId, before, after);
    return overview(to, status, spend);
  }

  /**
   * Another context (a partner right) places a floor for a period, with its source and the source's
   * reference (unique per source: placing it again changes nothing). When it counts now and is
   * above the member's tier, the member rises at once (a {@code FLOOR} change naming the source);
   * from then on the review keeps the member at or above it until it ends or is removed.
   */
  public void placeFloor(
      long memberId,
      String source,
      String sourceRef,
      String tier,
      Instant validFrom,
      Instant validUntil) {
    TierLadder ladder = ladder();
    ladder.require(tier);
    if (!floor(source, sourceRef).isEmpty()) {
      return;
    }
    Instant now = clock.now();
    TierFloor floor = new TierFloor(memberId, source, sourceRef, tier, validFrom, validUntil, now);
    em.persist(floor);
    if (!floor.countsAt(now)) {
      return;
    }
    String from = directory.lock(memberId).tier();
    if (!ladder.isAbove(tier, from)) {
      return;
    }
    directory.changeTier(memberId, tier);
    em.persist(
        new TierChange(
            memberId,
            now,
            from,
            tier,
            TierChange.Cause.FLOOR,
            qualifyingSpend(memberId, now),
            source,
            caller.name()));
    statusOf(memberId).qualified();
  }

  /**
   * Removes a floor placed by {@link #placeFloor}; the member keeps their tier until a review finds
   * them above what they are entitled to (then the usual grace period runs). A floor never placed
   * or already removed changes nothing.
   */
  public void removeFloor(String source, String sourceRef, String by) {
    for (TierFloor f : floor(source, sourceRef)) {
      f.remove(by, clock.now());
    }
  }

  /** The highest floor placed by other contexts that counts at {@code at}, or null. */
  public String placedFloorAt(long memberId, Instant at) {
    return TierFloor.highest(
        ladder(),
        em.createNamedQuery("TierFloor.countingAt", TierFloor.class)
            .setParameter("member", memberId)
            .setParameter("at", at)
            .getResultList(),
        at);
  }

  private List<TierFloor> floor(String source, String sourceRef) {
    return em.createNamedQuery("TierFloor.bySource", TierFloor.class)
        .setParameter("source", source)
        .setParameter("ref", sourceRef)
        .getResultList();
  }

  @RolesAllowed({
    Roles.OPERATOR_ADMIN,
    Roles.OPERATOR_MARKETING,
    Roles.OPERATOR_FINANCE,
    Roles.OPERATOR_SERVICE
  })
  public TierOverview overviewOf(long memberId) {
    MemberSummary member = members.require(memberId);
    TierStatus status = em.find(TierStatus.class, memberId);
    return overview(
        member.tier(),
        status == null ? new TierStatus(memberId) : status,
        qualifyingSpend(memberId, clock.now()));
  }

  @RolesAllowed({
    Roles.OPERATOR_ADMIN,
    Roles.OPERATOR_MARKETING,
    Roles.OPERATOR_FINANCE,
    Roles.OPERATOR_SERVICE
  })
  public List<TierChangeView> historyOf(long memberId) {
    return em
        .createNamedQuery("TierChange.ofMember", TierChange.class)
        .setParameter("member", memberId)
        .setMaxResults(200)
        .getResultList()
        .stream()
        .map(TierChangeView::of)
        .toList();
  }

  /** One batch of the daily review: how many members it looked at, and the last one's id. */
  public record ReviewBatch(int candidates, int reviewed, long lastMemberId) {}

  /**
   * Reviews, in the caller's transaction, the next {@code maxMembers} members above the lowest tier
   * after {@code afterMemberId} that no other transaction holds: instances sharing the database
   * review different members, and each member once a day (a member reviewed today is skipped). Zero
   * candidates means the day's review is complete.
   */
  public ReviewBatch reviewBatch(LocalDate today, long afterMemberId, int maxMembers) {
    TierLadder ladder = ladder();
    List<Long> candidates = directory.idsAboveTier(ladder.lowest(), afterMemberId, maxMembers);
    Instant now = clock.now();
    int grace = mall.tierDowngradeGraceDays();
    int reviewed = 0;
    for (long id : candidates) {
      Optional<MemberSummary> locked = directory.tryLock(id);
      if (locked.isEmpty()) {
        continue; // another run holds this member and reviews it
      }
      String tier = locked.get().tier();
      if (tier.equals(ladder.lowest())) {
        continue; // moved down since the candidates were read
      }
      TierStatus status = statusOf(id);
      if (today.equals(status.reviewedOn())) {
        continue; // reviewed by a run that committed first
      }
      BigDecimal spend = qualifyingSpend(id, now);
      // the operator's floor and the highest placed floor that counts now (a partner right's ends
      // with the right: an expired or removed one no longer holds the member)
      String floor = ladder.higher(status.floorTier(), placedFloorAt(id, now));
      TierReview.Outcome outcome =
          TierReview.review(ladder, tier, floor, spend, status.belowSince(), today, grace);
      if (outcome.changes(tier)) {
        em.persist(
            new TierChange(
                id, now, tier, outcome.tier(), TierChange.Cause.REVIEW, spend, null, SYSTEM));
        directory.changeTier(id, outcome.tier());
      }
      status.reviewed(today, outcome.belowSince());
      reviewed++;
    }
    return new ReviewBatch(
        candidates.size(),
        reviewed,
        candidates.isEmpty() ? afterMemberId : candidates.get(candidates.size() - 1));
  }

  /** CNY spent by the member over the configured rolling months up to {@code at}. */
  public BigDecimal qualifyingSpend(long memberId, Instant at) {
    Instant from = at.atZone(mall.zone()).minusMonths(mall.tierQualifyingMonths()).toInstant();
    return spend.between(memberId, from, at);
  }

  private TierStatus statusOf(long memberId) {
    TierStatus status = em.find(TierStatus.class, memberId);
    if (status == null) {
      status = new TierStatus(memberId);
      em.persist(status);
    }
    return status;
  }

  private TierOverview overview(String tier, TierStatus status, BigDecimal spend) {
    return new TierOverview(
        tier,
        ladder().qualifiedFor(spend),
        spend,
        status.floorTier(),
        status.floorReason(),
        status.floorSetBy(),
        status.floorSetAt(),
        status.belowSince(),
        status.belowSince() == null
            ? null
            : status.belowSince().plusDays(mall.tierDowngradeGraceDays()));
  }
}
