package com.atrium.partner;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * What a partner's agreement maps one right code to (e.g. DEMOBANK's {@code PREMIUM}, "premium card
 * holder"): a tier floor and/or perks per business day, free parking minutes and extra WiFi data.
 * Read-only here: definitions come with the agreement (a migration or SQL, like its versions).
 */
@Entity
@Table(name = "partner_right")
@NamedQuery(
    name = "RightDefinition.byCode",
    query = "select r from RightDefinition r where r.partnerId = :partner and r.code = :code")
public class RightDefinition {

  @Id private Long id;

  @Column(name = "partner_id", nullable = false, updatable = false)
  private long partnerId;

  @Column(nullable = false, updatable = false)
  private String code;

  @Column(nullable = false, updatable = false)
  private String name;

  @Column(name = "tier_floor", updatable = false)
  private String tierFloor;

  @Column(name = "parking_minutes", nullable = false, updatable = false)
  private int parkingMinutes;

  @Column(name = "wifi_extra_mb", nullable = false, updatable = false)
  private int wifiExtraMb;

  protected RightDefinition() {}

  public long id() {
    return id;
  }

  public long partnerId() {
    return partnerId;
  }

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }

  /** The tier the right holds its member at, or null. */
  public String tierFloor() {
    return tierFloor;
  }

  public int parkingMinutes() {
    return parkingMinutes;
  }

  public int wifiExtraMb() {
    return wifiExtraMb;
  }
}
