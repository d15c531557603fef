package com.atrium.care;

import com.atrium.platform.DomainException;

/** Why the desk did something: required, 1 to 200 characters once trimmed. */
final class Reason {

  static final int MAX = 200;

  private Reason() {}

  static String require(String reason) {
    if (reason == null || reason.isBlank()) {
      throw DomainException.invalid("CARE_REASON_REQUIRED", "reason", "Say why");
    }
    String trimmed = reason.trim();
    if (trimmed.length() > MAX) {
      throw DomainException.invalid(
          "CARE_REASON_TOO_LONG", "reason", "The reason is at most " + MAX + " characters");
    }
    return trimmed;
  }
}
