package com.atrium.care;

import com.atrium.audit.AuditLog;
import com.atrium.member.MemberDirectory;
import com.atrium.member.MemberStanding;
import com.atrium.platform.Clock;
import com.atrium.platform.DomainException;
import com.atrium.security.CurrentCaller;
import com.atrium.security.Roles;
import com.atrium.tenant.TenantService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The service desk blocks and unblocks a member and corrects the name, each with the actor and (for
 * a block) a reason on record and audited. A blocked member earns and spends nothing: every sale,
 * payment, reward, exchange and parking payment refuses {@code MEMBER_BLOCKED} (docs/members.md).
 */
@Stateless
@RolesAllowed({Roles.OPERATOR_ADMIN, Roles.OPERATOR_SERVICE})
public class MemberCare {

  @EJB MemberDirectory members;
  @EJB TenantService tenants;
  @EJB AuditLog audit;
  @Inject CurrentCaller caller;
  @Inject Clock clock;

  public StandingView block(long memberId, String reason) {
    String why = Reason.require(reason);
    MemberStanding before = members.block(memberId, why, caller.name(), clock.now());
    audit.record(
        "MEMBER_BLOCKED",
        "MEMBER",
        memberId,
        Map.of("status", before.status().name()),
        Map.of("status", "BLOCKED", "reason", why));
    return standing(memberId);
  }

  public StandingView unblock(long memberId, String reason) {
    String why = Reason.require(reason);
    MemberStanding before = members.unblock(memberId);
    Map<String, Object> was = new LinkedHashMap<>();
    was.put("status", before.status().name());
    was.put("reason", before.blockedReason());
    was.put("blockedBy", before.blockedBy());
    audit.record(
        "MEMBER_UNBLOCKED", "MEMBER", memberId, was, Map.of("status", "ACTIVE", "reason", why));
    return standing(memberId);
  }

  /** Corrects the member's name (1 to 100 characters once trimmed); audited before and after. */
  public void rename(long memberId, String name) {
    if (name == null || name.isBlank()) {
      throw DomainException.invalid("NAME_REQUIRED", "name", "Enter the member's name");
    }
    if (name.trim().length() > 100) {
      throw DomainException.invalid("NAME_TOO_LONG", "name", "A name is at most 100 characters");
    }
    String before = members.rename(memberId, name);
    audit.record(
        "MEMBER_RENAMED", "MEMBER", memberId, Map.of("name", before), Map.of("name", name.trim()));
  }

  @RolesAllowed({
    Roles.OPERATOR_ADMIN,
    Roles.OPERATOR_MARKETING,
    Roles.OPERATOR_FINANCE,
    Roles.OPERATOR_SERVICE
  })
  public StandingView standing(long memberId) {
    MemberStanding s =
        members
            .standing(memberId)
            .orElseThrow(() -> DomainException.notFound("MEMBER_NOT_FOUND", "No member"));
    String tenant =
        s.registeredByTenantId() == null
            ? null
            : tenants.namesOf(List.of(s.registeredByTenantId())).get(s.registeredByTenantId());
    return new StandingView(
        s.memberId(),
        s.isBlocked(),
        s.blockedReason(),
        s.blockedBy(),
        s.blockedAt(),
        s.registeredAt(),
        s.registrationChannel(),
        tenant);
  }
}
