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
import java.time.Instant;
import java.time.LocalDate;

/**
 * A member's WiFi session as the controller's accounting reports it. The counters are the session's
 * totals so far (as RADIUS accounting sends them), and only ever grow: a replayed or late report
 * changes nothing, which makes accounting idempotent by acct session id.
 */
@Entity
@Table(name = "wifi_session")
@NamedQuery(
    name = "WifiSession.byAcctId",
    query = "select s from WifiSession s where s.mallId = :mall and s.acctSessionId = :acct")
@NamedQuery(
    name = "WifiSession.usedOnDay",
    query =
        "select coalesce(sum(s.inputBytes + s.outputBytes), 0) from WifiSession s"
            + " where s.memberId = :member and s.mallId = :mall and s.businessDay = :day")
@NamedQuery(
    name = "WifiSession.purge",
    query = "delete from WifiSession s where s.mallId = :mall and s.updatedAt < :before")
public class WifiSession {

  /** What an accounting report says about the session. */
  public enum Report {
    START,
    INTERIM,
    STOP
  }

  @Id
  @SequenceGenerator(name = "atrium_seq", sequenceName = "atrium_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "atrium_seq")
  private Long id;

  @Column(name = "mall_id", nullable = false, updatable = false)
  private long mallId;

  @Column(name = "acct_session_id", nullable = false, updatable = false)
  private String acctSessionId;

  @Column(name = "member_id", nullable = false, updatable = false)
  private long memberId;

  @Column(name = "mac_hash", nullable = false, updatable = false)
  private String macHash;

  @Column(name = "business_day", nullable = false, updatable = false)
  private LocalDate businessDay;

  @Column(name = "started_at", nullable = false, updatable = false)
  private Instant startedAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "stopped_at")
  private Instant stoppedAt;

  @Column(name = "input_bytes", nullable = false)
  private long inputBytes;

  @Column(name = "output_bytes", nullable = false)
  private long outputBytes;

  @Column(name = "session_seconds", nullable = false)
  private long sessionSeconds;

  @Version private long version;

  protected WifiSession() {}

  WifiSession(
      long mallId,
      String acctSessionId,
      long memberId,
      String macHash,
      LocalDate businessDay,
      Instant now) {
    this.mallId = mallId;
    this.acctSessionId = acctSessionId;
    this.memberId = memberId;
    this.macHash = macHash;
    this.businessDay = businessDay;
    this.startedAt = now;
    this.updatedAt = now;
  }

  /** Takes a report's totals; smaller totals than known (a late or replayed report) are ignored. */
  void report(Report kind, long input, long output, long seconds, Instant now) {
    if (input < 0 || output < 0 || seconds < 0) {
      throw new IllegalArgumentException("counters are never negative");
    }
    inputBytes = Math.max(inputBytes, input);
    outputBytes = Math.max(outputBytes, output);
    sessionSeconds = Math.max(sessionSeconds, seconds);
    updatedAt = now;
    if (kind == Report.STOP && stoppedAt == null) {
      stoppedAt = now;
    }
  }

  long id() {
    return id;
  }

  long memberId() {
    return memberId;
  }

  LocalDate businessDay() {
    return businessDay;
  }

  long sessionSeconds() {
    return sessionSeconds;
  }

  long usedBytes() {
    return inputBytes + outputBytes;
  }

  boolean stopped() {
    return stoppedAt != null;
  }
}
