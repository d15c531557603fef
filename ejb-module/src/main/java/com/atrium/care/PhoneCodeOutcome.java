package com.atrium.care;

/** What entering a phone change's code did (docs/members.md). */
public enum PhoneCodeOutcome {
  /** Right and in time: the member's phone is the new one. */
  CONFIRMED,
  /** Wrong: counted; tries remain. */
  WRONG_CODE,
  /** Entered at or after the code's expiry: a new code must be sent. */
  EXPIRED,
  /** The last allowed try was wrong: a new code must be sent. */
  TOO_MANY_ATTEMPTS
}
