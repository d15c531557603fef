package com.atrium.parking;

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
 * A plate bound to a member: the plate only encrypted (with its key version), its blind index (with
 * the index key version) and its masked form. A plate is bound to at most one member at a time
 * (unique index on the blind index of bindings not unbound); an unbound row is kept for the audit
 * trail and the month's change count.
 */
@Entity
@Table(name = "plate_binding")
@NamedQuery(
    name = "PlateBinding.active",
    query =
        "select b from PlateBinding b where b.memberId = :member and b.unboundAt is null"
            + " order by b.boundAt, b.id")
@NamedQuery(
    name = "PlateBinding.byIndex",
    query = "select b from PlateBinding b where b.blindIndex in :indexes and b.unboundAt is null")
@NamedQuery(
    name = "PlateBinding.boundByIndex",
    query =
        "select new com.atrium.parking.BoundPlate(b.memberId, b.id, b.masked) from PlateBinding b"
            + " where b.blindIndex in :indexes and b.unboundAt is null")
@NamedQuery(
    name = "PlateBinding.boundSince",
    query =
        "select count(b) from PlateBinding b where b.memberId = :member and b.boundAt >= :since")
@NamedQuery(
    name = "PlateBinding.stale",
    query =
        "select b from PlateBinding b where b.unboundAt is null and b.id > :after"
            + " and (b.keyVersion <> :key or b.indexVersion <> :index) order by b.id")
public class PlateBinding {

  @Id
  @SequenceGenerator(name = "atrium_seq", sequenceName = "atrium_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "atrium_seq")
  private Long id;

  @Column(name = "member_id", nullable = false, updatable = false)
  private long memberId;

  @Column(nullable = false)
  private String ciphertext;

  @Column(name = "key_version", nullable = false)
  private int keyVersion;

  @Column(name = "blind_index", nullable = false)
  private String blindIndex;

  @Column(name = "index_version", nullable = false)
  private int indexVersion;

  @Column(nullable = false)
  private String masked;

  @Column(name = "bound_at", nullable = false, updatable = false)
  private Instant boundAt;

  @Column(name = "bound_by", nullable = false, updatable = false)
  private String boundBy;

  @Column(name = "unbound_at")
  private Instant unboundAt;

  @Column(name = "unbound_by")
  private String unboundBy;

  @Enumerated(EnumType.STRING)
  @Column(name = "unbind_reason")
  private UnbindReason unbindReason;

  @Version private long version;

  protected PlateBinding() {}

  PlateBinding(long memberId, PlateNumber plate, PlateCipher.Sealed sealed, Instant at, String by) {
    this.memberId = memberId;
    this.ciphertext = sealed.ciphertext();
    this.keyVersion = sealed.keyVersion();
    this.blindIndex = sealed.blindIndex();
    this.indexVersion = sealed.indexVersion();
    this.masked = plate.masked();
    this.boundAt = at;
    this.boundBy = by;
  }

  void unbind(Instant at, String by, UnbindReason reason) {
    this.unboundAt = at;
    this.unboundBy = by;
    this.unbindReason = reason;
  }

  /** Re-encrypts and re-indexes under the current keys (after a rotation). */
  void rekey(PlateCipher cipher) {
    PlateCipher.Sealed sealed = cipher.seal(cipher.open(ciphertext, keyVersion));
    this.ciphertext = sealed.ciphertext();
    this.keyVersion = sealed.keyVersion();
    this.blindIndex = sealed.blindIndex();
    this.indexVersion = sealed.indexVersion();
  }

  long id() {
    return id;
  }

  long memberId() {
    return memberId;
  }

  String masked() {
    return masked;
  }

  PlateView view() {
    return new PlateView(id, masked, boundAt, boundBy);
  }
}
