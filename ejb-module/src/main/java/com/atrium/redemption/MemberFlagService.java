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

/** Members flagged for customer service: operators list the open flags and resolve them. */
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

  public List<MemberFlag> open(int limit) {
    return em.createNamedQuery("MemberFlag.open", MemberFlag.class)
        .setMaxResults(Math.max(1, Math.min(limit, 500)))
        .getResultList();
  }

  public List<MemberFlag> ofMember(long memberId) {
    return em.createNamedQuery("MemberFlag.ofMember", MemberFlag.class)
        .setParameter("member", memberId)
        .getResultList();
  }

  @RolesAllowed({Roles.OPERATOR_SERVICE, Roles.OPERATOR_ADMIN})
  public MemberFlag resolve(long flagId) {
    MemberFlag flag = em.find(MemberFlag.class, flagId);
    if (flag == null) {
      throw DomainException.notFound("FLAG_NOT_FOUND", "No flag " + flagId);
    }
    flag.resolve(caller.name(), clock.now());
    audit.record(
        "MEMBER_FLAG_RESOLVED",
        "member",
        flag.memberId(),
        Map.of("flag", flagId),
        Map.of("flag", flagId, "resolvedBy", caller.name()));
    return flag;
  }
}
