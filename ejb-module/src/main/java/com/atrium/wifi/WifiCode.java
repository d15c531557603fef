package com.atrium.wifi;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
 * A one-time WiFi login code for a phone in a mall. It proves the phone's member at most once,
 * within {@link #VALIDITY} and {@link #MAX_ATTEMPTS} tries; a code of a phone that is no member's
 * (no member, nothing was sent) refuses every try exactly as a member's wrong code does.
 */
@Entity
@Table(name = "wifi_code")
@NamedQuery(
    name = "WifiCode.latest",
    query =
        "select c from WifiCode c where c.mallId = :mall and c.phoneHash = :phone"
            + " order by c.createdAt desc, c.id desc")
@NamedQuery(
    name = "WifiCode.sentToPhoneSince",
    query =
        "select count(c) from WifiCode c where c.mallId = :mall and c.phoneHash = :phone"
            + " and c.createdAt > :since")
@NamedQuery(
    name = "WifiCode.sentToDeviceSince",
    query =
        "select count(c) from WifiCode c where c.mallId = :mall and c.macHash = :mac"
            + " and c.createdAt > :since")
@NamedQuery(name = "WifiCode.purge", query = "delete from WifiCode c where c.createdAt < :before")
public class WifiCode {

  static final int MAX_ATTEMPTS = 5;
  static final Duration VALIDITY = Duration.ofMinutes(5);

  @Id
  @SequenceGenerator(name = "atrium_seq", sequenceName = "atrium_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "atrium_seq")
  private Long id;

  @Column(name = "mall_id", nullable = false, updatable = false)
  private long mallId;

  @Column(name = "phone_hash", nullable = false, updatable = false)
  private String phoneHash;

  @Column(name = "mac_hash", nullable = false, updatable = false)
  private String macHash;

  @Column(name = "member_id", updatable = false)
  private Long memberId;

  @Column(name = "code_hash", nullable = false, updatable = false)
  private String codeHash;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "expires_at", nullable = false, updatable = false)
  private Instant expiresAt;

  @Column(name = "used_at")
  private Instant usedAt;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Version private long version;

  protected WifiCode() {}

  WifiCode(
      long mallId, String phoneHash, String macHash, Long memberId, String codeHash, Instant now) {
    this.mallId = mallId;
    this.phoneHash = phoneHash;
    this.macHash = macHash;
    this.memberId = memberId;
    this.codeHash = codeHash;
    this.createdAt = now;
    this.expiresAt = now.plus(VALIDITY);
  }

  long id() {
    return id;
  }

  Long memberId() {
    return memberId;
  }

  Instant expiresAt() {
    return expiresAt;
  }

  /** The outcome of a code presented for this phone. */
  enum Proof {
    PROVED,
    WRONG,
    EXPIRED,
    LOCKED
  }

  /**
   * Checks a presented code's hash; a wrong one counts as an attempt (the caller commits it, then
   * refuses). A proved code is used up: presenting it again is wrong.
   */
  Proof prove(String presentedHash, Instant now) {
    if (attempts >= MAX_ATTEMPTS) {
      return Proof.LOCKED;
    }
    if (!now.isBefore(expiresAt)) {
      return Proof.EXPIRED;
    }
    if (memberId == null || usedAt != null || !codeHash.equals(presentedHash)) {
      attempts++;
      return Proof.WRONG;
    }
    usedAt = now;
    return Proof.PROVED;
  }
}
