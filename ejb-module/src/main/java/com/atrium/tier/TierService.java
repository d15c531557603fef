package com.atrium.tier;

import com.atrium.audit.AuditLog;
import com.atrium.member.Member;
import com.atrium.member.MemberService;
import com.atrium.platform.Clock;
import com.atrium.platform.Database;
import com.atrium.platform.DomainException;
import com.atrium.security.CurrentCaller;
import com.atrium.security.Roles;
import com.atrium.tenant.MallConfiguration;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
  @Inject MallConfiguration mall;
  @EJB AuditLog audit;
  @Inject CurrentCaller caller;
  @Inject Clock clock;
  @EJB Database database;

  public TierLadder ladder() {
    return new TierLadder(mall.tiers());
  }

  /**
   * Called by earning once a sale is stored, in the sale's transaction: moves the member up when
   * their qualifying spend now reaches a higher tier. The member's row is locked only when there is
   * something to change, so the common sale pays one aggregate query.
   */
  public void saleRecorded(Member member) {
    TierLadder ladder = ladder();
    if (member.tier().equals(ladder.highest())) {
      return;
    }
    Instant now = clock.now();
    BigDecimal spend = qualifyingSpend(member.id(), now);
    if (!ladder.isAbove(TierReview.onSale(ladder, member.tier(), spend), member.tier())) {
      return;
    }
    em.refresh(member, LockModeType.PESSIMISTIC_WRITE);
    String from = member.tier();
    String to = TierReview.onSale(ladder, from, spend);
    if (!ladder.isAbove(to, from)) {
      return;
    }
    member.changeTier(to);
    em.persist(
        new TierChange(
            member.id(), now, from, to, TierChange.Cause.QUALIFIED, spend, null, caller.name()));
    TierStatus status = em.find(TierStatus.class, member.id());
    if (status != null) {
      status.qualified();
    }
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
    Member member = members.require(memberId);
    em.refresh(member, LockModeType.PESSIMISTIC_WRITE);
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
      member.changeTier(to);
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
    return overview(member, status, spend);
  }

  @RolesAllowed({
    Roles.OPERATOR_ADMIN,
    Roles.OPERATOR_MARKETING,
    Roles.OPERATOR_FINANCE,
    Roles.OPERATOR_SERVICE
  })
  public TierOverview overviewOf(long memberId) {
    Member member = members.require(memberId);
    TierStatus status = em.find(TierStatus.class, memberId);
    return overview(
        member,
        status == null ? new TierStatus(memberId) : status,
        qualifyingSpend(memberId, clock.now()));
  }

  @RolesAllowed({
    Roles.OPERATOR_ADMIN,
    Roles.OPERATOR_MARKETING,
    Roles.OPERATOR_FINANCE,
    Roles.OPERATOR_SERVICE
  })
  public List<TierChange> historyOf(long memberId) {
    return em.createNamedQuery("TierChange.ofMember", TierChange.class)
        .setParameter("member", memberId)
        .setMaxResults(200)
        .getResultList();
  }

  /**
   * Reviews up to {@code maxMembers} members above the lowest tier not yet reviewed on {@code
   * today}, in the caller's transaction; claimed with {@code for update skip locked} so instances
   * sharing the database review different members, and each member once a day. Returns how many it
   * claimed (0: nothing left for today).
   */
  public int reviewBatch(LocalDate today, int maxMembers) {
    TierLadder ladder = ladder();
    boolean oracle = "oracle".equals(database.vendorName());
    String sql =
        "select m.id from member m left join tier_status s on s.member_id = m.id"
            + " where m.tier <> ?1 and (s.reviewed_on is null or s.reviewed_on < ?2)"
            + (oracle
                ? " and rownum <= " + maxMembers + " for update of m.id skip locked"
                : " order by m.id fetch first "
                    + maxMembers
                    + " rows only for update of m skip locked");
    @SuppressWarnings("unchecked")
    List<Number> ids =
        em.createNativeQuery(sql)
            .setParameter(1, ladder.lowest())
            .setParameter(2, java.sql.Date.valueOf(today))
            .getResultList();
    Instant now = clock.now();
    int grace = mall.tierDowngradeGraceDays();
    for (Number id : ids) {
      // the row is locked by the claim; the timer has no caller, so no MemberService (roles) here
      Member member = em.find(Member.class, id.longValue());
      em.refresh(member);
      TierStatus status = statusOf(member.id());
      if (today.equals(status.reviewedOn())) {
        // reviewed by a run that committed between this claim's snapshot and its lock
        continue;
      }
      BigDecimal spend = qualifyingSpend(member.id(), now);
      TierReview.Outcome outcome =
          TierReview.review(
              ladder, member.tier(), status.floorTier(), spend, status.belowSince(), today, grace);
      if (outcome.changes(member.tier())) {
        em.persist(
            new TierChange(
                member.id(),
                now,
                member.tier(),
                outcome.tier(),
                TierChange.Cause.REVIEW,
                spend,
                null,
                SYSTEM));
        member.changeTier(outcome.tier());
      }
      status.reviewed(today, outcome.belowSince());
    }
    return ids.size();
  }

  /** CNY spent by the member over the configured rolling months up to {@code at}. */
  public BigDecimal qualifyingSpend(long memberId, Instant at) {
    Instant from = at.atZone(mall.zone()).minusMonths(mall.tierQualifyingMonths()).toInstant();
    // a read-only aggregate over earning's sales: the sales are the tier's qualifying spend
    Object sum =
        em.createNativeQuery(
                "select coalesce(sum(amount), 0) from sale"
                    + " where member_id = ?1 and occurred_at > ?2 and occurred_at <= ?3")
            .setParameter(1, memberId)
            .setParameter(2, Timestamp.from(from))
            .setParameter(3, Timestamp.from(at))
            .getSingleResult();
    return new BigDecimal(sum.toString()).setScale(2);
  }

  private TierStatus statusOf(long memberId) {
    TierStatus status = em.find(TierStatus.class, memberId);
    if (status == null) {
      status = new TierStatus(memberId);
      em.persist(status);
    }
    return status;
  }

  private TierOverview overview(Member member, TierStatus status, BigDecimal spend) {
    return new TierOverview(
        member.tier(),
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
