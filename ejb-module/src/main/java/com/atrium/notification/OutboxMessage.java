package com.atrium.notification;

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

/**
 * One message to a member, or a notice to staff (a {@code recipient} phone instead of a member),
 * rendered when it was decided, with its delivery state. (kind, member, reference) is unique, so a
 * message is queued at most once; a failed attempt waits out its backoff and a message that failed
 * {@link Backoff#MAX_ATTEMPTS} times is FAILED for good.
 */
@Entity
@Table(name = "notification_outbox")
@NamedQuery(
    name = "OutboxMessage.ofMember",
    query =
        "select o from OutboxMessage o where o.memberId = :member order by o.createdAt desc, o.id desc")
@NamedQuery(
    name = "OutboxMessage.noticeCount",
    query =
        "select count(o) from OutboxMessage o"
            + " where o.kind = :kind and o.recipient = :recipient and o.reference = :reference")
@NamedQuery(
    name = "OutboxMessage.referencesOf",
    query =
        "select o.memberId, o.reference from OutboxMessage o"
            + " where o.kind = :kind and o.memberId in :members")
public class OutboxMessage {

  public static final String EXPIRY_REMINDER = "EXPIRY_REMINDER";

  /** A prepaid tenant's block is low: to finance and to the tenant (docs/notification.md). */
  public static final String PREPAID_BLOCK_LOW = "PREPAID_BLOCK_LOW";

  /** A one-time code that links a member to a partner (docs/partners.md). */
  public static final String PARTNER_LINK_CODE = "PARTNER_LINK_CODE";

  @Id
  @SequenceGenerator(name = "atrium_seq", sequenceName = "atrium_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "atrium_seq")
  private Long id;

  @Column(nullable = false, updatable = false)
  private String kind;

  @Column(name = "member_id", updatable = false)
  private Long memberId;

  /** The phone of a notice's recipient (operator or tenant staff); null for a member's message. */
  @Column(updatable = false)
  private String recipient;

  @Column(nullable = false, updatable = false)
  private String reference;

  @Column(nullable = false, updatable = false)
  private String language;

  @Column(nullable = false, updatable = false)
  private String subject;

  @Column(nullable = false, updatable = false)
  private String body;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private OutboxStatus status;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "next_attempt_at", nullable = false)
  private Instant nextAttemptAt;

  @Column(name = "last_error")
  private String lastError;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "sent_at")
  private Instant sentAt;

  @Version private long version;

  protected OutboxMessage() {}

  OutboxMessage(
      String kind, long memberId, String reference, String language, Rendered text, Instant now) {
    this.kind = kind;
    this.memberId = memberId;
    this.reference = reference;
    this.language = language;
    this.subject = text.subject();
    this.body = text.body();
    this.status = OutboxStatus.PENDING;
    this.nextAttemptAt = now;
    this.createdAt = now;
  }

  /** A notice to a staff phone: {@code (kind, recipient, reference)} is unique as for members. */
  static OutboxMessage notice(
      String kind,
      String recipient,
      String reference,
      String language,
      Rendered text,
      Instant now) {
    OutboxMessage m = new OutboxMessage();
    m.kind = kind;
    m.recipient = recipient;
    m.reference = reference;
    m.language = language;
    m.subject = text.subject();
    m.body = text.body();
    m.status = OutboxStatus.PENDING;
    m.nextAttemptAt = now;
    m.createdAt = now;
    return m;
  }

  void sent(Instant at) {
    attempts++;
    status = OutboxStatus.SENT;
    sentAt = at;
    lastError = null;
  }

  void failed(Instant at, String error) {
    attempts++;
    lastError = error == null ? "unknown" : error.substring(0, Math.min(error.length(), 500));
    if (attempts >= Backoff.MAX_ATTEMPTS) {
      status = OutboxStatus.FAILED;
    } else {
      nextAttemptAt = at.plus(Backoff.delayAfter(attempts));
    }
  }

  public Long id() {
    return id;
  }

  public String kind() {
    return kind;
  }

  public Long memberId() {
    return memberId;
  }

  public String recipient() {
    return recipient;
  }

  public String reference() {
    return reference;
  }

  public String language() {
    return language;
  }

  public String subject() {
    return subject;
  }

  public String body() {
    return body;
  }

  public OutboxStatus status() {
    return status;
  }

  public int attempts() {
    return attempts;
  }

  public Instant nextAttemptAt() {
    return nextAttemptAt;
  }

  public String lastError() {
    return lastError;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant sentAt() {
    return sentAt;
  }
}
