package com.atrium.parking;

import com.atrium.platform.ExactlyOnce;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A car's entry as the car park reported it, once per session id in its mall. */
@Entity
@Table(name = "parking_entry")
@NamedQuery(
    name = "ParkingEntry.bySession",
    query = "select e from ParkingEntry e where e.mallId = :mall and e.sessionId = :session")
public class ParkingEntry implements ExactlyOnce.Recorded {

  @Id
  @SequenceGenerator(name = "atrium_seq", sequenceName = "atrium_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "atrium_seq")
  private Long id;

  @Column(name = "mall_id", nullable = false, updatable = false)
  private long mallId;

  @Column(name = "session_id", nullable = false, updatable = false)
  private String sessionId;

  @Column(name = "member_id", updatable = false)
  private Long memberId;

  @Column(name = "binding_id", updatable = false)
  private Long bindingId;

  @Column(name = "request_hash", nullable = false, updatable = false)
  private String requestHash;

  @Column(name = "entered_at", nullable = false, updatable = false)
  private Instant enteredAt;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private Instant recordedAt;

  protected ParkingEntry() {}

  ParkingEntry(
      long mallId,
      String sessionId,
      BoundPlate plate,
      String requestHash,
      Instant enteredAt,
      Instant recordedAt) {
    this.mallId = mallId;
    this.sessionId = sessionId;
    this.memberId = plate == null ? null : plate.memberId();
    this.bindingId = plate == null ? null : plate.bindingId();
    this.requestHash = requestHash;
    this.enteredAt = enteredAt;
    this.recordedAt = recordedAt;
  }

  @Override
  public boolean sameRequestAs(String hash) {
    return requestHash.equals(hash);
  }

  boolean isMember() {
    return memberId != null;
  }

  String sessionId() {
    return sessionId;
  }

  Instant enteredAt() {
    return enteredAt;
  }
}
