package com.atrium.member;

import com.atrium.ledger.LedgerAccounts;
import com.atrium.platform.Clock;
import com.atrium.platform.DomainException;
import com.atrium.platform.ExactlyOnce;
import com.atrium.platform.Page;
import com.atrium.platform.Sort;
import com.atrium.platform.SortColumns;
import com.atrium.security.CurrentCaller;
import com.atrium.security.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
  @Inject Event<MemberChanged> changed;
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
    changed.fire(new MemberChanged(MemberSummary.of(member), true));
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

  /** The columns the member list may be sorted by: what the page shows, apart from the balance. */
  static final SortColumns SORT =
      SortColumns.of(
          "id desc",
          "id desc",
          "card",
          "card_number",
          "name",
          "name",
          "tier",
          "tier",
          "status",
          "status",
          "registered",
          "registered_at");

  /** The operators' member list as typed into its search: newest first. */
  @RolesAllowed({
    Roles.OPERATOR_ADMIN,
    Roles.OPERATOR_MARKETING,
    Roles.OPERATOR_FINANCE,
    Roles.OPERATOR_SERVICE
  })
  public Page<MemberView> search(String query, int offset, int limit) {
    return search(MemberFilter.query(query), Sort.NONE, offset, limit);
  }

  /**
   * Operators' member list: by card number or phone (exact, as typed), by the last 4 digits of a
   * phone or any 4+ consecutive digits of a card number, by name (contains), or all; narrowed by
   * tier, status and registration period; in a whitelisted order ({@link #SORT}, newest first when
   * none), one page. Phones come back masked.
   *
   * <p>Written in SQL so that the digit searches use exactly the expressions of the V46 indexes
   * ({@code substr(phone, 8, 4)}, and the trigram index for {@code card_number like}). Their digits
   * are written into the SQL, not bound: {@link MemberQuery} lets only [0-9] through, and a bound
   * LIKE pattern lets PostgreSQL settle on a generic plan that walks the primary key backwards past
   * every member (bench/RESULTS.md: 291 ms against 0.4 ms at a million).
   */
  @RolesAllowed({
    Roles.OPERATOR_ADMIN,
    Roles.OPERATOR_MARKETING,
    Roles.OPERATOR_FINANCE,
    Roles.OPERATOR_SERVICE
  })
  public Page<MemberView> search(MemberFilter filter, Sort sort, int offset, int limit) {
    MemberQuery q = MemberQuery.of(filter.query());
    int size = Page.clampLimit(limit);
    int first = Math.max(0, offset);
    List<String> where = new ArrayList<>();
    List<Object> params = new ArrayList<>();
    switch (q.kind()) {
      case CARD -> {
        where.add("card_number = ?");
        params.add(q.value());
      }
      case PHONE -> {
        where.add("phone = ?");
        params.add(q.value());
      }
      case NAME -> {
        where.add("lower(name) like ?");
        params.add("%" + q.value() + "%");
      }
      case DIGITS -> where.add(digitsCondition(q));
      default -> {
        // everyone
      }
    }
    if (filter.tier() != null && !filter.tier().isBlank()) {
      where.add("tier = ?");
      params.add(filter.tier());
    }
    if (filter.status() != null) {
      where.add("status = ?");
      params.add(filter.status().name());
    }
    if (filter.registeredFrom() != null) {
      where.add("registered_at >= ?");
      params.add(Timestamp.from(filter.registeredFrom()));
    }
    if (filter.registeredUntil() != null) {
      where.add("registered_at < ?");
      params.add(Timestamp.from(filter.registeredUntil()));
    }
    String clause = where.isEmpty() ? "" : " where " + String.join(" and ", where);
    // the page's bounds are written into the SQL: on a native query JPA's first and max results
    // only cap what the driver fetches, so the database would plan for every match
    var ids =
        bind(
            em.createNativeQuery(
                "select id from member"
                    + clause
                    + SORT.orderBy(sort)
                    + " offset "
                    + first
                    + " rows fetch first "
                    + size
                    + " rows only"),
            params);
    var count = bind(em.createNativeQuery("select count(*) from member" + clause), params);
    List<Long> page =
        ((List<?>) ids.getResultList()).stream().map(id -> ((Number) id).longValue()).toList();
    long total = ((Number) count.getSingleResult()).longValue();
    if (page.isEmpty()) {
      return new Page<>(List.of(), first, size, total);
    }
    Map<Long, Member> found = new HashMap<>();
    em.createQuery("select m from Member m where m.id in :ids", Member.class)
        .setParameter("ids", page)
        .getResultList()
        .forEach(m -> found.put(m.id(), m));
    List<MemberView> views =
        page.stream()
            .map(found::get)
            .filter(Objects::nonNull)
            .map(m -> view(m, ledger.balanceOf(m.id())))
            .toList();
    return new Page<>(views, first, size, total);
  }

  /** The last 4 digits of a phone (exactly four) or a part of a card number, digits written in. */
  private static String digitsCondition(MemberQuery q) {
    String digits = q.value();
    if (!digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new IllegalArgumentException("digits only");
    }
    String card = "card_number like '%" + digits + "%'";
    return q.mayBePhoneEnding() ? "(substr(phone, 8, 4) = '" + digits + "' or " + card + ")" : card;
  }

  private static jakarta.persistence.Query bind(
      jakarta.persistence.Query query, List<Object> params) {
    for (int i = 0; i < params.size(); i++) {
      query.setParameter(i + 1, params.get(i));
    }
    return query;
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
