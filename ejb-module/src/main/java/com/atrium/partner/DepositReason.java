package com.atrium.partner;

/** Why a prepaid partner's deposit moved. */
public enum DepositReason {
  TOP_UP,
  EXCHANGE_IN,
  REVERSAL
}
