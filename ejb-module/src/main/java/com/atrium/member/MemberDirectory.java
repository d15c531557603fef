package com.atrium.member;

import com.atrium.platform.DomainException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
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

  @Inject Event<MemberChanged> changed;

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
    Member m = em.find(Member.class, id);
    m.changeTier(tier);
    changed.fire(new MemberChanged(MemberSummary.of(m), false));
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

  /** The member's standing (status, block, registration), for the service desk. */
  public Optional<MemberStanding> standing(long id) {
    return Optional.ofNullable(em.find(Member.class, id)).map(MemberStanding::of);
  }

  /**
   * Blocks the member (row locked for the transaction) and answers the standing before; the service
   * desk's context has checked the caller and the reason and audits the change.
   */
  public MemberStanding block(long id, String reason, String by, Instant at) {
    Member m = locked(id);
    MemberStanding before = MemberStanding.of(m);
    m.block(reason, by, at);
    changed.fire(new MemberChanged(MemberSummary.of(m), false));
    return before;
  }

  /** Lifts the member's block and answers the standing before, as {@link #block}. */
  public MemberStanding unblock(long id) {
    Member m = locked(id);
    MemberStanding before = MemberStanding.of(m);
    m.unblock();
    changed.fire(new MemberChanged(MemberSummary.of(m), false));
    return before;
  }

  /** Renames the member and answers the name before. */
  public String rename(long id, String name) {
    Member m = locked(id);
    String before = m.name();
    m.rename(name);
    return before;
  }

  /**
   * Gives the member a new phone, once the service desk has it confirmed; refuses {@code
   * PHONE_TAKEN} when another member holds it (nothing changes). Answers the old phone, masked.
   */
  public String changePhone(long id, PhoneNumber phone) {
    Member m = locked(id);
    Optional<MemberSummary> holder = byPhone(phone);
    if (holder.isPresent() && holder.get().id() != id) {
      throw phoneTaken(phone);
    }
    String before = m.phone().masked();
    m.changePhone(phone);
    em.flush();
    return before;
  }

  /** The refusal of a phone another member holds, with the phone masked. */
  public static DomainException phoneTaken(PhoneNumber phone) {
    return new DomainException(
        DomainException.Kind.CONFLICT,
        "PHONE_TAKEN",
        "phone",
        "A member with phone " + phone.masked() + " already exists");
  }

  private Member locked(long id) {
    Member m = em.find(Member.class, id);
    if (m == null) {
      throw DomainException.notFound("MEMBER_NOT_FOUND", "No member " + id);
    }
    em.refresh(m, LockModeType.PESSIMISTIC_WRITE);
    return m;
  }
}
