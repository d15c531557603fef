package com.atrium.portal.operator.clearing;

import com.atrium.partner.RightDraft;
import com.atrium.partner.RightView;
import java.io.Serializable;

/**
 * A right definition's fields on the partners page, as typed (null when empty): a new one, or the
 * one being changed ({@code rightId}, its code shown but kept). Holds no rule: {@link
 * RightDraft#problems} judges the fields.
 */
public class RightForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private Long rightId;
  private String code;
  private String name;
  private String tierFloor;
  private Long parkingMinutes = 0L;
  private Long wifiExtraMb = 0L;

  RightForm() {}

  RightForm(RightView r) {
    rightId = r.id();
    code = r.code();
    name = r.name();
    tierFloor = r.tierFloor();
    parkingMinutes = (long) r.parkingMinutes();
    wifiExtraMb = (long) r.wifiExtraMb();
  }

  RightDraft draft() {
    return new RightDraft(code, name, tierFloor, parkingMinutes, wifiExtraMb);
  }

  public boolean isNew() {
    return rightId == null;
  }

  public Long getRightId() {
    return rightId;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getTierFloor() {
    return tierFloor;
  }

  public void setTierFloor(String tierFloor) {
    this.tierFloor = tierFloor;
  }

  public Long getParkingMinutes() {
    return parkingMinutes;
  }

  public void setParkingMinutes(Long parkingMinutes) {
    this.parkingMinutes = parkingMinutes;
  }

  public Long getWifiExtraMb() {
    return wifiExtraMb;
  }

  public void setWifiExtraMb(Long wifiExtraMb) {
    this.wifiExtraMb = wifiExtraMb;
  }
}
