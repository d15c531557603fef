package com.atrium.redemption;

import com.atrium.audit.AuditLog;
import com.atrium.platform.Clock;
import com.atrium.platform.DomainException;
import com.atrium.security.CurrentCaller;
import com.atrium.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Members flagged for customer service: operators list the open flags and resolve them. A one-mall
 * operator sees only the flags of its mall (a refund's there); another mall's flag is not found.
 */
@Stateless
@RolesAllowed({
  Roles.OPERATOR_SERVICE,
  Roles.OPERATOR_ADMIN,
  Roles.OPERATOR_FINANCE,
  Roles.OPERATOR_MARKETING
})
public class MemberFlagService {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @EJB AuditLog audit;
  @Inject CurrentCaller caller;
  @Inject Clock clock;

  public List<MemberFlagView> open(int limit) {
    Optional<Long> mall = caller.mallId();
    var query =
        mall.isPresent()
            ? em.createNamedQuery("MemberFlag.openOfMall", MemberFlag.class)
                .setParameter("mall", mall.get())
            : em.createNamedQuery("MemberFlag.open", MemberFlag.class);
    return query
        .setMaxResults(Math.max(1, Math.min(limit, 500)))
        .getResultStream()
        .map(MemberFlag::view)
        .toList();
  }

  public List<MemberFlagView> ofMember(long memberId) {
    return em.createNamedQuery("MemberFlag.ofMember", MemberFlag.class)
        .setParameter("member", memberId)
        .getResultStream()
        .filter(this::visible)
        .map(MemberFlag::view)
        .toList();
  }

  @RolesAllowed({Roles.OPERATOR_SERVICE, Roles.OPERATOR_ADMIN})
  public MemberFlagView resolve(long flagId) {
    MemberFlag flag = em.find(MemberFlag.class, flagId);
    if (flag == null || !visible(flag)) {
      throw DomainException.notFound("FLAG_NOT_FOUND", "No flag " + flagId);
    }
    flag.resolve(caller.name(), clock.now());
    audit.record(
        "MEMBER_FLAG_RESOLVED",
        "member",
        flag.memberId(),
        Map.of("flag", flagId),
        Map.of("flag", flagId, "resolvedBy", caller.name()));
    return flag.view();
  }

  /** A one-mall operator's flags are its mall's; a flag of no mall is the group's. */
  private boolean visible(MemberFlag flag) {
    return caller.mallId().map(m -> m.equals(flag.mallId())).orElse(true);
  }
}
