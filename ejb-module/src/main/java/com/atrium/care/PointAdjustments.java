package com.atrium.care;

import com.atrium.audit.AuditLog;
import com.atrium.ledger.AccountKind;
import com.atrium.ledger.EntryKind;
import com.atrium.ledger.LedgerAccounts;
import com.atrium.ledger.LedgerPostings;
import com.atrium.ledger.Overdraft;
import com.atrium.ledger.Posting;
import com.atrium.member.MemberDirectory;
import com.atrium.platform.Clock;
import com.atrium.platform.DomainException;
import com.atrium.security.CurrentCaller;
import com.atrium.security.Roles;
import com.atrium.tenant.MallConfiguration;
import com.atrium.tenant.MallRegistry;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Manual points adjustments by the service desk (docs/members.md). A credit is a GRANT from the
 * operator's marketing account that opens a lot funded by the operator; a debit is a REDEEM to that
 * account that takes the soonest-expiring lots first, like a redemption, and never overdraws. More
 * points than the threshold of the requester's mall ({@code care.adjustment-approval-above-points})
 * wait for a second operator's approval before anything is booked. Every request, booking and
 * rejection is audited.
 */
@Stateless
@RolesAllowed({Roles.OPERATOR_ADMIN, Roles.OPERATOR_SERVICE})
public class PointAdjustments {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @EJB LedgerPostings postings;
  @Inject LedgerAccounts accounts;
  @EJB MemberDirectory members;
  @EJB MallRegistry malls;
  @Inject MallConfiguration configuration;
  @EJB AuditLog audit;
  @Inject CurrentCaller caller;
  @Inject Clock clock;

  /**
   * Adjusts the member's points by {@code points} (credit &gt; 0, debit &lt; 0): booked now, or
   * PENDING when above the threshold. A debit beyond the member's points is refused ({@code
   * INSUFFICIENT_POINTS}) and nothing is written.
   */
  public AdjustmentView request(long memberId, long points, String reason) {
    String why = Reason.require(reason);
    members
        .summary(memberId)
        .orElseThrow(() -> DomainException.notFound("MEMBER_NOT_FOUND", "No member " + memberId));
    Long mallId = caller.mallId().orElse(null);
    OptionalLong threshold =
        configuration.adjustmentApprovalAbove(mallId == null ? null : malls.require(mallId).code());
    AdjustmentPolicy.Route route = AdjustmentPolicy.route(points, threshold);
    Instant now = clock.now();
    MemberAdjustment a =
        new MemberAdjustment(
            memberId,
            mallId,
            points,
            why,
            threshold.isPresent() ? threshold.getAsLong() : null,
            caller.name(),
            now);
    em.persist(a);
    em.flush();
    if (route == AdjustmentPolicy.Route.APPROVAL) {
      audit.record(
          "ADJUSTMENT_REQUESTED",
          "MEMBER",
          memberId,
          null,
          Map.of(
              "adjustment",
              a.id(),
              "points",
              points,
              "reason",
              why,
              "threshold",
              threshold.getAsLong()));
      return a.view();
    }
    book(a, null, now);
    return a.view();
  }

  /** A second operator approves a pending adjustment: it is booked now. */
  public AdjustmentView approve(long id) {
    MemberAdjustment a = locked(id);
    a.requirePending();
    AdjustmentPolicy.requireSecondOperator(a.requestedBy(), caller.name());
    book(a, caller.name(), clock.now());
    return a.view();
  }

  /** Rejects a pending adjustment with a reason; nothing is booked. The requester may withdraw. */
  public AdjustmentView reject(long id, String reason) {
    String why = Reason.require(reason);
    MemberAdjustment a = locked(id);
    a.rejected(caller.name(), clock.now(), why);
    audit.record(
        "ADJUSTMENT_REJECTED",
        "MEMBER",
        a.memberId(),
        Map.of("adjustment", a.id(), "status", "PENDING"),
        Map.of("status", "REJECTED", "reason", why));
    return a.view();
  }

  /** The member's adjustments, newest first. */
  @RolesAllowed({
    Roles.OPERATOR_ADMIN,
    Roles.OPERATOR_MARKETING,
    Roles.OPERATOR_FINANCE,
    Roles.OPERATOR_SERVICE
  })
  public List<AdjustmentView> ofMember(long memberId) {
    return em.createNamedQuery("MemberAdjustment.ofMember", MemberAdjustment.class)
        .setParameter("member", memberId)
        .setMaxResults(100)
        .getResultStream()
        .map(MemberAdjustment::view)
        .toList();
  }

  /** Adjustments waiting for an approval, oldest first, of the caller's mall (all: group-wide). */
  public List<AdjustmentView> pending() {
    return em.createNamedQuery("MemberAdjustment.pending", MemberAdjustment.class)
        .setMaxResults(200)
        .getResultStream()
        .filter(a -> a.mallId() == null || caller.maySeeMall(a.mallId()))
        .map(MemberAdjustment::view)
        .toList();
  }

  private void book(MemberAdjustment a, String approvedBy, Instant now) {
    String description = description(a.id(), a.reason());
    Posting posting =
        a.points() > 0
            ? postings.grantFromOperator(a.memberId(), a.mallId(), a.points(), now, description)
            : postings.debit(
                a.memberId(),
                accounts.operatorAccountId(AccountKind.OPERATOR_MARKETING),
                null,
                EntryKind.REDEEM,
                -a.points(),
                now,
                description,
                Overdraft.REFUSE);
    a.booked(posting.entryId(), approvedBy, now);
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("adjustment", a.id());
    after.put("points", a.points());
    after.put("reason", a.reason());
    after.put("requestedBy", a.requestedBy());
    after.put("approvedBy", approvedBy);
    after.put("entry", posting.entryId());
    after.put("balance", posting.balance());
    audit.record("ADJUSTMENT_BOOKED", "MEMBER", a.memberId(), null, after);
  }

  /**
   * "Adjustment 42: goodwill for the lost receipt": the history shows it in the reader's language
   * (the portal translates the prefix); cut to the journal's 200 characters, the full reason stays
   * on the adjustment.
   */
  static String description(long id, String reason) {
    String text = "Adjustment " + id + ": " + reason;
    return text.length() <= 200 ? text : text.substring(0, 199) + "…";
  }

  private MemberAdjustment locked(long id) {
    MemberAdjustment a = em.find(MemberAdjustment.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (a == null || (a.mallId() != null && !caller.maySeeMall(a.mallId()))) {
      throw DomainException.notFound("ADJUSTMENT_NOT_FOUND", "No adjustment " + id);
    }
    return a;
  }
}
