package com.atrium.portal.operator.rules;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One row of a multiplier table on the draft page: a code picked from the known categories, tiers
 * or tenants (never typed, so never unknown) and its multiplier, as typed (the page's converter
 * refuses what is no number, negative or above the maximum, at the field).
 */
public class MultiplierRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private String code;
  private BigDecimal multiplier;

  public MultiplierRow() {}

  MultiplierRow(String code, BigDecimal multiplier) {
    this.code = code;
    this.multiplier = multiplier;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public BigDecimal getMultiplier() {
    return multiplier;
  }

  public void setMultiplier(BigDecimal multiplier) {
    this.multiplier = multiplier;
  }
}
