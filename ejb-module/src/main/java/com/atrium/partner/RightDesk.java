package com.atrium.partner;

import com.atrium.audit.AuditLog;
import com.atrium.member.MemberDirectory;
import com.atrium.platform.Clock;
import com.atrium.platform.DomainException;
import com.atrium.platform.Page;
import com.atrium.platform.Sort;
import com.atrium.platform.SortColumns;
import com.atrium.security.CurrentCaller;
import com.atrium.security.Roles;
import com.atrium.tenant.MallConfiguration;
import com.atrium.tenant.TierDefinition;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A partner's rights on the partners page (docs/partners.md, "Rights in the portal"): its right
 * definitions, defined and changed by finance or the admin (every field judged at once, audited
 * {@code PARTNER_RIGHT_DEFINED} / {@code PARTNER_RIGHT_CHANGED}), and its grants page by page with
 * their state read now. A change counts from then on: perks are read as the definition stands, a
 * tier floor is copied when a right is granted (so it applies to later grants only). A right no
 * grant names may be deleted; one with grants is retired (no new grants; audited either way).
 */
@Stateless
@RolesAllowed({Roles.OPERATOR_ADMIN, Roles.OPERATOR_FINANCE})
public class RightDesk {

  /** The columns the grants list may be sorted by; newest grant first when none. */
  static final SortColumns SORT =
      SortColumns.of(
          "g.grantedAt desc",
          "g.id desc",
          "grant",
          "g.grantRef",
          "member",
          "l.memberRef",
          "right",
          "r.code",
          "from",
          "g.validFrom",
          "until",
          "g.validUntil");

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @EJB AuditLog audit;
  @EJB MemberDirectory members;
  @Inject CurrentCaller caller;
  @Inject MallConfiguration configuration;
  @Inject Clock clock;

  /** The partner's right definitions, by code, each with how many grants name it. */
  public List<RightView> rights(String partnerCode) {
    Partner p = PartnerLookup.visible(em, caller, partnerCode);
    Map<Long, Long> grants = new HashMap<>();
    em.createNamedQuery("RightDefinition.grantCounts", Object[].class)
        .setParameter("partner", p.id())
        .getResultList()
        .forEach(r -> grants.put((Long) r[0], (Long) r[1]));
    return em
        .createNamedQuery("RightDefinition.ofPartner", RightDefinition.class)
        .setParameter("partner", p.id())
        .getResultList()
        .stream()
        .map(r -> r.view(grants.getOrDefault(r.id(), 0L)))
        .toList();
  }

  /**
   * Deletes a right no grant names (audited {@code PARTNER_RIGHT_DELETED}); one with grants is 409
   * {@code RIGHT_HAS_GRANTS}: it is retired instead, since its grants name it.
   */
  public void delete(String partnerCode, long rightId) {
    Partner p = editable(partnerCode);
    RightDefinition r = lockedRight(p, rightId);
    if (grantsOf(r) > 0) {
      throw DomainException.conflict(
          "RIGHT_HAS_GRANTS", "Right " + r.code() + " has grants: retire it instead");
    }
    Map<String, Object> before = r.snapshot();
    em.remove(r);
    em.flush();
    audit.record("PARTNER_RIGHT_DELETED", "partner", p.code(), before, null);
  }

  /**
   * Retires a right: from now on a grant naming it is refused ({@code RIGHT_RETIRED}), the grants
   * made run to their end. Audited {@code PARTNER_RIGHT_RETIRED}; a retired one answers as it is.
   */
  public RightView retire(String partnerCode, long rightId) {
    Partner p = editable(partnerCode);
    RightDefinition r = lockedRight(p, rightId);
    Map<String, Object> before = r.snapshot();
    if (r.retire(clock.now())) {
      em.flush();
      audit.record("PARTNER_RIGHT_RETIRED", "partner", p.code(), before, r.snapshot());
    }
    return r.view(grantsOf(r));
  }

  /** The partner's right, locked against a concurrent grant (which reads it with a shared lock). */
  private RightDefinition lockedRight(Partner p, long rightId) {
    RightDefinition r = em.find(RightDefinition.class, rightId, LockModeType.PESSIMISTIC_WRITE);
    if (r == null || r.partnerId() != p.id()) {
      throw DomainException.notFound("RIGHT_NOT_FOUND", "No right " + rightId);
    }
    return r;
  }

  private long grantsOf(RightDefinition r) {
    return em.createQuery("select count(g) from RightGrant g where g.rightId = :right", Long.class)
        .setParameter("right", r.id())
        .getSingleResult();
  }

  /** What is wrong with {@code draft}: the page shows each at its field before asking. */
  public List<RightDraft.Problem> problems(RightDraft draft, boolean isNew) {
    return draft.problems(tierCodes(), isNew);
  }

