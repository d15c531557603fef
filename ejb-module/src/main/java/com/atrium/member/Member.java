package com.atrium.member;

import com.atrium.platform.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * A shopper, valid in every store of the mall. Identified by a normalised phone number (unique) and
 * a card number derived from the id. Registration requires consent to the terms.
 */
@Entity
@Table(name = "member")
@NamedQuery(name = "Member.byPhone", query = "select m from Member m where m.phone = :phone")
@NamedQuery(name = "Member.byCard", query = "select m from Member m where m.cardNumber = :card")
@NamedQuery(name = "Member.count", query = "select count(m) from Member m")
@NamedQuery(
    name = "Member.cardsOf",
    query = "select m.id, m.cardNumber from Member m where m.id in :ids")
@NamedQuery(
    name = "Member.idsAboveTier",
    query = "select m.id from Member m where m.tier <> :lowest and m.id > :after order by m.id")
public class Member {

  @Id
  @SequenceGenerator(name = "atrium_seq", sequenceName = "atrium_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "atrium_seq")
  private Long id;

  @Column(nullable = false, unique = true)
  private String phone;

  @Column(name = "card_number", nullable = false, unique = true, updatable = false)
  private String cardNumber;

  @Column(nullable = false)
  private String name;

  private LocalDate birthday;

  @Column(nullable = false)
  private String language;

  @Column(nullable = false)
  private String tier;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private MemberStatus status;

  @Column(name = "terms_accepted_at", nullable = false)
  private Instant termsAcceptedAt;

  @Column(name = "marketing_consent", nullable = false)
  private boolean marketingConsent;

  @Column(name = "registered_at", nullable = false, updatable = false)
  private Instant registeredAt;

  @Column(name = "registered_by_tenant_id", updatable = false)
  private Long registeredByTenantId;

  /** POS, TILL or DESK; null for members registered before it was recorded (V47). */
  @Column(name = "registration_channel", updatable = false)
  private String registrationChannel;

  /** Why, by whom and since when the member is blocked; all set exactly while BLOCKED. */
  @Column(name = "blocked_reason")
  private String blockedReason;

  @Column(name = "blocked_by")
  private String blockedBy;

  @Column(name = "blocked_at")
  private Instant blockedAt;

  @Version private long version;

  protected Member() {}

  /** A new member; the id (and so the card number) is assigned by {@link #assignCard()}. */
  Member(
      PhoneNumber phone,
      String name,
      LocalDate birthday,
      String language,
      String tier,
      boolean termsAccepted,
      boolean marketingConsent,
      Instant now,
      Long registeredByTenantId,
      String registrationChannel) {
    if (!termsAccepted) {
      throw DomainException.invalid(
          "TERMS_REQUIRED", "acceptTerms", "The member must accept the terms to join");
    }
    if (birthday != null
        && (birthday.isAfter(now.atZone(ZoneOffset.UTC).toLocalDate())
            || birthday.isBefore(LocalDate.of(1900, 1, 1)))) {
      throw DomainException.invalid(
          "BIRTHDAY_INVALID", "birthday", "The birthday is not a plausible date");
    }
    this.phone = phone.digits();
    this.name = name.trim();
    this.birthday = birthday;
    this.language = language;
    this.tier = tier;
    this.status = MemberStatus.ACTIVE;
    this.termsAcceptedAt = now;
    this.marketingConsent = marketingConsent;
    this.registeredAt = now;
    this.registeredByTenantId = registeredByTenantId;
    this.registrationChannel = registrationChannel;
  }

  /** Derives the card number from the id; called once the id is assigned. */
  void assignCard() {
    this.cardNumber = CardNumber.forMember(id).value();
  }

  /**
   * Moves the member to another tier; only the tier context decides which (com.atrium.tier), and
   * records why in its tier history.
   */
  public void changeTier(String newTier) {
    if (newTier == null || newTier.isBlank()) {
      throw new IllegalArgumentException("a tier code is required");
    }
    this.tier = newTier;
  }

  /**
   * Blocks the member: no points earned or spent until unblocked (docs/members.md). Refuses a
   * member already blocked, so that the reason and actor on record stay the first block's.
   */
  void block(String reason, String by, Instant at) {
    if (status == MemberStatus.BLOCKED) {
      throw DomainException.conflict("MEMBER_ALREADY_BLOCKED", "The member is already blocked");
    }
    status = MemberStatus.BLOCKED;
    blockedReason = reason;
    blockedBy = by;
    blockedAt = at;
  }

  /** Lifts a block; refuses a member that is not blocked. */
  void unblock() {
    if (status != MemberStatus.BLOCKED) {
      throw DomainException.conflict("MEMBER_NOT_BLOCKED", "The member is not blocked");
    }
    status = MemberStatus.ACTIVE;
    blockedReason = null;
    blockedBy = null;
    blockedAt = null;
  }

  void rename(String newName) {
    this.name = newName.trim();
  }

  /** The caller has made sure no other member holds the phone (the unique key checks again). */
  void changePhone(PhoneNumber newPhone) {
    this.phone = newPhone.digits();
  }

  public String registrationChannel() {
    return registrationChannel;
  }

  public String blockedReason() {
    return blockedReason;
  }

  public String blockedBy() {
    return blockedBy;
  }

  public Instant blockedAt() {
    return blockedAt;
  }

  public boolean isActive() {
    return status == MemberStatus.ACTIVE;
  }

  public Long id() {
    return id;
  }

  public PhoneNumber phone() {
    return new PhoneNumber(phone);
  }

  public String cardNumber() {
    return cardNumber;
  }

  public String name() {
    return name;
  }

  public LocalDate birthday() {
    return birthday;
  }

  public String language() {
    return language;
  }

  public String tier() {
    return tier;
  }

  public MemberStatus status() {
    return status;
  }

  public Instant registeredAt() {
    return registeredAt;
  }

  public Long registeredByTenantId() {
    return registeredByTenantId;
  }

  public boolean marketingConsent() {
    return marketingConsent;
  }
}
