package com.atrium.member;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The member context's answers for the other contexts' own work, including jobs that run without a
 * caller (reminders, tier reviews): views by id, and the member's tier, which only the tier context
 * decides and only this context stores. Callers have passed their own boundary's role checks.
 */
@Stateless
@PermitAll
public class MemberDirectory {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  public Optional<MemberSummary> summary(long id) {
    return Optional.ofNullable(em.find(Member.class, id)).map(MemberSummary::of);
  }

  /**
   * The masked card numbers ({@link CardNumber#masked}) of the given members by id, in one query:
   * how a member is shown to a tenant beside its own figures. A member not found is left out.
   */
  public Map<Long, String> maskedCards(Collection<Long> ids) {
    Map<Long, String> cards = new HashMap<>();
    if (ids.isEmpty()) {
      return cards;
    }
    em.createNamedQuery("Member.cardsOf", Object[].class)
        .setParameter("ids", List.copyOf(ids))
        .getResultStream()
        .forEach(r -> cards.put((Long) r[0], new CardNumber((String) r[1]).masked()));
    return cards;
  }

  /**
   * The member with this phone, if any: for a context that must not tell its own caller whether the
   * phone is a member's (a partner's link request).
   */
  public Optional<MemberSummary> byPhone(PhoneNumber phone) {
    return em.createNamedQuery("Member.byPhone", Member.class)
        .setParameter("phone", phone.digits())
        .getResultStream()
        .findFirst()
        .map(MemberSummary::of);
  }

  public Optional<MemberContact> contact(long id) {
    return Optional.ofNullable(em.find(Member.class, id))
        .map(m -> new MemberContact(m.id(), m.phone(), m.name(), m.language(), m.isActive()));
  }

  /**
   * Locks the member's row until the transaction ends and returns the member as now stored: a tier
   * decision taken after this sees no concurrent change of the tier.
   */
  public MemberSummary lock(long id) {
    Member m = em.find(Member.class, id);
    if (m == null) {
      throw new IllegalArgumentException("no member " + id);
    }
    em.refresh(m, LockModeType.PESSIMISTIC_WRITE);
    return MemberSummary.of(m);
  }

  /** Stores the tier the tier context decided; the caller holds the lock ({@link #lock}). */
  public void changeTier(long id, String tier) {
    em.find(Member.class, id).changeTier(tier);
  }

  /** Up to {@code max} ids of members above {@code lowestTier} after {@code afterId}, in order. */
  public List<Long> idsAboveTier(String lowestTier, long afterId, int max) {
    return em.createNamedQuery("Member.idsAboveTier", Long.class)
        .setParameter("lowest", lowestTier)
        .setParameter("after", afterId)
        .setMaxResults(max)
        .getResultList();
  }

  /**
   * Locks the member's row for this transaction unless another transaction holds it (then empty,
   * without waiting), and returns the member as now stored.
   */
  public Optional<MemberSummary> tryLock(long id) {
    List<?> row =
        em.createNativeQuery("select id from member where id = ?1 for update skip locked")
            .setParameter(1, id)
            .getResultList();
    if (row.isEmpty()) {
      return Optional.empty();
    }
    Member m = em.find(Member.class, id);
    em.refresh(m);
    return Optional.of(MemberSummary.of(m));
  }
}
