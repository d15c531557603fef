package com.atrium.wifi;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One line of the authorisation log (member, method, time, result, MAC hash, access point), kept
 * for {@code wifi.log-retention-days} and then purged by {@link WifiLogPurge}. Written once.
 */
@Entity
@Table(name = "wifi_authorisation")
@NamedQuery(
    name = "WifiAuthorisation.lastGranted",
    query =
        "select a.memberId from WifiAuthorisation a where a.mallId = :mall and a.macHash = :mac"
            + " and a.result = 'GRANTED' and a.createdAt > :since order by a.createdAt desc, a.id desc")
@NamedQuery(
    name = "WifiAuthorisation.purge",
    query = "delete from WifiAuthorisation a where a.mallId = :mall and a.createdAt < :before")
public class WifiAuthorisation {

  /** How the member was identified. */
  public enum Method {
    CODE,
    REMEMBERED
  }

  @Id
  @SequenceGenerator(name = "atrium_seq", sequenceName = "atrium_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "atrium_seq")
  private Long id;

  @Column(name = "mall_id", nullable = false, updatable = false)
  private long mallId;

  @Column(name = "member_id", updatable = false)
  private Long memberId;

  @Column(nullable = false, updatable = false)
  private String method;

  @Column(nullable = false, updatable = false)
  private String result;

  @Column(updatable = false)
  private String reason;

  @Column(name = "mac_hash", nullable = false, updatable = false)
  private String macHash;

  @Column(name = "access_point", updatable = false)
  private String accessPoint;

  @Column(name = "session_minutes", updatable = false)
  private Integer sessionMinutes;

  @Column(name = "up_kbps", updatable = false)
  private Integer upKbps;

  @Column(name = "down_kbps", updatable = false)
  private Integer downKbps;

  @Column(name = "quota_bytes_left", updatable = false)
  private Long quotaBytesLeft;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected WifiAuthorisation() {}

  private WifiAuthorisation(
      long mallId, Long memberId, Method method, String macHash, String accessPoint, Instant now) {
    this.mallId = mallId;
    this.memberId = memberId;
    this.method = method.name();
    this.macHash = macHash;
    this.accessPoint = accessPoint;
    this.createdAt = now;
  }

  static WifiAuthorisation granted(
      long mallId,
      long memberId,
      Method method,
      String macHash,
      String ap,
      WifiGrant g,
      Instant now) {
    WifiAuthorisation a = new WifiAuthorisation(mallId, memberId, method, macHash, ap, now);
    a.result = "GRANTED";
    a.sessionMinutes = g.sessionMinutes();
    a.upKbps = g.upKbps();
    a.downKbps = g.downKbps();
    a.quotaBytesLeft = g.remainingBytes();
    return a;
  }

  static WifiAuthorisation refused(
      long mallId,
      Long memberId,
      Method method,
      String macHash,
      String ap,
      String reason,
      Instant now) {
    WifiAuthorisation a = new WifiAuthorisation(mallId, memberId, method, macHash, ap, now);
    a.result = "REFUSED";
    a.reason = reason;
    return a;
  }
}
