package com.atrium.partner;

import com.atrium.platform.DomainException;
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
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;

/**
 * A partner's member reference and the Atrium member it is linked to. A link becomes ACTIVE only
 * with the one-time code sent to the member's phone, within its validity and {@link #MAX_ATTEMPTS}
 * tries. A request for a phone that is no member's keeps a PENDING link without a member, whose
 * code nobody received: it answers exactly as a member's link answers a wrong code.
 */
@Entity
@Table(name = "partner_link")
@NamedQuery(
    name = "PartnerLink.byRef",
    query = "select l from PartnerLink l where l.partnerId = :partner and l.memberRef = :ref")
public class PartnerLink {

  static final int MAX_ATTEMPTS = 5;
  static final Duration CODE_VALIDITY = Duration.ofMinutes(10);

  @Id
  @SequenceGenerator(name = "atrium_seq", sequenceName = "atrium_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "atrium_seq")
  private Long id;

  @Column(name = "partner_id", nullable = false, updatable = false)
  private long partnerId;

  @Column(name = "member_ref", nullable = false, updatable = false)
  private String memberRef;

  @Column(name = "member_id")
  private Long memberId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private LinkState state;

  @Column(name = "otp_hash")
  private String otpHash;

  @Column(name = "otp_attempts", nullable = false)
  private int otpAttempts;

  @Column(name = "otp_sends", nullable = false)
  private int otpSends;

  @Column(name = "otp_expires_at")
  private Instant otpExpiresAt;

  @Column(name = "requested_at", nullable = false)
  private Instant requestedAt;

  @Column(name = "linked_at")
  private Instant linkedAt;

  @Column(name = "unlinked_at")
  private Instant unlinkedAt;

  @Column(name = "unlinked_by")
  private String unlinkedBy;

  @Version private long version;

  protected PartnerLink() {}

  PartnerLink(long partnerId, String memberRef, Instant now) {
    this.partnerId = partnerId;
    this.memberRef = memberRef;
    this.state = LinkState.PENDING;
    this.requestedAt = now;
  }

  public long id() {
    return id;
  }

  public String memberRef() {
    return memberRef;
  }

  public Long memberId() {
    return memberId;
  }

  public LinkState state() {
    return state;
  }

  long partnerId() {
    return partnerId;
  }

  Instant linkedAt() {
    return linkedAt;
  }

  Instant unlinkedAt() {
    return unlinkedAt;
  }

  String unlinkedBy() {
    return unlinkedBy;
  }

  public Instant codeExpiresAt() {
    return otpExpiresAt;
  }

  int codesSent() {
    return otpSends;
  }

  /** A new code for {@code member} (null: the phone is no member's); the old code is void. */
  void requestCode(Long member, String code, Instant now) {
    if (state == LinkState.ACTIVE) {
      throw DomainException.conflict(
          "LINK_ALREADY_ACTIVE", "Member reference " + memberRef + " is already linked");
    }
    state = LinkState.PENDING;
    memberId = member;
    otpHash = hash(code);
    otpAttempts = 0;
    otpSends++;
    otpExpiresAt = now.plus(CODE_VALIDITY);
    requestedAt = now;
  }

  /** The outcome of a code presented to a pending link. */
  public enum Proof {
    LINKED,
    WRONG,
    EXPIRED,
    LOCKED
  }

  /** Checks a code; a wrong one counts as an attempt (the caller commits it, then refuses). */
  Proof confirm(String code, Instant now) {
    if (state == LinkState.ACTIVE && memberId != null) {
      return Proof.LINKED;
    }
    if (state != LinkState.PENDING || otpHash == null) {
      throw DomainException.notFound("LINK_NOT_FOUND", "No link pending for " + memberRef);
    }
    if (otpAttempts >= MAX_ATTEMPTS) {
      return Proof.LOCKED;
    }
    if (!now.isBefore(otpExpiresAt)) {
      return Proof.EXPIRED;
    }
    if (memberId == null || !hash(code).equals(otpHash)) {
      otpAttempts++;
      return Proof.WRONG;
    }
    state = LinkState.ACTIVE;
    otpHash = null;
    linkedAt = now;
    unlinkedAt = null;
    unlinkedBy = null;
    return Proof.LINKED;
  }

  /** Ends an active link; answers false when it was not active (nothing to do). */
  boolean unlink(String by, Instant now) {
    if (state != LinkState.ACTIVE) {
      return false;
    }
    state = LinkState.UNLINKED;
    unlinkedAt = now;
    unlinkedBy = by;
    return true;
  }

  /** The member of an active link; refuses any other reference as unknown. */
  long requireActiveMember() {
    if (state != LinkState.ACTIVE || memberId == null) {
      throw DomainException.notFound("LINK_NOT_FOUND", "No active link for " + memberRef);
    }
    return memberId;
  }

  private String hash(String code) {
    return Sha256.hex(partnerId + "|" + memberRef + "|" + code);
  }
}
