package com.atrium.member;

import com.atrium.ledger.LedgerAccounts;
import com.atrium.platform.Clock;
import com.atrium.platform.DomainException;
import com.atrium.platform.ExactlyOnce;
import com.atrium.platform.Page;
import com.atrium.security.CurrentCaller;
import com.atrium.security.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Registers and identifies members. Members are mall-wide: any tenant's staff may find one by phone
 * or card to serve them; their points history is scoped by the ledger.
 */
@Stateless
@RolesAllowed({
  Roles.OPERATOR_ADMIN,
  Roles.OPERATOR_MARKETING,
  Roles.OPERATOR_FINANCE,
  Roles.OPERATOR_SERVICE,
  Roles.MERCHANT_ASSISTANT,
  Roles.POS
})
public class MemberService {

  static final String ENTRY_TIER = "STANDARD";

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject LedgerAccounts ledger;
  @Inject CurrentCaller caller;
  @Inject Clock clock;
  @Resource SessionContext context;

  public MemberView register(@NotNull @Valid MemberRegistration registration) {
    PhoneNumber phone = PhoneNumber.parse(registration.phone());
    if (findEntityByPhone(phone).isPresent()) {
      throw new DomainException(
          DomainException.Kind.CONFLICT,
          "PHONE_TAKEN",
          "phone",
          "A member with phone " + phone.masked() + " already exists");
    }
    Member member =
        new Member(
            phone,
            registration.name(),
            registration.birthday(),
            registration.language() == null ? "zh" : registration.language(),
            ENTRY_TIER,
            registration.acceptTerms(),
            registration.marketingConsent(),
            clock.now(),
            caller.tenantId().orElse(null),
            channel());
    em.persist(member);
    member.assignCard();
    ledger.openMemberAccount(member.id());
    return view(member, 0);
  }

  /** A registration as a till sees it: the member, and whether it repeats an earlier request. */
  public record Registered(MemberView member, boolean replayed) {}

  /**
   * Registers a member for a till, exactly once: the same till sending the same registration again
   * (same phone, name and birthday) gets the member it created back; anything else with a known
   * phone is refused with PHONE_TAKEN. Each attempt is its own transaction ({@link ExactlyOnce}).
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Registered registerAtTill(@NotNull @Valid MemberRegistration registration) {
    MemberService self = context.getBusinessObject(MemberService.class);
    return ExactlyOnce.run(attempt -> self.registerAtTill(registration, attempt));
  }

  /** One attempt of {@link #registerAtTill(MemberRegistration)}. */
  public Registered registerAtTill(
      @NotNull @Valid MemberRegistration registration, ExactlyOnce.Attempt attempt) {
    if (attempt == ExactlyOnce.Attempt.CHECKING_FIRST) {
      Optional<Member> existing = findEntityByPhone(PhoneNumber.parse(registration.phone()));
      if (existing.isPresent()) {
        Member m = existing.get();
        boolean sameTill =
            m.registeredByTenantId() != null
                && m.registeredByTenantId().equals(caller.tenantId().orElse(null));
        if (sameTill
            && m.name().equals(registration.name().trim())
            && Objects.equals(m.birthday(), registration.birthday())) {
          return new Registered(view(m, ledger.balanceOf(m.id())), true);
        }
      }
    }
    MemberView member = register(registration);
    // a concurrent twin surfaces here, where ExactlyOnce asks again
    ExactlyOnce.flush(em);
    return new Registered(member, false);
  }

  public MemberView get(long id) {
    Member m = em.find(Member.class, id);
    if (m == null) {
      throw DomainException.notFound("MEMBER_NOT_FOUND", "No member " + id);
    }
    return view(m, ledger.balanceOf(m.id()));
  }

  public Optional<MemberView> findByPhone(String raw) {
    return findEntityByPhone(PhoneNumber.parse(raw)).map(m -> view(m, ledger.balanceOf(m.id())));
  }

  public Optional<MemberView> findByCardNumber(String raw) {
    return findEntityByCard(CardNumber.parse(raw)).map(m -> view(m, ledger.balanceOf(m.id())));
  }

