package com.atrium.parking;

/** Why a plate was unbound (plate_binding.unbind_reason, varchar(24)). */
public enum UnbindReason {
  /** at the member's request, through the service desk or (later) the app */
  MEMBER_REQUEST,
  /** the member withdrew the plate consent: every plate goes */
  CONSENT_WITHDRAWN
}
