package com.atrium.partner;

import com.atrium.member.MemberDirectory;
import com.atrium.member.MemberSummary;
import com.atrium.platform.Clock;
import com.atrium.platform.DomainException;
import com.atrium.platform.ExactlyOnce;
import com.atrium.platform.Page;
import com.atrium.tier.TierService;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The transactions of partner rights (docs/partners.md, "Rights"), each for the partner it is given
 * (the facades take it from the signing key, never from the request). A grant with a tier floor
 * places the floor in the tier context (below partner) with the source {@code PARTNER:<partner>:
 * <right>}; a revocation removes it there; an expiry needs nothing, the floor ends with the right.
 */
@Stateless
@PermitAll
public class RightBook {

  static final String FLOOR_SOURCE = "PARTNER";
  private static final Pattern RIGHT_CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]{0,31}");

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @EJB MemberDirectory members;
  @EJB TierService tiers;
  @Inject Clock clock;
  @Inject Event<RightGranted> granted;

  /**
   * One attempt of {@link ExactlyOnce}: grants {@code rightCode} to the linked member for [from,
   * until). {@code validFrom} may be left out (now) and may not lie ahead: a right starts when it
   * is granted or earlier, so a tier floor applies at once.
   */
  public RightReceipt grant(
      String partnerCode,
      String grantId,
      String memberRef,
      String rightCode,
      Instant validFrom,
      Instant validUntil,
      ExactlyOnce.Attempt attempt) {
    Partner partner = PartnerLookup.byCode(em, partnerCode);
    String ref = PartnerBook.reference(grantId, "RIGHT_GRANT_ID_INVALID", "grantId");
    String member = PartnerBook.reference(memberRef, "MEMBER_REF_INVALID", "memberRef");
    if (rightCode == null || !RIGHT_CODE.matcher(rightCode).matches()) {
      throw DomainException.invalid(
          "RIGHT_CODE_UNKNOWN", "rightCode", "No right " + rightCode + " in the agreement");
    }
    String hash = ExactlyOnce.hash("RIGHT", member, rightCode, validFrom, validUntil);
    if (attempt == ExactlyOnce.Attempt.CHECKING_FIRST) {
      Optional<RightGrant> original = grant(partner, ref);
      if (original.isPresent()) {
        if (!original.get().sameRequestAs(hash)) {
          throw new DomainException(
              DomainException.Kind.CONFLICT,
              "RIGHT_GRANT_CONFLICT",
              "grantId",
              "Grant " + ref + " was already recorded with different details");
        }
        return receipt(original.get(), true);
      }
    }
    partner.requireActive();
    RightDefinition right =
        em.createNamedQuery("RightDefinition.byCode", RightDefinition.class)
            .setParameter("partner", partner.id())
            .setParameter("code", rightCode)
            .getResultStream()
            .findFirst()
            .orElseThrow(
                () ->
                    DomainException.invalid(
                        "RIGHT_CODE_UNKNOWN",
                        "rightCode",
                        "No right " + rightCode + " in the agreement"));
    // a shared lock: a retirement or deletion of the right waits for this grant, or this for it
    em.refresh(right, LockModeType.PESSIMISTIC_READ);
    if (right.isRetired()) {
      throw DomainException.conflict(
          "RIGHT_RETIRED", "Right " + rightCode + " is retired: it is granted no more");
    }
    PartnerLink link = link(partner, member);
    long memberId = link.requireActiveMember();
    MemberSummary summary = members.summary(memberId).orElseThrow();
    if (!summary.isActive()) {
      throw DomainException.conflict("MEMBER_BLOCKED", "The member's account is blocked");
    }
    Instant now = clock.now();
    Instant from = validFrom == null ? now : validFrom;
    if (from.isAfter(now)) {
      throw DomainException.invalid(
          "RIGHT_PERIOD_INVALID", "validFrom", "A right starts now or earlier");
    }
    if (validUntil == null || !validUntil.isAfter(now)) {
      throw DomainException.invalid("RIGHT_PERIOD_INVALID", "validUntil", "A right ends after now");
    }
    RightGrant grant =
        new RightGrant(
            partner.id(), ref, right.id(), link.id(), memberId, from, validUntil, hash, now);
    em.persist(grant);
    // a replay or a concurrent duplicate surfaces here, where ExactlyOnce asks again
    ExactlyOnce.flush(em);
    granted.fire(new RightGranted(memberId));
    if (right.tierFloor() != null) {
      tiers.placeFloor(
          memberId,
          floorSource(partner, right),
          grant.floorRef(),
          right.tierFloor(),
          from,
          validUntil);
    }
    return receipt(grant, false);
  }

  /** Revokes the partner's own grant; a revoked one answers as it is (a replay). */
  public RightReceipt revoke(String partnerCode, String grantId, String by) {
    Partner partner = PartnerLookup.byCode(em, partnerCode);
    RightGrant g = requireGrant(partner, grantId);
    em.refresh(g, LockModeType.PESSIMISTIC_WRITE);
    boolean changed = revoke(g, by, null);
    return receipt(g, !changed);
  }

  public RightReceipt status(String partnerCode, String grantId) {
    return receipt(requireGrant(PartnerLookup.byCode(em, partnerCode), grantId), false);
  }

  /**
   * One page of the grants of the partner's member reference, newest first: {@code offset} 0 or
   * more (OFFSET_INVALID), {@code limit} 1 to {@link Page#MAX_LIMIT} (LIMIT_INVALID).
   */
  public Page<RightReceipt> ofLink(String partnerCode, String memberRef, int offset, int limit) {
    if (offset < 0) {
      throw DomainException.invalid("OFFSET_INVALID", "offset", "offset is 0 or more");
    }
    if (limit < 1 || limit > Page.MAX_LIMIT) {
      throw DomainException.invalid(
          "LIMIT_INVALID", "limit", "limit is from 1 to " + Page.MAX_LIMIT);
    }
    Partner partner = PartnerLookup.byCode(em, partnerCode);
    PartnerLink link =
        link(partner, PartnerBook.reference(memberRef, "MEMBER_REF_INVALID", "memberRef"));
    long total =
        em.createNamedQuery("RightGrant.countOfLink", Long.class)
            .setParameter("link", link.id())
            .getSingleResult();
    List<RightReceipt> rows =
        em
            .createNamedQuery("RightGrant.ofLink", RightGrant.class)
            .setParameter("link", link.id())
            .setFirstResult(offset)
            .setMaxResults(limit)
            .getResultList()
            .stream()
            .map(g -> receipt(g, false))
            .toList();
    return new Page<>(rows, offset, limit, total);
  }

  /** Ends the grants of a link that ends: a right is a linked member's. */
  public void endWithLink(long linkId, String by) {
    for (RightGrant g :
        em.createNamedQuery("RightGrant.ofLink", RightGrant.class)
            .setParameter("link", linkId)
            .getResultList()) {
      revoke(g, by, "link ended");
    }
  }

  /** Revokes a grant and removes its floor; false when it was revoked before. */
  public boolean revoke(RightGrant g, String by, String reason) {
    if (!g.revoke(by, reason, clock.now())) {
      return false;
    }
    RightDefinition right = em.find(RightDefinition.class, g.rightId());
    if (right.tierFloor() != null) {
      tiers.removeFloor(
          floorSource(em.find(Partner.class, g.partnerId()), right), g.floorRef(), by);
    }
    return true;
  }

  /** The perks of grants counting now ({@code RightGrant.countingAt}), at least one. */
  public RightPerks perksOf(List<RightGrant> counting) {
    Map<Long, Partner> partners = partners(counting);
    return RightPerks.of(
        counting.stream()
            .map(
                g -> {
                  RightDefinition r = em.find(RightDefinition.class, g.rightId());
                  return new RightPerks.Perk(
                      partners.get(g.partnerId()).code(),
                      r.code(),
                      r.parkingMinutes(),
                      r.wifiExtraMb());
                })
            .toList());
  }

  /** Every grant of the member, newest first, as the member's page shows them. */
  public List<MemberRight> ofMember(long memberId, Predicate<Partner> visible) {
    List<RightGrant> grants =
        em.createNamedQuery("RightGrant.ofMember", RightGrant.class)
            .setParameter("member", memberId)
            .setMaxResults(200)
            .getResultList();
    Map<Long, Partner> partners = partners(grants);
    Instant now = clock.now();
    return grants.stream()
        .filter(g -> visible.test(partners.get(g.partnerId())))
        .map(
            g -> {
              Partner p = partners.get(g.partnerId());
              RightDefinition r = em.find(RightDefinition.class, g.rightId());
              return new MemberRight(
                  g.id(),
                  p.code(),
                  p.name(),
                  r.code(),
                  r.name(),
                  r.tierFloor(),
                  r.parkingMinutes(),
                  r.wifiExtraMb(),
                  g.stateAt(now),
                  g.validFrom(),
                  g.validUntil(),
                  g.revokedAt(),
                  g.revokedBy(),
                  g.revokeReason());
            })
        .toList();
  }

  private Map<Long, Partner> partners(List<RightGrant> grants) {
    return grants.stream()
        .map(RightGrant::partnerId)
        .distinct()
        .map(id -> em.find(Partner.class, id))
        .collect(Collectors.toMap(Partner::id, Function.identity()));
  }

  private static String floorSource(Partner partner, RightDefinition right) {
    return FLOOR_SOURCE + ":" + partner.code() + ":" + right.code();
  }

  private Optional<RightGrant> grant(Partner partner, String ref) {
    return em.createNamedQuery("RightGrant.byRef", RightGrant.class)
        .setParameter("partner", partner.id())
        .setParameter("ref", ref)
        .getResultStream()
        .findFirst();
  }

  /** The partner's own grant: another partner's grant id is not found, as none is. */
  private RightGrant requireGrant(Partner partner, String grantId) {
    String ref = PartnerBook.reference(grantId, "RIGHT_GRANT_ID_INVALID", "grantId");
    return grant(partner, ref)
        .orElseThrow(() -> DomainException.notFound("RIGHT_GRANT_NOT_FOUND", "No grant " + ref));
  }

  private PartnerLink link(Partner partner, String ref) {
    return em.createNamedQuery("PartnerLink.byRef", PartnerLink.class)
        .setParameter("partner", partner.id())
        .setParameter("ref", ref)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> DomainException.notFound("LINK_NOT_FOUND", "No link for " + ref));
  }

  private RightReceipt receipt(RightGrant g, boolean replayed) {
    PartnerLink link = em.find(PartnerLink.class, g.linkId());
    RightDefinition right = em.find(RightDefinition.class, g.rightId());
    return new RightReceipt(
        g.id(),
        g.grantRef(),
        link.memberRef(),
        right.code(),
        g.stateAt(clock.now()),
        g.validFrom(),
        g.validUntil(),
        g.grantedAt(),
        g.revokedAt(),
        replayed);
  }
}