  /** Finds a member by whatever the assistant typed: a card number (88…) or a phone number. */
  public Optional<MemberView> identify(String phoneOrCard) {
    if (phoneOrCard == null || phoneOrCard.isBlank()) {
      throw DomainException.invalid(
          "MEMBER_REFERENCE_REQUIRED", "member", "Phone or card number needed");
    }
    if (CardNumber.looksLikeOne(phoneOrCard)) {
      return findByCardNumber(phoneOrCard);
    }
    return findByPhone(phoneOrCard);
  }

  /** The member a reference names; for other contexts' services. */
  public MemberSummary require(MemberReference reference) {
    return reference.id() != null
        ? require(reference.id().longValue())
        : require(reference.phone(), reference.cardNumber());
  }

  /** The member behind a phone or card reference; for other contexts' services. */
  public MemberSummary require(String phone, String cardNumber) {
    Optional<Member> m;
    if (cardNumber != null && !cardNumber.isBlank()) {
      m = findEntityByCard(CardNumber.parse(cardNumber));
    } else if (phone != null && !phone.isBlank()) {
      m = findEntityByPhone(PhoneNumber.parse(phone));
    } else {
      throw DomainException.invalid(
          "MEMBER_REFERENCE_REQUIRED", "member", "Give the member's phone or card number");
    }
    return m.map(MemberSummary::of)
        .orElseThrow(() -> DomainException.notFound("MEMBER_NOT_FOUND", "No such member"));
  }

  public MemberSummary require(long id) {
    Member m = em.find(Member.class, id);
    if (m == null) {
      throw DomainException.notFound("MEMBER_NOT_FOUND", "No member " + id);
    }
    return MemberSummary.of(m);
  }

  /**
   * Operators' member list: by card number or phone (exact, as typed), by name (contains), or all;
   * newest first, one page. Phones come back masked.
   */
  @RolesAllowed({
    Roles.OPERATOR_ADMIN,
    Roles.OPERATOR_MARKETING,
    Roles.OPERATOR_FINANCE,
    Roles.OPERATOR_SERVICE
  })
  public Page<MemberView> search(String query, int offset, int limit) {
    String q = query == null ? "" : query.trim();
    String where;
    Object value;
    if (q.isEmpty()) {
      where = "";
      value = null;
    } else if (CardNumber.looksLikeOne(q)) {
      where = " where m.cardNumber = :v";
      // a mistyped check digit finds nobody rather than failing the search
      value = CardNumber.compact(q);
    } else if (PhoneNumber.looksLikeOne(q)) {
      where = " where m.phone = :v";
      value = PhoneNumber.parse(q).digits();
    } else {
      where = " where lower(m.name) like :v";
      value = "%" + q.toLowerCase(Locale.ROOT).replace("%", "") + "%";
    }
    var rows =
        em.createQuery("select m from Member m" + where + " order by m.id desc", Member.class);
    var count = em.createQuery("select count(m) from Member m" + where, Long.class);
    if (value != null) {
      rows.setParameter("v", value);
      count.setParameter("v", value);
    }
    int size = Page.clampLimit(limit);
    List<MemberView> views =
        rows.setFirstResult(Math.max(0, offset)).setMaxResults(size).getResultList().stream()
            .map(m -> view(m, ledger.balanceOf(m.id())))
            .toList();
    return new Page<>(views, Math.max(0, offset), size, count.getSingleResult());
  }

  /** How the caller registers a member: a POS key, a store's till or the operator's desk. */
  private String channel() {
    if (caller.isInRole(Roles.POS)) {
      return "POS";
    }
    return caller.isOperator() ? "DESK" : "TILL";
  }

  public long count() {
    return em.createNamedQuery("Member.count", Long.class).getSingleResult();
  }

  public MemberView view(Member m, long balance) {
    return new MemberView(
        m.id(),
        m.cardNumber(),
        m.phone().masked(),
        m.name(),
        m.birthday(),
        m.language(),
        m.tier(),
        m.status().name(),
        m.registeredAt(),
        balance);
  }

  private Optional<Member> findEntityByPhone(PhoneNumber phone) {
    return em.createNamedQuery("Member.byPhone", Member.class)
        .setParameter("phone", phone.digits())
        .getResultStream()
        .findFirst();
  }

  private Optional<Member> findEntityByCard(CardNumber card) {
    return em.createNamedQuery("Member.byCard", Member.class)
        .setParameter("card", card.value())
        .getResultStream()
        .findFirst();
  }
}
