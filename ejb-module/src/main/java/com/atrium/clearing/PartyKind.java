package com.atrium.clearing;

/** Who a stored statement is for. Partners' statements come with the partner context. */
public enum PartyKind {
  TENANT,
  OPERATOR,
  PARTNER
}