  /** A new right of the partner; its code unique per partner (RIGHT_CODE_TAKEN). */
  public RightView define(String partnerCode, RightDraft draft) {
    Partner p = editable(partnerCode);
    judge(draft, true);
    // one change of a partner's rights at a time: the code check sees a concurrent definition
    em.refresh(p, LockModeType.PESSIMISTIC_WRITE);
    if (em.createNamedQuery("RightDefinition.byCode", RightDefinition.class)
        .setParameter("partner", p.id())
        .setParameter("code", draft.strippedCode())
        .getResultStream()
        .findFirst()
        .isPresent()) {
      throw new DomainException(
          DomainException.Kind.CONFLICT,
          "RIGHT_CODE_TAKEN",
          "code",
          "The partner already has a right " + draft.strippedCode());
    }
    RightDefinition r = new RightDefinition(p.id(), draft, clock.now());
    em.persist(r);
    em.flush();
    audit.record("PARTNER_RIGHT_DEFINED", "partner", p.code(), null, r.snapshot());
    return r.view();
  }

  /**
   * Changes a right's name, tier floor and perks (the code stays); audited when anything changed.
   */
  public RightView change(String partnerCode, long rightId, RightDraft draft) {
    Partner p = editable(partnerCode);
    RightDefinition r = em.find(RightDefinition.class, rightId, LockModeType.PESSIMISTIC_WRITE);
    if (r == null || r.partnerId() != p.id()) {
      throw DomainException.notFound("RIGHT_NOT_FOUND", "No right " + rightId);
    }
    judge(draft, false);
    Map<String, Object> before = r.snapshot();
    r.change(draft);
    Map<String, Object> after = r.snapshot();
    if (!after.equals(before)) {
      em.flush();
      audit.record("PARTNER_RIGHT_CHANGED", "partner", p.code(), before, after);
    }
    return r.view(grantsOf(r));
  }

  /** One page of the partner's grants, {@code state} (read now) or all, in a whitelisted order. */
  public Page<GrantRow> grants(
      String partnerCode, RightState state, Sort sort, int offset, int limit) {
    Partner p = PartnerLookup.visible(em, caller, partnerCode);
    Instant now = clock.now();
    StringBuilder where =
        new StringBuilder(" from RightGrant g, RightDefinition r, PartnerLink l")
            .append(" where g.partnerId = :partner and r.id = g.rightId and l.id = g.linkId");
    Map<String, Object> params = new HashMap<>();
    params.put("partner", p.id());
    if (state != null) {
      // the states as RightGrant.stateAt reads them, in the query
      switch (state) {
        case REVOKED -> where.append(" and g.state = :revoked");
        case ACTIVE ->
            where.append(" and g.state = :active and g.validFrom <= :now and g.validUntil > :now");
        case EXPIRED -> where.append(" and g.state = :active and g.validUntil <= :now");
        case SCHEDULED -> where.append(" and g.state = :active and g.validFrom > :now");
      }
      if (state == RightState.REVOKED) {
        params.put("revoked", RightGrant.Stored.REVOKED);
      } else {
        params.put("active", RightGrant.Stored.ACTIVE);
        params.put("now", now);
      }
    }
    TypedQuery<Long> count = em.createQuery("select count(g)" + where, Long.class);
    TypedQuery<Object[]> rows =
        em.createQuery(
            "select g, r.code, r.name, l.memberRef" + where + SORT.orderBy(sort), Object[].class);
    params.forEach(
        (k, v) -> {
          count.setParameter(k, v);
          rows.setParameter(k, v);
        });
    int clamped = Page.clampLimit(limit);
    List<Object[]> found =
        rows.setFirstResult(Math.max(0, offset)).setMaxResults(clamped).getResultList();
    Map<Long, String> cards =
        members.maskedCards(found.stream().map(r -> ((RightGrant) r[0]).memberId()).toList());
    List<GrantRow> out =
        found.stream()
            .map(
                r -> {
                  RightGrant g = (RightGrant) r[0];
                  return new GrantRow(
                      g.id(),
                      g.grantRef(),
                      (String) r[3],
                      cards.get(g.memberId()),
                      (String) r[1],
                      (String) r[2],
                      g.validFrom(),
                      g.validUntil(),
                      g.stateAt(now),
                      g.revokedAt(),
                      g.revokedBy(),
                      g.revokeReason());
                })
            .toList();
    return new Page<>(out, Math.max(0, offset), clamped, count.getSingleResult());
  }

  private void judge(RightDraft draft, boolean isNew) {
    if (draft == null) {
      throw DomainException.invalid("VALIDATION_FAILED", null, "Fill in the right");
    }
    List<RightDraft.Problem> problems = problems(draft, isNew);
    if (!problems.isEmpty()) {
      throw problems.get(0).exception();
    }
  }

  private List<String> tierCodes() {
    return configuration.tiers().stream().map(TierDefinition::code).toList();
  }

  /** A partner the caller may change: its mall's, or the group's for a group-wide operator. */
  private Partner editable(String code) {
    Partner p = PartnerLookup.visible(em, caller, code);
    if (p.mallId() == null) {
      caller.requireGroupWide("A partner of the whole group is changed by a group-wide operator");
    }
    return p;
  }
}
