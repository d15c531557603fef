package com.atrium.earning;

import java.math.BigDecimal;

/**
 * A sale took a member's (or an assistant's) sales of the day over a velocity limit; fired once, by
 * the sale that crossed it, for the service desk (redemption flags the member). {@code recorder} is
 * the assistant or POS key that recorded the sale.
 */
public record SaleVelocityExceeded(
    long saleId,
    long memberId,
    long mallId,
    Kind kind,
    String recorder,
    long salesOfDay,
    BigDecimal amountOfDay) {

  /** Whose velocity went over. */
  public enum Kind {
    MEMBER,
    ASSISTANT
  }
}
