package com.atrium.partner;

import com.atrium.audit.AuditLog;
import com.atrium.platform.Clock;
import com.atrium.platform.DomainException;
import com.atrium.security.CurrentCaller;
import com.atrium.security.Roles;
import jakarta.annotation.security.PermitAll;
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

/**
 * Partner rights as the operator and the contexts above see them: a member's rights with their
 * source for the member's page, an operator's revocation (with a reason, audited), and the perks a
 * member's rights give at an instant (parking minutes, WiFi data), read against the clock.
 */
@Stateless
public class PartnerRights {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @EJB RightBook book;
  @EJB AuditLog audit;
  @Inject CurrentCaller caller;
  @Inject Clock clock;

  @RolesAllowed({
    Roles.OPERATOR_ADMIN,
    Roles.OPERATOR_MARKETING,
    Roles.OPERATOR_FINANCE,
    Roles.OPERATOR_SERVICE
  })
  public List<MemberRight> ofMember(long memberId) {
    return book.ofMember(memberId, p -> p.mallId() == null || caller.maySeeMall(p.mallId()));
  }

  /**
   * An operator revokes a member's right (the member asked the mall, or the partner by mail): the
   * reason is required, the tier floor goes with it, audited {@code PARTNER_RIGHT_REVOKED}. A grant
   * of a partner the operator may not see is not found; a revoked one is RIGHT_NOT_ACTIVE.
   */
  @RolesAllowed({Roles.OPERATOR_ADMIN, Roles.OPERATOR_SERVICE})
  public MemberRight revokeByOperator(long grantId, String reason) {
    if (reason == null || reason.isBlank()) {
      throw DomainException.invalid(
          "RIGHT_REASON_REQUIRED", "reason", "Say why the right is revoked");
    }
    if (reason.trim().length() > 500) {
      throw DomainException.invalid(
          "RIGHT_REASON_TOO_LONG", "reason", "The reason is at most 500 characters");
    }
    RightGrant g = em.find(RightGrant.class, grantId, LockModeType.PESSIMISTIC_WRITE);
    if (g == null) {
      throw DomainException.notFound("RIGHT_GRANT_NOT_FOUND", "No grant " + grantId);
    }
    Partner p = em.find(Partner.class, g.partnerId());
    if (p.mallId() != null && !caller.maySeeMall(p.mallId())) {
      throw DomainException.notFound("RIGHT_GRANT_NOT_FOUND", "No grant " + grantId);
    }
    RightState before = g.stateAt(clock.now());
    if (before == RightState.REVOKED || before == RightState.EXPIRED) {
      throw DomainException.conflict("RIGHT_NOT_ACTIVE", "The right is " + before);
    }
    book.revoke(g, caller.name(), reason.trim());
    Map<String, Object> was = new LinkedHashMap<>();
    was.put("state", before.name());
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("state", RightState.REVOKED.name());
    after.put("partner", p.code());
    after.put("grantId", g.grantRef());
    after.put("reason", reason.trim());
    audit.record("PARTNER_RIGHT_REVOKED", "MEMBER", g.memberId(), was, after);
    return ofMember(g.memberId()).stream().filter(r -> r.id() == grantId).findFirst().orElseThrow();
  }

  /**
   * The perks of the member's rights at {@code at}: parking and WiFi ask, without a caller. Most
   * members have no right counting: that answer needs one read here and no call of the book.
   */
  @PermitAll
  public RightPerks perksAt(long memberId, Instant at) {
    List<RightGrant> counting =
        em.createNamedQuery("RightGrant.countingAt", RightGrant.class)
            .setParameter("member", memberId)
            .setParameter("at", at)
            .getResultList();
    return counting.isEmpty() ? RightPerks.NONE : book.perksOf(counting);
  }
}
