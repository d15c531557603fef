package com.atrium.partner;

import com.atrium.audit.AuditLog;
import com.atrium.platform.DomainException;
import com.atrium.security.CurrentCaller;
import com.atrium.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A member's partner links as the operator sees them (the member's page), and the operator's side
 * of "unlinking by either side": the member asked the mall. The unlink itself is the partner's
 * ({@link PartnerBook#unlink}: the link ends and its rights are revoked), so the member's own
 * channel, once built, will end a link the same way. One transaction: the link and its audit entry.
 */
@Stateless
public class PartnerLinks {

  /** The longest reason kept in the audit entry; REASON_REQUIRED's text says 1 to 200. */
  static final int REASON_MAX = 200;

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @EJB PartnerBook book;
  @EJB AuditLog audit;
  @Inject CurrentCaller caller;

  /** The member's links, active and ended (not the pending ones), of partners the caller sees. */
  @RolesAllowed({
    Roles.OPERATOR_ADMIN,
    Roles.OPERATOR_MARKETING,
    Roles.OPERATOR_FINANCE,
    Roles.OPERATOR_SERVICE
  })
  public List<MemberLink> ofMember(long memberId) {
    return em
        .createQuery(
            "select l, p from PartnerLink l, Partner p where p.id = l.partnerId"
                + " and l.memberId = :member and l.state <> :pending"
                + " order by l.linkedAt desc, l.id desc",
            Object[].class)
        .setParameter("member", memberId)
        .setParameter("pending", LinkState.PENDING)
        .getResultList()
        .stream()
        .filter(r -> visible((Partner) r[1]))
        .map(r -> view((PartnerLink) r[0], (Partner) r[1]))
        .toList();
  }

  /**
   * Ends an active link with a reason (1 to {@value #REASON_MAX} characters), audited {@code
   * PARTNER_LINK_ENDED} on the member. A link of a partner the caller may not see is not found; one
   * already ended is LINK_NOT_ACTIVE and changes nothing.
   */
  @RolesAllowed({Roles.OPERATOR_ADMIN, Roles.OPERATOR_SERVICE})
  public MemberLink unlinkByOperator(long linkId, String reason) {
    String why = reason == null ? "" : reason.strip();
    if (why.isEmpty() || why.length() > REASON_MAX) {
      throw DomainException.invalid(
          "REASON_REQUIRED", "reason", "Give a reason of 1 to " + REASON_MAX + " characters");
    }
    PartnerLink link = em.find(PartnerLink.class, linkId, LockModeType.PESSIMISTIC_WRITE);
    Partner p = link == null ? null : em.find(Partner.class, link.partnerId());
    if (p == null || !visible(p) || link.memberId() == null) {
      throw DomainException.notFound("LINK_NOT_FOUND", "No link " + linkId);
    }
    if (link.state() != LinkState.ACTIVE) {
      throw DomainException.conflict("LINK_NOT_ACTIVE", "The link is " + link.state());
    }
    book.unlink(p.code(), link.memberRef(), caller.name());
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("state", LinkState.UNLINKED.name());
    after.put("partner", p.code());
    after.put("memberRef", link.memberRef());
    after.put("reason", why);
    audit.record(
        "PARTNER_LINK_ENDED",
        "MEMBER",
        link.memberId(),
        Map.of("state", LinkState.ACTIVE.name()),
        after);
    return view(link, p);
  }

  private boolean visible(Partner p) {
    return p.mallId() == null || caller.maySeeMall(p.mallId());
  }

  private static MemberLink view(PartnerLink l, Partner p) {
    return new MemberLink(
        l.id(),
        p.code(),
        p.name(),
        l.memberRef(),
        l.state(),
        l.linkedAt(),
        l.unlinkedAt(),
        l.unlinkedBy());
  }
}
