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
 * A device a member chose to remember in a mall, known by its MAC's keyed hash: it is authorised
 * again without a code until {@code rememberedUntil}. One member per device and mall; the last
 * member to remember it holds it.
 */
@Entity
@Table(name = "wifi_device")
@NamedQuery(
    name = "WifiDevice.byMac",
    query = "select d from WifiDevice d where d.mallId = :mall and d.macHash = :mac")
public class WifiDevice {

  @Id
  @SequenceGenerator(name = "atrium_seq", sequenceName = "atrium_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "atrium_seq")
  private Long id;

  @Column(name = "mall_id", nullable = false, updatable = false)
  private long mallId;

  @Column(name = "mac_hash", nullable = false, updatable = false)
  private String macHash;

  @Column(name = "member_id", nullable = false)
  private long memberId;

  @Column(name = "remembered_until", nullable = false)
  private Instant rememberedUntil;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Version private long version;

  protected WifiDevice() {}

  WifiDevice(long mallId, String macHash, long memberId, Instant now, Duration remembered) {
    this.mallId = mallId;
    this.macHash = macHash;
    this.createdAt = now;
    rememberFor(memberId, now, remembered);
  }

  /** Remembers the device for {@code memberId} from now on (a later member takes it over). */
  void rememberFor(long memberId, Instant now, Duration remembered) {
    this.memberId = memberId;
    this.rememberedUntil = now.plus(remembered);
  }

  /** The member this device is still remembered for at {@code now}, if any. */
  java.util.OptionalLong memberAt(Instant now) {
    return now.isBefore(rememberedUntil)
        ? java.util.OptionalLong.of(memberId)
        : java.util.OptionalLong.empty();
  }

  Instant rememberedUntil() {
    return rememberedUntil;
  }
}
