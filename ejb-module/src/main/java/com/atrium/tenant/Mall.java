package com.atrium.tenant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.ZoneId;

/** One shopping center of the operator. Its zone decides business days, birthdays and expiry. */
@Entity
@Table(name = "mall")
@NamedQuery(name = "Mall.byCode", query = "select m from Mall m where m.code = :code")
@NamedQuery(name = "Mall.all", query = "select m from Mall m order by m.code")
public class Mall {

  @Id
  @SequenceGenerator(name = "atrium_seq", sequenceName = "atrium_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "atrium_seq")
  private Long id;

  @Column(nullable = false, unique = true)
  private String code;

  @Column(nullable = false)
  private String name;

  @Column(name = "zone_id", nullable = false)
  private String zoneId;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Mall() {}

  Mall(String code, String name, ZoneId zone, Instant now) {
    this.code = code;
    this.name = name;
    this.zoneId = zone.getId();
    this.createdAt = now;
  }

  public Long id() {
    return id;
  }

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }

  public ZoneId zone() {
    return ZoneId.of(zoneId);
  }
}
