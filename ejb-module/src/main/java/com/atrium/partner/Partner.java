package com.atrium.partner;

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
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A partner programme. A prepaid partner's deposit never goes below zero: {@link #draw} refuses an
 * exchange the deposit cannot pay for.
 */
@Entity
@Table(name = "partner")
@NamedQuery(name = "Partner.byCode", query = "select p from Partner p where p.code = :code")
public class Partner {

  /** A partner's code: what its machine keys name, so upper-case letters, digits, - and _. */
  static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]{1,31}");

  @Id
  @SequenceGenerator(name = "atrium_seq", sequenceName = "atrium_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "atrium_seq")
  private Long id;

  @Column(nullable = false, updatable = false)
  private String code;

  @Column(nullable = false)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private PartnerKind kind;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private PartnerStatus status;

  private String contact;

  /** The one mall the partner's exchanges belong to; null for the whole group. */
  @Column(name = "mall_id")
  private Long mallId;

  @Enumerated(EnumType.STRING)
  @Column(name = "settlement_mode", nullable = false)
  private SettlementMode settlementMode;

  @Column(name = "deposit_balance", nullable = false)
  private BigDecimal depositBalance;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Version private long version;

  protected Partner() {}

  /** A new active partner; a prepaid one starts with an empty deposit (finance tops it up). */
  Partner(PartnerDraft draft, Instant now) {
    this.code = requireCode(draft.code());
    this.kind = require(draft.kind(), "kind", "PARTNER_KIND_REQUIRED", "Choose the partner's kind");
    this.settlementMode =
        require(
            draft.settlementMode(),
            "settlementMode",
            "PARTNER_SETTLEMENT_REQUIRED",
            "Choose how the partner settles");
    this.mallId = draft.mallId();
    this.status = PartnerStatus.ACTIVE;
    this.depositBalance = BigDecimal.ZERO.setScale(2);
    this.createdAt = now;
    describe(draft.name(), draft.contact());
  }

  /** Renames the partner and changes its contact; the code, kind, mall and settlement stay. */
  void describe(String name, String contact) {
    String n = name == null ? "" : name.strip();
    if (n.isEmpty() || n.length() > 100) {
      throw DomainException.invalid(
          "PARTNER_NAME_INVALID", "name", "A partner's name is 1 to 100 characters");
    }
    String c = contact == null ? "" : contact.strip();
    if (c.length() > 200) {
      throw DomainException.invalid(
          "PARTNER_CONTACT_INVALID", "contact", "A contact is at most 200 characters");
    }
    this.name = n;
    this.contact = c.isEmpty() ? null : c;
  }

  /**
   * Suspends or reactivates the partner. A suspended partner may no longer link members or
   * exchange; what is already in flight (confirming, rejecting, reversing, the status, the daily
   * file) stays possible so that nothing is stranded.
   */
  void changeStatus(PartnerStatus to) {
    this.status = require(to, "status", "PARTNER_STATUS_REQUIRED", "Choose a status");
  }

  /** The audited fields. */
  Map<String, Object> snapshot() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("code", code);
    m.put("name", name);
    m.put("kind", kind.name());
    m.put("status", status.name());
    m.put("contact", contact == null ? "" : contact);
    m.put("mallId", mallId == null ? "" : mallId);
    m.put("settlementMode", settlementMode.name());
    return m;
  }

  static String requireCode(String code) {
    String c = code == null ? "" : code.strip();
    if (!CODE.matcher(c).matches()) {
      throw DomainException.invalid(
          "PARTNER_CODE_INVALID",
          "code",
          "A partner's code is 2 to 32 upper-case letters, digits, - or _");
    }
    return c;
  }

  private static <T> T require(T value, String field, String code, String message) {
    if (value == null) {
      throw DomainException.invalid(code, field, message);
    }
    return value;
  }

  public long id() {
    return id;
  }

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }

  public Long mallId() {
    return mallId;
  }

  public SettlementMode settlementMode() {
    return settlementMode;
  }

  public BigDecimal depositBalance() {
    return depositBalance;
  }

  void requireActive() {
    if (status != PartnerStatus.ACTIVE) {
      throw DomainException.conflict("PARTNER_SUSPENDED", "Partner " + code + " is suspended");
    }
  }

  /** Draws {@code amount} CNY from a prepaid deposit; refuses when the deposit has less. */
  void draw(BigDecimal amount) {
    if (depositBalance.compareTo(amount) < 0) {
      throw DomainException.conflict(
          "DEPOSIT_EXHAUSTED",
          "The prepaid deposit holds "
              + depositBalance.toPlainString()
              + " CNY, this exchange costs "
              + amount.toPlainString()
              + " CNY");
    }
    depositBalance = depositBalance.subtract(amount);
  }

  /** Adds a prepaid partner's payment to its deposit; a postpaid partner has no deposit. */
  void topUp(BigDecimal amount) {
    if (settlementMode != SettlementMode.PREPAID) {
      throw DomainException.conflict(
          "PARTNER_NOT_PREPAID", "Partner " + code + " is postpaid and keeps no deposit");
    }
    depositBalance = depositBalance.add(amount);
  }

  PartnerView view() {
    return new PartnerView(
        id, code, name, kind, status, settlementMode, depositBalance, mallId, createdAt, contact);
  }

  /** Gives {@code amount} CNY back to the deposit (a reversed exchange in). */
  void refund(BigDecimal amount) {
    depositBalance = depositBalance.add(amount);
  }
}
