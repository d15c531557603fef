package com.atrium.care;

import com.atrium.platform.Sha256;
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
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;

/**
 * A new phone for a member, waiting for the one-time code sent to it. It takes effect only when the
 * code is entered before it expires, within {@link #MAX_ATTEMPTS} tries; only the code's hash is
 * kept.
 */
@Entity
@Table(name = "phone_change")
@NamedQuery(
    name = "PhoneChange.pendingOfMember",
    query =
        "select p from PhoneChange p where p.memberId = :member"
            + " and p.status = com.atrium.care.PhoneChange.Status.PENDING"
            + " order by p.requestedAt desc, p.id desc")
public class PhoneChange {

  /** Wrong codes before the change fails and a new code must be sent. */
  static final int MAX_ATTEMPTS = 5;

  /** Where a phone change stands. */
  public enum Status {
    PENDING,
    CONFIRMED,
    EXPIRED,
    FAILED,
    CANCELLED
  }

  @Id
  @SequenceGenerator(name = "atrium_seq", sequenceName = "atrium_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "atrium_seq")
  private Long id;

  @Column(name = "member_id", nullable = false, updatable = false)
  private Long memberId;

  @Column(name = "new_phone", nullable = false, updatable = false)
  private String newPhone;

  @Column(name = "code_hash", nullable = false)
  private String codeHash;

  @Column(name = "expires_at", nullable = false, updatable = false)
  private Instant expiresAt;

  @Column(nullable = false)
  private int attempts;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Status status;

  @Column(name = "requested_by", nullable = false, updatable = false)
  private String requestedBy;

  @Column(name = "requested_at", nullable = false, updatable = false)
  private Instant requestedAt;

  @Column(name = "decided_at")
  private Instant decidedAt;

  protected PhoneChange() {}

  PhoneChange(long memberId, String newPhone, String requestedBy, Instant now, Instant expiresAt) {
    this.memberId = memberId;
    this.newPhone = newPhone;
    this.requestedBy = requestedBy;
    this.requestedAt = now;
    this.expiresAt = expiresAt;
    this.status = Status.PENDING;
    this.codeHash = "-";
  }

  /** Set once the id is known: the hash binds the code to this change. */
  void code(String code) {
    this.codeHash = hash(id, code);
  }

  /**
   * One try of a code: CONFIRMED when right and in time (the caller then changes the phone),
   * otherwise what went wrong; a wrong code counts, and the last allowed one fails the change.
   */
  PhoneCodeOutcome enter(String code, Instant now) {
    if (!now.isBefore(expiresAt)) {
      status = Status.EXPIRED;
      decidedAt = now;
      return PhoneCodeOutcome.EXPIRED;
    }
    attempts++;
    boolean right =
        code != null
            && MessageDigest.isEqual(
                hash(id, code.trim()).getBytes(StandardCharsets.US_ASCII),
                codeHash.getBytes(StandardCharsets.US_ASCII));
    if (right) {
      status = Status.CONFIRMED;
      decidedAt = now;
      return PhoneCodeOutcome.CONFIRMED;
    }
    if (attempts >= MAX_ATTEMPTS) {
      status = Status.FAILED;
      decidedAt = now;
      return PhoneCodeOutcome.TOO_MANY_ATTEMPTS;
    }
    return PhoneCodeOutcome.WRONG_CODE;
  }

  void cancel(Instant now) {
    status = Status.CANCELLED;
    decidedAt = now;
  }

  static String hash(Long id, String code) {
    return Sha256.hex(id + ":" + code);
  }

  Long id() {
    return id;
  }

  long memberId() {
    return memberId;
  }

  String newPhone() {
    return newPhone;
  }

  int attemptsLeft() {
    return Math.max(0, MAX_ATTEMPTS - attempts);
  }

  Instant expiresAt() {
    return expiresAt;
  }
}
