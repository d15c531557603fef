package com.atrium.partner;

/** How a partner settles: a CNY deposit exchange-in draws down, or a monthly statement. */
public enum SettlementMode {
  PREPAID,
  POSTPAID
}
