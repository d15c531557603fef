package com.atrium.partner;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a partner's agreement maps one right code to (e.g. DEMOBANK's {@code PREMIUM}, "premium card
 * holder"): a tier floor and/or perks per business day, free parking minutes and extra WiFi data.
 * Finance defines and changes them on the partners page ({@code RightDesk}); the code never changes
 * (the partner's grants name it). A change counts from then on: perks are read as the definition
 * stands, while a tier floor is copied into the tier context when a right is granted, so a changed
 * floor applies to grants made after the change. A definition never granted may be deleted; one
 * with grants may be retired instead: no new grant names it, the grants made run to their end.
 */
@Entity
@Table(name = "partner_right")
@NamedQuery(
    name = "RightDefinition.byCode",
    query = "select r from RightDefinition r where r.partnerId = :partner and r.code = :code")
@NamedQuery(
    name = "RightDefinition.grantCounts",
    query =
        "select g.rightId, count(g) from RightGrant g where g.partnerId = :partner"
            + " group by g.rightId")
@NamedQuery(
    name = "RightDefinition.ofPartner",
    query = "select r from RightDefinition r where r.partnerId = :partner order by r.code")
public class RightDefinition {

  @Id
  @SequenceGenerator(name = "atrium_seq", sequenceName = "atrium_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "atrium_seq")
  private Long id;

  @Column(name = "partner_id", nullable = false, updatable = false)
  private long partnerId;

  @Column(nullable = false, updatable = false)
  private String code;

  @Column(nullable = false)
  private String name;

  @Column(name = "tier_floor")
  private String tierFloor;

  @Column(name = "parking_minutes", nullable = false)
  private int parkingMinutes;

  @Column(name = "wifi_extra_mb", nullable = false)
  private int wifiExtraMb;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "retired_at")
  private Instant retiredAt;

  protected RightDefinition() {}

  /** A new definition from a draft without problems ({@link RightDraft#problems}). */
  RightDefinition(long partnerId, RightDraft draft, Instant at) {
    this.partnerId = partnerId;
    this.code = draft.strippedCode();
    this.createdAt = at;
    change(draft);
  }

  /** Takes the draft's name, tier floor and perks; the code stays. */
  void change(RightDraft draft) {
    this.name = draft.strippedName();
    this.tierFloor = draft.floor();
    this.parkingMinutes = Math.toIntExact(draft.parkingMinutes());
    this.wifiExtraMb = Math.toIntExact(draft.wifiExtraMb());
  }

  /** From {@code at} on no new grant names this right; false when it was retired before. */
  boolean retire(Instant at) {
    if (retiredAt != null) {
      return false;
    }
    retiredAt = at;
    return true;
  }

  public boolean isRetired() {
    return retiredAt != null;
  }

  /** What the audit log keeps of it. */
  Map<String, Object> snapshot() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("code", code);
    m.put("name", name);
    m.put("tierFloor", tierFloor);
    m.put("parkingMinutes", parkingMinutes);
    m.put("wifiExtraMb", wifiExtraMb);
    if (retiredAt != null) {
      m.put("retiredAt", retiredAt.toString());
    }
    return m;
  }

  public RightView view() {
    return view(0);
  }

  /** The definition as the partners page lists it, with how many grants name it. */
  public RightView view(long grants) {
    return new RightView(id, code, name, tierFloor, parkingMinutes, wifiExtraMb, retiredAt, grants);
  }

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
